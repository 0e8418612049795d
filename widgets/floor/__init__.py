"""The floor-request queue."""
