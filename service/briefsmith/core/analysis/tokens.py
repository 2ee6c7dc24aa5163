"""The parse of one article as flat lists (Tokens): offsets, part of speech, lemma,
dependency head and label, entity type; the named entities with their spans, their
bounds repaired where the small pipeline cuts names short or runs them on. Pure."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from briefsmith.core.dependency import hangs_within
from briefsmith.core.extraction.actors import (
    compound_title,
    given_name_start,
    name_start_after_brief_item,
)
from briefsmith.core.lexicon import (
    ACCOUNTING_QUALIFIER_WORDS,
    BODY_NAME_COUNTRY_ENDS,
    BODY_NOUNS_BEFORE_A_NAME,
    CHANGE_NOUNS,
    COUNTRY_PART_WORDS,
    FRONTED_PLACE_WORDS,
    GIVEN_NAMES,
    HYPHENED_NOUN_PREFIXES,
    NAME_PARTICLES,
    NAMED_BODY_NOUNS,
    ORG_CONNECTORS,
    ORG_HEADS,
    POST_NOMINALS,
    ROLE_NOUNS,
    ROLE_QUALIFIERS,
    SPEECH_LEMMAS,
    TITLE_WORDS,
    TITLES,
    fold,
)
from briefsmith.core.numbers import find_numbers
from briefsmith.core.units import (
    CURRENCY_ABBREVIATIONS,
    CURRENCY_PREFIXES,
    GUARDED_CURRENCY_PREFIXES,
)

# How far after a participle read as a gerund its object noun may stand ("Starting
# teacher pay": the noun, after one modifier of its own).
_PARTICIPLE_NOUN_REACH = 3
# How far after a speech verb a post read as a verb may stand ("said Tenby coxswain").
_POST_AFTER_SPEECH = 4
# How far a subject read as a list item after a fronted phrase is looked for (tokens).
_FRONTED_SUBJECT_REACH = 12
_FRONTED_OPENERS = 3
# How far after the name the post's clause may hold words to re-hang (bounded: linear).
_CLAUSE_AFTER_NAME = 40
# The most words of the name after such a post ("Gethin Rees", "Ann Marie Daly").
_NAME_WORDS_AFTER_POST = 3
# The labels of entities that can act or speak.
PERSON, ORG, GPE, NORP = "PERSON", "ORG", "GPE", "NORP"
_ACTING_LABELS = frozenset({PERSON, ORG, GPE, NORP})
# How far after an office's "for" its listed brief and the holder's name are read
# ("for Culture, Media and Sport Ann Lee": 8 tokens; a long brief stays within 16).
_BRIEF_AND_NAME_TOKENS = 16
_TITLE_WORDS = TITLE_WORDS  # TITLES holds the courtesy titles
# The words of a post written before its "of" ("Chief Constable", "Deputy Governor")
_POST_WORDS = ROLE_NOUNS | ROLE_QUALIFIERS


@dataclass(frozen=True)
class Chunk:
    """A parsed piece of the article: where it starts, and its parse (a spaCy `Doc`, or
    anything with the same token attributes)."""

    start: int
    doc: Any


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    label: str
    text: str
    first_token: int
    last_token: int  # exclusive


def _from_leading_particles(doc: Any, ent: Any) -> Any:
    """ "de los" + "Reyes said": a person's surname the recognizer took without the
    lower-case particles that open it starts at them, so the later mention reads as
    written ("de los Reyes") and meets the full name ("Luis Miguel de los Reyes"). Not
    after an article or a determiner ("the van Ray drove"). The recognizer may call the
    lone surname a body ("de los Reyes said" as ORG): a one-word name of any kind opened
    by lower-case particles is taken with them, its kind left to the later steps."""
    if ent.label_ != PERSON and len(ent) != 1:
        return ent
    start = ent.start
    while (
        start > 0
        and doc[start - 1].lower_ in NAME_PARTICLES
        and doc[start - 1].text.islower()
        and not doc[start - 1].ent_type_
    ):
        start -= 1
    if start == ent.start or (start > 0 and doc[start - 1].pos_ in ("DET", "PRON")):
        return ent
    return doc.char_span(doc[start].idx, ent.end_char, label=ent.label_) or ent


def _past_trailing_particles(doc: Any, ent: Any) -> Any:
    """ "Marcelo de la" + "Fuente Quiroga": a person's name the recognizer cut after its
    particles goes on over the capitalized words that follow (no other entity's)."""
    if ent.label_ != PERSON or doc[ent.end - 1].lower_ not in NAME_PARTICLES:
        return ent
    end = ent.end
    while (
        end < len(doc)
        and not doc[end].ent_type_
        and (
            (doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper())
            or doc[end].lower_ in NAME_PARTICLES
        )
    ):
        end += 1
    if end == ent.end or doc[end - 1].lower_ in NAME_PARTICLES:
        return ent
    return (
        doc.char_span(ent.start_char, doc[end - 1].idx + len(doc[end - 1].text), label=ent.label_)
        or ent
    )


def _glued_hyphen(doc: Any, index: int) -> bool:
    """Is the token at `index` a hyphen with no space on either side, a word on each
    ("Vasquez-Lowe", "co-captain")?"""
    return (
        0 < index < len(doc) - 1
        and doc[index].text in ("-", "‐")
        and not doc[index - 1].whitespace_
        and not doc[index].whitespace_
    )


def _past_hyphened_surname(doc: Any, ent: Any) -> Any:
    """ "Shirin Vasquez" + "-Lowe": a person's name the recognizer cut at the hyphen of a
    double-barrelled surname goes on to the surname's end (when no other entity's)."""
    end = ent.end
    if (
        ent.label_ != PERSON
        or not _glued_hyphen(doc, end)
        or doc[end].ent_type_
        or doc[end + 1].ent_type_
        or not (doc[end + 1].text[:1].isupper() and doc[end + 1].text.isalpha())
    ):
        return ent
    return (
        doc.char_span(ent.start_char, doc[end + 1].idx + len(doc[end + 1].text), label=PERSON)
        or ent
    )


def _short_of_a_hyphened_word(doc: Any, ent: Any) -> Any:
    """ "Rovers co-" + "captain Sam Byrne": a name the recognizer ended inside a word
    written with a hyphen and a lower-case second half ("co-captain", "vice-chair") ends
    before that word (round 33)."""
    end = ent.end
    if end - 1 > ent.start and _glued_hyphen(doc, end - 1):
        end -= 1  # "Rovers co-": the hyphen inside
    if not (_glued_hyphen(doc, end) and doc[end + 1].text[:1].islower()):
        return ent
    end -= 1  # and the word's first half
    if end <= ent.start:
        return ent
    return (
        doc.char_span(ent.start_char, doc[end - 1].idx + len(doc[end - 1].text), label=ent.label_)
        or ent
    )


def _name_after_office_brief(doc: Any, ent: Any) -> Any:
    """ "said Minister for Sport and Recreation Kwabena Asante", "Head of Research and
    Development Anil Rao said": a name the recognizer took together with the brief of the
    office written before it (a body, or a person "Sport and Recreation Kwabena Asante")
    is the person's name alone: after a listed brief, where the actors read the name
    after a brief's last item (name_start_after_brief_item: a known given name, else the
    last two words, "and Local Government Rhona Callister"); after a brief of one item,
    only from a known given name."""
    if ent.label_ not in (PERSON, ORG) or ent.start < 2 or len(ent) < 3:
        return ent
    opener = ent.start - 1
    # ("Head of Sales and Marketing Tom Bell", the name found as "Marketing Tom Bell": the
    # brief's last item opens the name, its earlier items and "and" stand before it.)
    item_first = doc[opener].lower_ == "and"
    while (
        opener > 0
        and ent.start - opener <= _BRIEF_AND_NAME_TOKENS
        and (doc[opener].lower_ in ("and", ",") or doc[opener].text[:1].isupper())
        and doc[opener].lower_ not in ("for", "of")
        and item_first
    ):
        opener -= 1
    if doc[opener].lower_ == "the":
        opener -= 1
    title = doc[opener - 1] if opener >= 1 else None
    if (
        title is None
        or doc[opener].lower_ not in ("for", "of")
        or not all(t.text[:1].isupper() or t.lower_ in ("and", ",") for t in ent)
    ):
        return ent
    words = [t.text for t in ent]
    listed = -1 if item_first else max((i for i, w in enumerate(words) if w == "and"), default=None)
    if not (
        title.text in TITLES
        or compound_title(title.text)
        # "Head of Research and Development Anil Rao": a post noun, before a listed brief
        or (listed is not None and title.text[:1].isupper() and title.lower_ in ROLE_NOUNS)
    ):
        return ent
    if listed is None:
        start = given_name_start(words)
    else:
        start = name_start_after_brief_item(words[listed + 1 :])
        start = None if start is None else listed + 1 + start
    if start is None:
        return ent
    return doc.char_span(ent[start].idx, ent.end_char, label=PERSON) or ent


def _body_after_a_post(doc: Any, ent: Any) -> Any:
    """ "said the Chief Constable of West Midlands Police, Ann Lee": a body the
    recognizer took together with the post held in it ("Constable of West Midlands
    Police") is the body alone, from after its "of" (and "the"); only when the post is
    a post's noun in capitals and the rest names a body by its head word ("Police",
    "Society", "Bank"), so that an office named for its remit ("Director of Public
    Prosecutions", "Secretary of the Treasury") stays whole."""
    if ent.label_ != ORG or len(ent) < 3:
        return ent
    # the post's words: "the", then capitalized post words ("Chief Constable", "Deputy
    # Governor"), at most three, the last a post's noun
    of = 1 if ent[0].lower_ != "the" else 2
    while of < min(len(ent), 4) and ent[of].lower_ not in ("of", "for"):
        of += 1
    words = [t for t in ent[:of] if t.lower_ != "the"]
    if (
        of >= len(ent)
        or ent[of].lower_ not in ("of", "for")
        or not words
        or not all(t.text[:1].isupper() and t.lower_ in _POST_WORDS for t in words)
        or words[-1].lower_ not in ROLE_NOUNS
    ):
        return ent
    first = of + 2 if of + 1 < len(ent) and ent[of + 1].lower_ == "the" else of + 1
    rest = ent[first:]
    if len(rest) == 0 or not any(t.text in ORG_HEADS for t in rest):
        return ent
    return doc.char_span(rest[0].idx, ent.end_char, label=ORG) or ent


def _capitalized_name_word(token: Any) -> bool:
    return token.pos_ == "PROPN" and all(
        p.isalpha() and p[:1].isupper() and p[1:].islower() for p in token.text.split("-")
    )


def _with_names_before_post_nominals(doc: Any) -> list[Any]:
    """ "Philippa Grange KC, for the paper, told", "Rosalind Pettigrew QC, representing":
    a given name and a surname right before letters after a name are one person's name
    with them, whatever the recognizer made of it (the letters alone a body, the given
    name a place, or nothing at all). Not a seat ("The Hatfield North MP": an article
    before it) nor a title before a name ("MP Ann Lee")."""
    found: list[Any] = []
    for token in doc:
        if token.text not in POST_NOMINALS or token.i < 2:
            continue
        if token.i + 1 < len(doc) and _capitalized_name_word(doc[token.i + 1]):
            continue
        start = token.i
        while start > token.i - 3 and start > 0 and _capitalized_name_word(doc[start - 1]):
            start -= 1
        if start > 0 and doc[start].text.casefold().rstrip(".") in _TITLE_WORDS:
            start += 1  # "Judge Ann Lee KC": the title is no part of the name
        words = [doc[i].text for i in range(start, token.i)]
        if (
            len(words) != 2
            or not name_shaped(words)
            or (
                start > 0
                and (
                    _capitalized_name_word(doc[start - 1])
                    or doc[start - 1].pos_ == "DET"
                    or doc[start - 1].tag_ == "POS"
                )
            )
            or any(doc[i].ent_type_ == PERSON for i in range(start, token.i + 1))
        ):
            continue
        span = doc.char_span(doc[start].idx, token.idx + len(token.text), label=PERSON)
        if span is not None:
            found.append(span)
    if not found:
        return list(doc.ents)
    kept = [e for e in doc.ents if not any(e.start < f.end and f.start < e.end for f in found)]
    return sorted(kept + found, key=lambda e: e.start)


def _bodies_closing_with_a_country(doc: Any, ents: list[Any]) -> list[Any]:
    """ "the charity Heart Rhythm UK said", "Sight Support UK warned": capitalized words
    the parser hangs on a country as its compounds, right before it, make a body's name
    closing with the country, though the recognizer took the country alone for a place
    (and the words before it for a person, or nothing). Not a part of a country ("North
    Wales", "Mid Wales")."""
    found: list[Any] = []
    for ent in ents:
        if (
            ent.label_ == PERSON
            and len(ent) == 2
            and ent[1].text in BODY_NAME_COUNTRY_ENDS
            and ent[0].text.isalpha()
            and fold(ent[0].text) not in GIVEN_NAMES
        ):
            # "Historic England said": a word no given name is, and a country, taken
            # whole for a person, is a body's name (round 18; not "Alan England").
            span = doc.char_span(ent.start_char, ent.end_char, label=ORG)
            if span is not None:
                found.append(span)
            continue
        if ent.label_ != GPE or len(ent) != 1 or ent.text not in BODY_NAME_COUNTRY_ENDS:
            continue
        start = ent.start
        while (
            start > 0
            # ("Diabetes Action UK": the tagger may call a capitalized word a noun)
            and doc[start - 1].pos_ in ("PROPN", "NOUN")
            and doc[start - 1].dep_ == "compound"
            and start - 1 < doc[start - 1].head.i <= ent.start
            and doc[start - 1].text[:1].isupper()
            and doc[start - 1].text.isalpha()
        ):
            start -= 1
        if start == ent.start or any(
            doc[i].text in COUNTRY_PART_WORDS or doc[i].ent_type_ in (GPE, NORP)
            for i in range(start, ent.start)
        ):
            continue
        span = doc.char_span(doc[start].idx, ent.end_char, label=ORG)
        if span is not None:
            found.append(span)
    if not found:
        return ents
    kept = [e for e in ents if not any(e.start < f.end and f.start < e.end for f in found)]
    return sorted(kept + found, key=lambda e: e.start)


# The small words a body's name may hold between its capitalized words ("Hope for
# Harrow", "Friends of the Earth", "Action on Hearing Loss"); not "in", "at" or "and",
# which more often join a name to a place or to another name ("Oxfam in Leeds").
_NAME_INNER_WORDS = frozenset({"for", "of", "on", "against", "the"})
# Capitalized words that show a run of capitals is one title-case name rather than a
# name and words after it ("Doctors Against Cuts", "Save Our Libraries").
_TITLE_CASE_INNER_WORDS = _NAME_INNER_WORDS | {"our", "your", "not", "without", "over"}
_MAX_BODY_NAME_TOKENS = 8


def _bodies_named_after_their_kind(doc: Any, ents: list[Any]) -> list[Any]:
    """ "the charity Hope for Harrow", "campaign group Doctors Against Cuts", "the
    pressure group Save Our Libraries": a run of title-case words right after a noun a
    body is introduced by is that body's whole name, small words and all, however the
    recognizer cut or labelled it ("Harrow" a body, "Against Cuts" a person, the whole a
    work). Only a run holding a small word of a name (_NAME_INNER_WORDS in lower case,
    or a title-case one such as "Against" or "Our"); not past a name the recognizer
    found whole ("the charity Oxfam on Monday"), nor a firm's place after its name
    ("the firm Harbour Foods of Leeds"); round 37."""
    found: list[Any] = []
    entity_at = {i: e for e in ents for i in range(e.start, e.end)}
    for noun in doc:
        first = noun.i + 1
        if (
            first >= len(doc)
            or not noun.text.isalpha()
            or not noun.text.islower()
            or noun.lower_ not in NAMED_BODY_NOUNS | BODY_NOUNS_BEFORE_A_NAME
            or not doc[first].text[:1].isupper()
            or not doc[first].text.isalpha()
            or doc[first].is_sent_start
            or (found and found[-1].end > first)
        ):
            continue
        last = _title_case_run_end(doc, first, entity_at)
        of = last - 1
        if last - first >= 2 and doc[of].lower_ == "of" and doc[of - 1].text in ORG_HEADS:
            last = of - 1  # "Harbour Foods of Leeds": the firm, then where it is
        inner = any(
            doc[j].text.islower() or doc[j].lower_ in _TITLE_CASE_INNER_WORDS
            for j in range(first + 1, last + 1)
        )
        whole = entity_at.get(first)
        if (
            not inner
            or last == first
            or (
                whole is not None
                and whole.label_ == ORG
                and (whole.start, whole.end) == (first, last + 1)
            )
        ):
            continue
        span = doc[first : last + 1]
        found.append(doc.char_span(span.start_char, span.end_char, label=ORG) or span)
    if not found:
        return ents
    kept = [e for e in ents if not any(e.start < f.end and f.start < e.end for f in found)]
    return sorted(kept + found, key=lambda e: e.start)


def _title_case_run_end(doc: Any, first: int, entity_at: dict[int, Any]) -> int:
    """The last capitalized word of the run of title-case words from `first`: capitals,
    and the small words of a name between them (never last), not a date's words."""
    last = k = first
    while k + 1 < len(doc) and k + 1 - first < _MAX_BODY_NAME_TOKENS:
        k += 1
        word = doc[k]
        if word.lower_ in _NAME_INNER_WORDS and word.text.islower():
            before = entity_at.get(k - 1)
            if before is not None and before.end == k and before.start >= first:
                break  # "the charity Oxfam on ...": a name found whole, then more
            continue
        if (
            not word.text[:1].isupper()
            or not word.text.replace("-", "").isalpha()
            or word.ent_type_ in ("DATE", "TIME")
        ):
            break
        last = k
    return last


# A sum with a currency letter or two glued to its digits ("R22.15", "N450", "Ksh1,200"),
# or a dollar with its country's letters ("S$412.3", "NZ$85"), and the scale letters the
# tokenizer leaves on it ("R7.92bn", "HK$3.2bn"; round 35)
_GLUED_SUM = re.compile(
    r"(?:"
    + "|".join(
        re.escape(p)
        for p in sorted(
            [*GUARDED_CURRENCY_PREFIXES, *CURRENCY_ABBREVIATIONS, *CURRENCY_PREFIXES],
            key=len,
            reverse=True,
        )
    )
    + r")\d[\d,]*(?:\.\d+)?(?:bn|mn|m|k)?"
)


def _as_written(read: str, source: str | None, start: int) -> str:
    """The parser's text of a token or a name, `read` from offset `start`, with the
    curly apostrophes the article wrote there (the parser reads them straightened:
    `parser_text`); its other marks as the parser read them."""
    if source is None or "'" not in read:
        return read
    written = source[start : start + len(read)]
    return "".join(w if w == "’" else r for r, w in zip(read, written, strict=True))


def _value_of(word: str) -> float:
    """The value of one number token ("1,240", "17", "three"); 0 when it has none."""
    found = find_numbers(word)
    return found[0].value if found else 0.0


# Prepositions of where, between a level and a count of places ("rose to 128 across 17
# states"): never the words of a range ("to", "and", "or", "between").
_PLACE_PREPOSITIONS_BETWEEN_COUNTS = frozenset({"across", "in", "at", "among", "throughout"})


class Tokens:
    """The article's tokens in flat lists, in order; a token's head is a global index."""

    def __init__(self, chunks: Sequence[Chunk], source: str | None = None):
        # `source`, the article as written: a token's and an entity's text keep its
        # curly apostrophes, which the parser reads straightened ("O’Neill" is named as
        # the article writes it; round 38).

        def written(start: int, end: int, chunk: Chunk) -> str:
            return _as_written(
                chunk.doc.text[start - chunk.start : end - chunk.start], source, start
            )

        self.start: list[int] = []
        self.end: list[int] = []
        self.text: list[str] = []
        self.lower: list[str] = []
        self.lemma: list[str] = []
        self.pos: list[str] = []
        self.tag: list[str] = []
        self.dep: list[str] = []
        self.head: list[int] = []
        self.ent: list[str] = []
        self.sent: list[int] = []
        self.sent_starts: list[int] = []  # the first token of each parsed sentence
        self.entities: list[Entity] = []
        for chunk in chunks:
            base = len(self.start)
            for token in chunk.doc:
                begin = chunk.start + token.idx
                self.start.append(begin)
                self.end.append(begin + len(token.text))
                # (as written; `lower` keeps the parser's reading, apostrophes straight)
                self.text.append(_as_written(token.text, source, begin))
                self.lower.append(token.lower_)
                self.lemma.append(token.lemma_.lower())
                self.pos.append(token.pos_)
                self.tag.append(token.tag_)
                self.dep.append(token.dep_)
                self.head.append(base + token.head.i)
                self.ent.append(token.ent_type_)
                if token.is_sent_start or token.i == 0:
                    self.sent_starts.append(base + token.i)
                self.sent.append(len(self.sent_starts) - 1)
            for ent in _bodies_named_after_their_kind(
                chunk.doc,
                _bodies_closing_with_a_country(
                    chunk.doc, _with_names_before_post_nominals(chunk.doc)
                ),
            ):
                ent = _body_after_a_post(
                    chunk.doc,
                    _name_after_office_brief(
                        chunk.doc,
                        _short_of_a_hyphened_word(
                            chunk.doc,
                            _past_hyphened_surname(
                                chunk.doc,
                                _past_trailing_particles(
                                    chunk.doc, _from_leading_particles(chunk.doc, ent)
                                ),
                            ),
                        ),
                    ),
                )
                entity = Entity(
                    chunk.start + ent.start_char,
                    chunk.start + ent.end_char,
                    ent.label_,
                    written(chunk.start + ent.start_char, chunk.start + ent.end_char, chunk),
                    base + ent.start,
                    base + ent.end,
                )
                previous = self.entities[-1] if self.entities else None
                if (
                    previous is not None
                    and previous.label == ORG
                    and entity.label in _ACTING_LABELS
                    and base <= previous.first_token
                    and previous.last_token == entity.first_token
                    and self.lower[previous.last_token - 1] in ORG_CONNECTORS
                ):
                    # "the Ministry of Ports, Shipping and" + "Waterways": the recognizer
                    # broke a long name at its last connector (whatever it calls the
                    # rest); it is one body's name.
                    self.entities[-1] = replace(
                        previous,
                        end=entity.end,
                        text=written(previous.start, chunk.start + ent.end_char, chunk),
                        last_token=entity.last_token,
                    )
                    continue
                if (
                    previous is not None
                    and previous.label == ORG
                    and entity.label == GPE
                    and base <= previous.first_token
                    and previous.last_token + 1 == entity.first_token
                    and self.lower[previous.last_token] == "of"
                    and self.text[previous.last_token - 1] in ORG_HEADS
                    and entity.last_token - entity.first_token <= 3
                ):
                    # "the Law Society" + "of" + "Kenya": a body's name closing with the
                    # country or place it serves, cut by the recognizer at its "of"; one
                    # name, as the actors read it ("Law Society of Kenya")
                    self.entities[-1] = replace(
                        previous,
                        end=entity.end,
                        text=written(previous.start, chunk.start + ent.end_char, chunk),
                        last_token=entity.last_token,
                    )
                    continue
                if (
                    previous is not None
                    and previous.label == PERSON
                    and entity.text in POST_NOMINALS
                    and base <= previous.first_token
                    and previous.last_token == entity.first_token
                ):
                    # "Prosecutor Ann Lee KC told the jury": the recognizer may take the
                    # letters after a name for a body of their own; they are the person's.
                    self.entities[-1] = replace(
                        previous,
                        end=entity.end,
                        text=written(previous.start, chunk.start + ent.end_char, chunk),
                        last_token=entity.last_token,
                    )
                    continue
                self.entities.append(entity)
        # (names the mends show are people's, relabelled once after them: linear)
        self._people_relabelled: set[tuple[int, int]] = set()
        for mark, _ in enumerate(self.dep):
            self._mend_a_qualified_subject(mark)
            self._mend_a_participle_subject(mark)
            self._mend_a_place_after_speech(mark)
            self._mend_a_glued_price(mark)
            self._mend_a_level_before_a_counted_place(mark)
            self._mend_a_prefixed_noun(mark)
            self._mend_a_post_read_as_verb(mark)
            self._mend_a_subject_after_a_fronted_phrase(mark)
        if self._people_relabelled:
            self.entities = [
                replace(e, label=PERSON)
                if (e.first_token, e.last_token) in self._people_relabelled
                else e
                for e in self.entities
            ]
        self.children: list[list[int]] = [[] for _ in self.start]
        for index, head in enumerate(self.head):
            if head != index:
                self.children[head].append(index)
        self._entity_of: dict[int, Entity] = {}
        for entity in self.entities:
            for index in range(entity.first_token, entity.last_token):
                self._entity_of[index] = entity

    def _mend_a_prefixed_noun(self, hyphen: int) -> None:
        """ "2,800 sub-postmasters", "640 co-workers had signed": the parser can read the
        prefix before a glued hyphen (HYPHENED_NOUN_PREFIXES) as the noun, and the hyphen
        and the noun after it as more nouns beside it. The noun is the word after the
        hyphen: it takes the prefix's place in the sentence, the prefix is its compound,
        and whatever hung on the prefix or the hyphen near it hangs on the noun."""
        prefix, noun = hyphen - 1, hyphen + 1
        if (
            prefix < 0
            or noun >= len(self.dep)
            or self.text[hyphen] != "-"
            or self.end[prefix] != self.start[hyphen]
            or self.end[hyphen] != self.start[noun]
            or self.lower[prefix] not in HYPHENED_NOUN_PREFIXES
            or self.pos[prefix] != "NOUN"
            or self.pos[noun] != "NOUN"
            or self.head[prefix] == noun
            or self.head[prefix] in (hyphen, noun)
        ):
            return
        if self.head[noun] != self.head[prefix] and self.head[noun] not in (prefix, hyphen):
            return
        self.head[noun], self.dep[noun] = self.head[prefix], self.dep[prefix]
        self.head[prefix], self.dep[prefix] = noun, "compound"
        self.head[hyphen], self.dep[hyphen], self.pos[hyphen] = noun, "punct", "PUNCT"
        for near in range(max(0, prefix - 6), min(len(self.head), noun + 7)):
            if near not in (prefix, hyphen, noun) and self.head[near] in (prefix, hyphen):
                self.head[near] = noun

    def _mend_a_level_before_a_counted_place(self, level: int) -> None:
        """ "Measles cases have climbed to 128 across 17 states", "Complaints rose to
        1,240 across 40 branches": the parser can read the two numbers as one quantity
        ("128 across 17", like "between 128 and 17") or the first as counting the noun
        after the second. A place preposition between them opens a phrase of its own
        (round 40), when the first number is the larger (not a share): the first
        number takes the noun's place in the sentence, the preposition hangs where that
        place hangs (the verb, past "to"), and the noun is the preposition's object,
        counted by the second number."""
        between = level + 1
        count = level + 2
        if (
            count >= len(self.dep)
            or self.pos[level] != "NUM"
            or self.dep[level] not in ("quantmod", "nummod")
            or self.lower[between] not in _PLACE_PREPOSITIONS_BETWEEN_COUNTS
            or self.head[between] != count
            or self.pos[count] != "NUM"
            or self.dep[count] != "nummod"
        ):
            return
        noun = self.head[count]
        if (
            noun <= count
            # (a share is no level: "one in three Canadians", "nine in 10 voters")
            or _value_of(self.text[level]) <= _value_of(self.text[count])
            or self.head[level] not in (count, noun)
            or self.pos[noun] not in ("NOUN", "PROPN")
            or noun == self.head[noun]
        ):
            return
        place = self.head[noun]
        self.dep[level], self.head[level] = self.dep[noun], place
        opener = (
            self.head[place] if self.pos[place] == "ADP" and self.head[place] != place else place
        )
        self.dep[between], self.head[between] = "prep", opener
        self.pos[between], self.tag[between] = "ADP", "IN"
        self.dep[noun], self.head[noun] = "pobj", between

    def _mend_a_glued_price(self, price: int) -> None:
        """ "Fuel rose to R22.15 a litre", "fell to R20.05 a litre": the tagger can read a
        sum with a letter glued to its digits as a verb, "to" as its infinitive marker and
        the unit of the price as its object. Such a token is never a verb: it is a number,
        the object of "to" (which then hangs on the verb "to" followed), and the unit is
        told of it (round 23)."""
        if not _GLUED_SUM.fullmatch(self.text[price]):
            return
        # ("climbed 9% to NZ$85.4m": a number, but hung as a clause of its own after "to")
        read_as_clause = self.dep[price] in ("advcl", "xcomp") and price > 0
        if self.tag[price] == "CD" and not read_as_clause:
            return
        read_as_verb = self.tag[price].startswith("VB") or read_as_clause
        self.pos[price], self.tag[price] = "NUM", "CD"
        if self.dep[price] in ("dative", "dobj"):
            # "Diesel will cost R21 a litre": the sum read as the verb's indirect object and
            # the unit of the price as its object; the sum is the object, told per litre
            for unit in range(price + 2, min(len(self.dep), price + 4)):
                if (
                    self.head[unit] == self.head[price]
                    and self.dep[unit] == "dobj"
                    and self.lower[unit - 1] in ("a", "an", "per")
                ):
                    self.dep[price] = "dobj"
                    self.dep[unit], self.head[unit] = "npadvmod", price
                    self.head[unit - 1] = unit
                    break
            return
        if not read_as_verb:
            return
        to = price - 1
        if to < 0 or self.lower[to] != "to" or self.head[to] != price or self.dep[to] != "aux":
            return
        verb = self.head[price]
        if verb == price or self.sent[verb] != self.sent[price]:
            return
        self.dep[to], self.head[to], self.pos[to], self.tag[to] = "prep", verb, "ADP", "IN"
        self.dep[price], self.head[price] = "pobj", to
        for unit in range(price + 1, min(len(self.dep), price + 4)):
            if self.head[unit] == price and self.dep[unit] == "dobj":
                self.dep[unit] = "npadvmod"  # "a litre": what the price is told per

    def _mend_a_subject_after_a_fronted_phrase(self, noun: int) -> None:
        """ "In a statement after the hearing, Wendmoor's chief executive, Fiona Dale,
        said ...", "Outside court, the firm's chief executive, Ann Lee, said ...": after
        a phrase that opens the sentence and a comma, the parser can join the subject to
        the phrase's last noun as a second item of a list with no "and" ("hearing" and
        "executive"), leaving the verb with no subject and the speaker a mere aside. A
        noun so joined, set off by the comma and written before a verb that has no
        subject, is that verb's subject (round 38)."""
        if self.dep[noun] != "conj" or self.pos[noun] not in ("NOUN", "PROPN"):
            return
        joined = self.head[noun]
        first = self.sent_starts[self.sent[noun]]
        opening = first
        # (a few words may come first: "But in a statement, ...", "And outside court, ...")
        while (
            opening < joined
            and opening - first < _FRONTED_OPENERS
            and self.pos[opening] in ("ADV", "CCONJ", "PUNCT")
        ):
            opening += 1
        # ("Outside court, ..." read as a subject: "outside" an adjective of "court")
        place_as_subject = (
            self.lower[opening] in FRONTED_PLACE_WORDS
            and self.dep[opening] == "amod"
            and self.head[opening] == joined == opening + 1
            and self.dep[joined] == "nsubj"
        )
        verb = self.head[joined] if place_as_subject else self.head[opening]
        if (
            not (place_as_subject or (self.dep[opening] == "prep" and self.pos[opening] == "ADP"))
            or not opening < joined < noun < verb
            or self.pos[verb] != "VERB"
            or self.dep[verb] != "ROOT"
            or self.sent[verb] != self.sent[noun]
            or verb - opening > 3 * _FRONTED_SUBJECT_REACH
            # (a real list: "After the floods and the fires, ...")
            or any(self.pos[i] == "CCONJ" for i in range(joined, noun))
        ):
            return
        window = range(opening, min(verb + _FRONTED_SUBJECT_REACH, len(self.head)))
        if any(
            i != joined and self.head[i] == verb and self.dep[i] in ("nsubj", "nsubjpass", "expl")
            for i in window
        ):
            return
        # the phrase's own chain up to the opening preposition
        node, steps = (opening, 0) if place_as_subject else (joined, 0)
        while node != opening and steps < _FRONTED_SUBJECT_REACH:
            node, steps = self.head[node], steps + 1
        if node != opening:
            return
        # the noun's phrase opens right after the comma ("Wendmoor 's chief executive")
        start = noun
        while start - 1 > joined and hangs_within(self.head, start - 1, noun, 4):
            start -= 1
        if self.text[start - 1] != ",":
            return
        if place_as_subject:
            self.head[opening], self.dep[opening] = verb, "prep"
            self.head[joined], self.dep[joined] = opening, "pobj"
        self.head[noun], self.dep[noun] = verb, "nsubj"

    def _mend_a_post_read_as_verb(self, post: int) -> None:
        """ "said Tenby coxswain Gareth Lloyd", "said Kilrush harbourmaster Ann Daly": a
        rare post noun between a capitalized word and the name after a speech verb can be
        tagged a present-tense verb, with the word before it as its subject and the name
        as its object, and the speaker is lost. A bare present verb never agrees with one
        proper noun as its subject ("Tenby coxswains"), so it is the name's post: the
        name is the speech verb's subject, the post its compound and the word before the
        post's (as "said Ballymena farmer Sean Quinn" is parsed; round 37)."""
        verb = self.head[post]
        if (
            self.pos[post] != "VERB"
            or self.tag[post] not in ("VB", "VBP")
            or not self.text[post].isalpha()
            or not self.text[post].islower()
            or verb >= post
            or post - verb > _POST_AFTER_SPEECH
            or self.lemma[verb] not in SPEECH_LEMMAS
            or self.sent[verb] != self.sent[post]
        ):
            return
        before = range(verb + 1, post)
        if not all(
            self.pos[i] == "PROPN" and self.text[i][:1].isupper() for i in before
        ) or not any(self.head[i] == post and self.dep[i] == "nsubj" for i in before):
            return
        name = post + 1
        while (
            name + 1 < len(self.head)
            and name - post < _NAME_WORDS_AFTER_POST
            and self.pos[name + 1] == "PROPN"
            and self.text[name + 1][:1].isupper()
        ):
            name += 1
        words = self.text[post + 1 : name + 1]
        if (
            # a person's name, however the recognizer labelled it ("Gethin Rees" a place)
            not (self.ent[post + 1 : name + 1] == [PERSON] * (name - post) or name_shaped(words))
            or self.head[name] != post
            or self.dep[name] != "dobj"
            or (
                name + 1 < len(self.head)
                and self.pos[name + 1] not in ("PUNCT", "SPACE", "ADP", "SCONJ")
            )
        ):
            return
        if self.ent[post + 1 : name + 1] != [PERSON] * (name - post):
            # the speaker's name, which the recognizer took for a place or nothing
            for i in range(post + 1, name + 1):
                self.ent[i] = PERSON
            self._people_relabelled.add((post + 1, name + 1))
        self.head[name], self.dep[name] = verb, "nsubj"
        self.head[post], self.dep[post], self.pos[post], self.tag[post] = (
            name,
            "compound",
            "NOUN",
            "NN",
        )
        for i in before:
            if self.head[i] == post:
                self.dep[i] = "compound"
        # what the post's clause held after the name ("after a trawler was towed", "on
        # Sunday") tells of the speech
        last = len(self.head) - 1
        for i in range(name + 1, min(last, name + _CLAUSE_AFTER_NAME) + 1):
            if self.sent[i] != self.sent[verb]:
                break
            if self.head[i] == post:
                self.head[i] = verb

    def _mend_a_qualified_subject(self, mark: int) -> None:
        """ "Profit before tax fell 12% to £48m", "Operating profit after tax dropped 9%":
        the parser can read "before"/"after" right after a noun as opening a clause whose
        subject is the qualifier ("before [tax fell]"); the noun before it is then left as
        a verbless root, a second subject of the verb, or the object of a report ("said
        that profit before tax fell"). The noun is the verb's subject and the qualifier
        its prepositional phrase. Nothing changes for a true clause ("left the house
        before police arrived": the house is no subject of the sentence)."""
        if self.dep[mark] != "mark" or self.lower[mark] not in ACCOUNTING_QUALIFIER_WORDS:
            return
        noun, verb = mark - 1, self.head[mark]
        if (
            noun < 0
            or verb <= mark + 1
            or verb - mark > 5
            or self.pos[noun] not in ("NOUN", "PROPN")
            or self.pos[verb] != "VERB"
            or self.sent[noun] != self.sent[verb]
        ):
            return
        qualifiers = [
            i
            for i in range(mark + 1, verb)
            if self.head[i] == verb and self.dep[i] in ("nsubj", "nsubjpass")
        ]
        if len(qualifiers) != 1 or self.pos[qualifiers[0]] != "NOUN":
            return
        reporting = self.head[noun]
        rooted = self.dep[noun] == "ROOT" and self.head[verb] == noun  # verbless root
        second = self.dep[noun] == "nsubj" and self.head[noun] == verb  # two subjects
        reported = (
            self.dep[noun] == "dobj"
            and self.head[verb] == reporting
            and self.dep[verb] == "advcl"
            and self.pos[reporting] == "VERB"
            and any(
                self.lower[i] == "that" and self.head[i] == noun
                for i in range(max(0, noun - 3), noun)
            )
        )
        if not (rooted or second or reported):
            return
        if rooted:
            self.head[verb], self.dep[verb] = verb, "ROOT"
        elif reported:
            self.dep[verb] = "ccomp"
        self.head[noun], self.dep[noun] = verb, "nsubj"
        self.head[mark], self.dep[mark] = noun, "prep"
        self.head[qualifiers[0]], self.dep[qualifiers[0]] = mark, "pobj"

    def _mend_a_place_after_speech(self, noun: int) -> None:
        """ "'…,' Ann Coyle, 61, said outside court": after a name with an age the
        parser can read the place after the speech verb as a second subject ("outside"
        an adjective of "court"), and the speaker is then lost between two subjects. A
        common noun after a speech verb that has a subject before it is no subject: it
        is the object of the word before it ("outside"), or the verb's modifier."""
        verb = self.head[noun]
        if (
            self.dep[noun] != "nsubj"
            or noun <= verb
            or noun - verb > 3
            or self.pos[noun] != "NOUN"
            or self.lemma[verb] not in SPEECH_LEMMAS
            or not any(
                self.head[i] == verb and self.dep[i] in ("nsubj", "nsubjpass")
                for i in range(max(0, verb - 8), verb)  # (a short window: linear time)
            )
        ):
            return
        before = noun - 1
        if before > verb and self.head[before] == noun and self.dep[before] == "amod":
            self.head[before], self.dep[before] = verb, "prep"
            self.head[noun], self.dep[noun] = before, "pobj"
        else:
            self.dep[noun] = "npadvmod"

    def _mend_a_participle_subject(self, participle: int) -> None:
        """ "Asking prices rose 1.1% to £368,000": the parser can read a participle before
        a plural noun as a gerund clause ("[asking prices] rose"), the noun its object and
        the change left with no subject; the noun is the subject, the participle its
        modifier. Only before a verb of change (not "Raising prices hurt sales")."""
        if self.dep[participle] != "csubj" or self.tag[participle] != "VBG":
            return
        verb, noun = self.head[participle], participle + 1
        # "Starting teacher pay will rise": the noun may come after its own modifiers
        # (round 32a), which then all hang on it
        while (
            noun + 1 < len(self.head)
            and noun - participle < _PARTICIPLE_NOUN_REACH
            and self.head[noun] == noun + 1
            and self.dep[noun] in ("compound", "amod")
        ):
            noun += 1
        if (
            noun >= len(self.head)
            or self.head[noun] != participle
            or self.dep[noun] != "dobj"
            or self.tag[noun] not in ("NNS", "NN")
            or self.lemma[verb] not in CHANGE_NOUNS
            or self.pos[verb] != "VERB"
            or verb <= noun
            or verb - participle > 4  # (a short window: linear time)
            or any(self.head[i] == participle for i in range(noun + 1, verb))
            or any(
                self.head[i] == verb and self.dep[i] in ("nsubj", "nsubjpass")
                for i in range(max(0, participle - 8), min(len(self.head), verb + 8))
            )
        ):
            return
        self.head[noun], self.dep[noun] = verb, "nsubj"
        self.head[participle], self.dep[participle] = noun, "amod"

    def __len__(self) -> int:
        return len(self.start)

    def at(self, position: int) -> int:
        """The index of the token starting at or before `position` (-1 before any)."""
        return bisect_right(self.start, position) - 1

    def between(self, start: int, end: int) -> range:
        """The tokens lying wholly inside text[start:end]."""
        return range(bisect_left(self.start, start), bisect_left(self.start, end))

    def entity(self, index: int) -> Entity | None:
        return self._entity_of.get(index)

    def sentence_bounds(self, sentence: int) -> tuple[int, int]:
        first = self.sent_starts[sentence]
        last = self.sent_starts[sentence + 1] if sentence + 1 < len(self.sent_starts) else len(self)
        return first, last


def name_shaped(words: Sequence[str]) -> bool:
    """Two or three capitalized words of letters (hyphens allowed), none a word of a
    body's name: written like a person's given name and surname."""
    return 2 <= len(words) <= 3 and all(
        w not in ORG_HEADS
        and all(p.isalpha() and p[:1].isupper() and p[1:].islower() for p in w.split("-"))
        for w in words
    )
