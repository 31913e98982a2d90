"""The Overview panel: today's figures, alerts, releases due, overdue stays, rooms free."""
