"""The linguistic layer: one analysis of one cleaned article that every stage reads. Pure.

The edge (briefsmith.engines.linguistic) loads a spaCy pipeline once per process and
parses the article paragraph by paragraph (a very long paragraph in pieces, so the
parser's memory stays bounded); `analyze` turns those parses into ONE index:

- the sentences of the one splitter (briefsmith.core.segments), for situation and outlook;
- the tokens with their offsets in the article, part of speech, lemma, dependency head
  and label, and named-entity type, in flat lists;
- the named entities (PERSON, ORG, GPE, NORP, ...) with their spans;
- the actors, with the mentions of their names (briefsmith.core.extraction.quotes.NameMentions);
- every quoted passage, its parts (a quote split by its attribution, or running over
  several paragraphs, is one quote) and who said it: the subject of the speech verb
  that governs the quote or stands beside it (the cue), resolved to a named actor
  through apposition, titles, pronouns ("he said" -> the nearest compatible named
  person), institutions ("the ministry said" -> the organization named nearby) and
  acronyms. A quotation the article does not present as someone's speech (a question
  put to someone, words someone is said not to have said or falsely said to have said,
  a sign, a slogan, a note) is `unattributed`.

The extractive engine, the select strategy's candidates and grounding all read this
index; none of them re-extracts. Every step reads a bounded window around each item, so
the analysis is linear in the article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from briefsmith.core.analysis.attributor import _Attributor
from briefsmith.core.analysis.index import (
    ANALYSIS_VERSION,
    Analysis,
)
from briefsmith.core.analysis.tokens import (
    Chunk,
    Entity,
    Tokens,
)
from briefsmith.core.extraction.actor_parse import (
    lead_end_of,
    refine_actors,
)
from briefsmith.core.extraction.actors import (
    extract_actors,
)
from briefsmith.core.extraction.quotes import (
    FoundQuote,
    find_quotes,
)
from briefsmith.core.schema import UNATTRIBUTED
from briefsmith.core.segments import SentenceIndex

__all__ = [
    "ANALYSIS_VERSION",
    "Analysis",
    "Chunk",
    "Entity",
    "Tokens",
    "analyze",
    "chunk_bounds",
]


# --------------------------------------------------------------------------------------
# Building the analysis


def chunk_bounds(text: str, max_chars: int) -> list[tuple[int, int]]:
    """Where to cut the article for parsing: each paragraph, and a paragraph longer than
    `max_chars` at sentence ends (at a space, or hard, when a sentence is longer still).
    Linear; every piece at most `max_chars` long."""
    bounds: list[tuple[int, int]] = []
    split = SentenceIndex(text)
    for paragraph in re.finditer(r"[^\n]+", text):
        start, end = paragraph.start(), paragraph.end()
        if not paragraph.group().strip():
            continue
        while end - start > max_chars:
            limit = start + max_chars
            sentence = split.containing(limit)
            cut = sentence.start if sentence and sentence.start > start else -1
            if cut <= start:
                cut = text.rfind(" ", start + 1, limit)
            if cut <= start:
                cut = limit
            bounds.append((start, cut))
            start = cut
        bounds.append((start, end))
    return bounds


def analyze(text: str, chunks: Sequence[Chunk]) -> Analysis:
    """The one analysis of a cleaned article from its parsed chunks. The chunks may
    cover only the start of a very long text (the edge caps what it parses): quotes
    beyond the parse stay unattributed."""
    sentences = SentenceIndex(text)
    tokens = Tokens(chunks, text)
    actors = extract_actors(text, sentences)
    parsed = [(c.start, c.start + len(c.doc.text)) for c in chunks]
    parsed_until = max((end for _, end in parsed), default=0)
    analysis = Analysis(text, sentences, tokens, actors, parsed_until=parsed_until, parsed=parsed)
    passages = find_quotes(text, min_words=1)
    attributor = _Attributor(analysis, passages)
    attributor.run()
    _settle_actors(analysis, attributor)
    return analysis


def _settle_actors(analysis: Analysis, attributor: _Attributor) -> None:
    """The actors read against the parse (briefsmith.core.extraction.actor_parse): who
    acts, one name each, ranked; quotes follow their speaker's final name."""
    speakers = Counter(q.speaker for q in analysis.quotes if q.speaker != UNATTRIBUTED)
    refined = refine_actors(
        analysis.text,
        analysis.tokens,
        analysis.tokens.entities,
        analysis.actors,
        speakers,
        attributor._inside_quote,
        analysis.is_parsed,
        lead_end_of([s.end for s in analysis.sentences.sentences]),
    )
    analysis.actors = refined.actors
    # A name the actor step made an alias only now ("de los Santos" of María José de
    # los Santos), or found only now ("Loganair said: '…'", a one-word body the
    # recognizer missed), credits the quotes its speech verbs left with nobody.
    owners: dict[str, set[str]] = {}
    for record in refined.actors:
        if record.kind in ("person", "organization"):
            for form in record.all_names():
                owners.setdefault(form, set()).add(record.name)
    found_late = {
        at: next(iter(owners[name]))
        for at, name in attributor.unknown_names.items()
        # (not a title the actor step took for a name: "the Health Secretary said")
        if len(owners.get(name, ())) == 1 and not attributor._only_a_title(name)
    }
    if not refined.renamed and not found_late:
        return

    def renamed(quote: FoundQuote) -> FoundQuote:
        if quote.speaker == UNATTRIBUTED and quote.open_at in found_late:
            speaker = found_late[quote.open_at]
            return replace(quote, speaker=speaker, candidates=type(quote.candidates)([speaker]))
        speaker = refined.renamed.get(quote.speaker, quote.speaker)
        candidates = [refined.renamed.get(c, c) for c in quote.candidates]
        if speaker == quote.speaker and candidates == list(quote.candidates):
            return quote
        return replace(quote, speaker=speaker, candidates=type(quote.candidates)(candidates))

    analysis.passages = [renamed(q) for q in analysis.passages]
    analysis.quotes = [renamed(q) for q in analysis.quotes]
