"""The wire dateline that opens a story's first paragraph: "KYIV, Ukraine — ",
"WASHINGTON, March 3 -- ", "MUMBAI, Nov 9 (Deccan Wire) - ". One home for its shape,
read by the lead (which drops it from the situation and outlook) and by the parser's
edge (which reads its dash as a full stop).
"""

from __future__ import annotations

import re

# The town in capitals, then an optional date or region after a comma.
_PLACE = r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:,\s+[A-Z][\w .'’-]{0,30}?)?"
# The dash between the dateline and the story.
_DASH = r"(?P<dash>--|[—–-])"

# A dateline at the start of a sentence, an agency's credit in brackets allowed (one
# the cleaning does not know keeps its brackets): "LAGOS, March 4 (West Coast Wire) - ".
# Lenient, since it only trims what the situation and outlook show.
LEAD_DATELINE = re.compile(rf"^{_PLACE}(?:\s+\([^()\n]{{1,40}}\))?\s+{_DASH}\s+")

# A dateline with its agency's credit in brackets, before a story that opens with a
# capital or a quote mark: "AUCKLAND (Tasman Wire) — Rohan Deshmukh took five". Strict,
# since it changes what the parser reads: without a credit, "LONDON - " may be a
# heading's dash, and the credit's own words are a name's ("Smith & Sons").
CREDITED_DATELINE = re.compile(
    rf"{_PLACE}\s+\([A-Z][\w .&'’-]{{0,40}}\)\s+{_DASH}\s+(?=[A-Z\"“‘'])"
)

# The same dateline with no credit, before a story that opens with a capital or a quote
# mark: "LONDON - The pound fell", "LAGOS, March 3 - Health minister Joseph Mwangi".
# The cleaning takes a short wire tag off ("LONDON (Reuters) - " becomes "LONDON - "),
# so this is how most wire copy reaches the parser; read only at the head of the story's
# opening paragraphs, where a dash after a town in capitals is the dateline's (round 38).
OPENING_DATELINE = re.compile(
    rf"{_PLACE}(?:\s+\([A-Z][\w .&'’-]{{0,40}}\))?\s+{_DASH}\s+(?=[A-Z\"“‘'])"
)


def town_opens_paragraph(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a dateline's town in capitals opening a paragraph ("MUMBAI:
    SkyVahan Airlines flew ...", "LAGOS, March 4 -")? The recognizer may call it an
    organization; it names no body (round 40)."""
    opening = start == 0 or text[start - 1] == "\n"
    return opening and text[start:end].isupper() and text[end : end + 1] in (":", ",")
