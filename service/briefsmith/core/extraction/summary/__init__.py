"""Situation and outlook sentences. Pure.

Both are whole sentences of the article, found with the one sentence splitter
(briefsmith.core.segments), so they read as the article wrote them.
"""

from briefsmith.core.extraction.summary.lead import situation
from briefsmith.core.extraction.summary.looking_ahead import outlook

__all__ = [
    "outlook",
    "situation",
]
