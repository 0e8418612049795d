"""The readiness board: a registered meeting's sites × checks, failing first, with the countdowns to T−30 and to
the opening, whom to call for a failing site, manual passes and test runs."""
