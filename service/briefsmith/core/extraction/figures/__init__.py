"""Figures: numbers that measure something, with what they measure. Pure.

Digits, number words, fractions, percentages, money with its multiplier ("£17.5million",
"$2.3bn") and ranges with like ends ("13,000 to 307,000"). Dates, years, seasons
("2004/05"), times of day ("10.30am", "14:00"), telephone numbers, ordinals ("93rd
Brigade"), model and route designations ("Su-25", "Route 66") and ages in passing are
not figures. A score ("2-1") is one only when it is the result the story reports; a vote
("voted 5-2") is kept.

What a figure measures is read from the parse when the article has one (the shared
analysis, briefsmith.core.analysis): the counted noun with its modifiers ("Russian
fighters killed or wounded", "homes without power"), or for money, shares and units
what the amount is of ("a £94m penalty", "shares in the company fell"). Without a parse,
the words beside the number are read instead.
"""

from briefsmith.core.extraction.figures.finding import find_figures
from briefsmith.core.extraction.figures.reading import FoundFigure

__all__ = [
    "FoundFigure",
    "find_figures",
]
