"""The Guests panel: search as you type, and the guest's record in tabs."""
