"""The application shell: QApplication, the main window, the live console."""
