"""The frame around the panels: the application, the main window, sign-in and first-run
setup, the lock screen, the navigation column (registry of panels) and the status bar."""
