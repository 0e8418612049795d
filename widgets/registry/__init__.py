"""The site registry view: sites, technicians and standby contacts, added and edited."""
