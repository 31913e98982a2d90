"""The demo site, played forward through the services (a face beside the window and the
command line: it imports nothing from ``store`` and nothing from Qt)."""

from quarantine_desk.demo.player import build_demo

__all__ = ["build_demo"]
