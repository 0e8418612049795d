"""The files the console ships with: translations, fonts and the demo network (read via importlib.resources)."""
