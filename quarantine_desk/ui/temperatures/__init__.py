"""The Temperatures panel: the rounds sheet typed with the keyboard, and the curves."""
