"""The PySide6 front end: windows, panels and dialogs over the services layer."""
