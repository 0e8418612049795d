"""The live meeting: hub fan-out, telemetry rings, health grading, the participant table, wall snapshots."""
