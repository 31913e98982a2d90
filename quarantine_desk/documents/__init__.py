"""PDF and spreadsheet output from plain data (DESIGN.md §7); no database and no Qt here."""
