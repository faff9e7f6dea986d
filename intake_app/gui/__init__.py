"""The desktop app (PySide6). It calls core services and never writes SQL."""
