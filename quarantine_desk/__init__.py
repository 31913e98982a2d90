"""Quarantine Desk: the desk application of a centralized quarantine hotel."""

from pathlib import Path

__version__ = "0.1.0"

#: Shipped resources (fonts, translations) live beside the package in the repository.
RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"
