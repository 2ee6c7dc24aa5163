"""Briefsmith: turn news articles into structured, grounded briefs."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("briefsmith")
except PackageNotFoundError:  # a source tree that was never installed
    __version__ = "0+unknown"
