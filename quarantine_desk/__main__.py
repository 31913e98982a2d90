"""Allow ``python -m quarantine_desk`` (and the packaged program's entry)."""

import sys

from quarantine_desk.cli.main import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # The packaged program starts the helpers that draw large PDF batches through itself
        # (imported only there: multiprocessing is not needed to start the window).
        import multiprocessing

        multiprocessing.freeze_support()
    raise SystemExit(main())
