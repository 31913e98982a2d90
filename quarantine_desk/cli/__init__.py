"""The ``quarantine-desk`` command line (DESIGN.md §5)."""
