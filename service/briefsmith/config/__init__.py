"""Process configuration shared by every edge: the one `Settings`, logging, metrics and
where the shipped data files are. Imports the core only."""
