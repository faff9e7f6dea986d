"""Command-line command implementations, one module per area; `intake_app.cli` wires them."""
