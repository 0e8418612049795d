"""The meeting register in the window: the calendar dock and the registration, move and cancel dialogs."""
