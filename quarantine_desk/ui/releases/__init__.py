"""The Releases panel: the five criteria per stay, destination checks, approval, handover forms."""
