"""The 6-month and yearly reports in the window: the Reports menu's dialog and the reminder in the status bar."""
