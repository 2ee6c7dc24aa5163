"""The brief prompt templates (*.j2), shipped as package data and read by
briefsmith.engines.prompts through importlib.resources."""
