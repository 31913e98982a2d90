"""Allow ``python -m quarantine_desk`` (and the packaged program's entry)."""

import multiprocessing

from quarantine_desk.cli.main import main

if __name__ == "__main__":
    # The packaged program starts the helpers that draw large PDF batches through itself.
    multiprocessing.freeze_support()
    raise SystemExit(main())
