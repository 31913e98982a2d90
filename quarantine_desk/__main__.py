"""Allow ``python -m quarantine_desk``."""

from quarantine_desk.cli.main import main

raise SystemExit(main())
