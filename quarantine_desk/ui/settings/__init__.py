"""The Settings panel (manager): site, policy versions, staff, backups."""
