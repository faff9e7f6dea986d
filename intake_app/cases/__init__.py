"""The case model: typed domain classes, vocabularies, JSON import/export and storage."""
