"""What the news-value tests share: the patterns of digits that are codes, not
quantities (clock times, telephone numbers, dates, versions, heights), a clock's marks,
a sentence's opening, and the readers more than one kind of number needs. Pure.

The news-value tests are five modules: value_reading (shared readers) < number_names,
clock_and_ages, results (one kind of number each, importing only value_reading) <
news_value (the entry, importing them all).
"""

from __future__ import annotations

import re

# (a wire dateline's dash opens the story's first sentence too: "MUMBAI (Deccan Wire) - About
# 1.2 million students", "LAGOS, May 3 AFP - Some 300", "NAIROBI — More than 40", round 35)
_SENTENCE_OPENING = re.compile(
    r"(?:^|[.!?][\"'”’]?\s+|\n\s*|(?:\)|\b[A-Z]{2,})\s*(?:[-–—]{1,2}|--)\s+)$"
)
# (also after a description set off by the comma: "Ashdown, a metallurgist who spent 15
# years with a Canadian major," round 18)
_WHO_CLAUSE = re.compile(r",\s+(?:an?\s+(?:[\w-]+\s+){1,3})?who\s+[^,]*$", re.IGNORECASE)
# The noun a duration written as an adjective describes, past up to two modifiers:
# "a 16-week suspended sentence", "an eight-hour power outage".
_NOUN_AFTER = re.compile(r"\s+([a-z]+)['’]?(?:\s+([a-z]+)['’]?)?(?:\s+([a-z]+))?")
_CLOCK_AFTER = re.compile(
    r"(?:[.:]\d{2})?\s?(?:[ap]\.?m\b\.?|hrs\b|h\b|GMT|UTC|BST|CET|EST|EDT|PST|PDT|ET\b|"
    r"o[’']clock|local time)",
    re.IGNORECASE,
)
# Stretches of digits that are codes, not quantities: clock times "14:00" (also as a
# timeline's label, "Friday, 20:00: ..."; round 29), "20h00" (South African and French
# style), telephone
# numbers "0800 555 0123", "+1 312 555 0187", "555-0148", "1-800-555-0199", "(555)
# 212-8890", "(02) 9876 5432", "1300 555 123", dotted versions "2.4.1", chains of three or
# more (a formation "4-2-3-1", a date "12-03-2024"), a race or a train named by its
# off time ("the 3.15 at Cheltenham", "the 8.15 from Paddington") or by its off time and
# route (round 36: "the 10.15 Cardiff to Manchester service"), codes with bracketed
# subsections ("401(k)", "501(c)(3)"), seasons
# and dates "2004/05", "20/11/2025", decades "the 1990s", "the '90s", a person's height
# "5ft 10in", "6ft tall" (the description in a police appeal or a profile).
_NOT_FIGURES = re.compile(
    r"(?<![\w.,:])\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,3}(?!\d))?(?!\d|:\d)"
    r"|(?<![\w.,:])(?:[01]?\d|2[0-3])h[0-5]\d(?!\w)"
    r"|(?<![\w.])\+?\(?0\d{2,4}\)?[\s-]\d{3,4}[\s-]?\d{3,4}(?!\d)"
    r"|(?<![\w.])\+\d{1,3}(?:[\s-]\(?\d{1,5}\)?){2,5}(?!\d)"
    r"|(?<![\w.])\d{3}-\d{4}(?!\d)"
    r"|(?<![\w.])(?:1[\s-])?\(?\d{3}\)?[\s-]\d{3}-\d{4}(?!\d)"
    r"|(?<![\w.])\(0\d\)\s?\d{4}\s?\d{4}(?!\d)"
    r"|(?<![\w.])1[38]00[\s-]\d{2,3}[\s-]\d{3,4}(?!\d)"
    r"|(?<![\w.,])13\s\d{2}\s\d{2}(?![\d,]|\.\d)"
    r"|(?<![\w.,])0\d{2,4}\s\d{4}(?![\d,]|\.\d)"
    r"|(?<![\w.])\d{1,3}\.\d{1,3}\.\d{1,4}(?![\d])"
    r"|(?<![\w.-])\d{1,2}(?:-\d{1,4}){2,3}(?![\w-])"
    r"|(?<=[Tt]he )\d{1,2}[.:]\d{2}(?=\s+(?:at|from)\s+[A-Z])"
    r"|(?<=[Tt]he )(?:[01]?\d|2[0-3])[.:][0-5]\d(?=(?:\s+[A-Z][\w’'-]*){1,3}\s+to\s+[A-Z])"
    r"|(?<![\w.])\d{1,4}(?:\([a-z0-9]{1,2}\))+"
    r"|(?<![\w.])\d{1,4}/\d{1,4}(?:/\d{2,4})?(?![\d/])"
    r"|(?<![\w.])\d{1,4}s\b"
    r"|(?<![\w.])[4-7]\s?(?:ft|foot|feet)\s?\d{1,2}\s?(?:in|ins|inches)\b"
    r"|(?<![\w.])[4-7]\s?(?:ft|foot|feet)(?=\s+tall\b)"
)
_PLAIN_RANGE_AFTER = re.compile(r"\s+[a-z]+s\b")
_SIDE_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
