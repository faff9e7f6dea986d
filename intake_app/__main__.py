"""`python -m intake_app` is the same as the `intake-app` command."""

from intake_app.cli import main

raise SystemExit(main())
