"""The encrypted vault: key slots, header, SQLCipher database, audit log, backups."""
