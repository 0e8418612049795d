"""The runtime: typed config, build() for gui and monitor alike, the session, the bridge's messages."""
