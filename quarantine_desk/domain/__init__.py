"""Pure rules of the quarantine site: no Qt, no database."""
