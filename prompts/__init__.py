"""The brief prompt templates (*.j2), shipped as package data and read by
service.prompts through importlib.resources."""
