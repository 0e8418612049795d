"""Layout buttons and the layout preset editor."""
