"""The floor: the BFCP-style state machine (pure), its policy, and the floor desk (the MCU steps of a grant)."""
