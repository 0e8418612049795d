"""The supervisor's history view (`view.HistoryView`), its table model and its charts."""
