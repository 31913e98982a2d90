"""The Rooms panel: the floor plan by state, and check-in, move and disinfection from a tile."""
