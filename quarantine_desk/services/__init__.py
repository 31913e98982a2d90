"""Use cases of the site. Each takes a session and the acting staff member, checks the
permission, and writes its audit event in the same transaction (DESIGN.md §9)."""
