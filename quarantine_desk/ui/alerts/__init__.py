"""The Alerts panel: open alerts with their history; key persons and their follow-up calls."""
