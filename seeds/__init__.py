"""The seed articles (*.txt): the default eval dataset (with evals/references) and the
articles the LLM cassettes were recorded on. Shipped as package data."""
