"""Layer 6 of quote attribution: the run. Joins quotes split by their attribution, gives
each quote its cue, source and speaker (or `unattributed`), and records the names the
actor step should learn.

Each layer is a class that extends the one below; a method calls only methods of its own
layer and of the layers below (mentions < parse_reading < naming < cues < references <
attributor), so every module reads top-down and there is no import cycle. Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from briefsmith.core.analysis.common import (
    _MAX_CANDIDATES,
    _NICKNAME_WORDS,
    _QUESTION_END,
    _join_split_quotes,
)
from briefsmith.core.analysis.references import _References
from briefsmith.core.extraction.quotes import (
    DENIED,
    LABEL,
    MIN_QUOTE_WORDS,
    NESTED,
    QUESTION,
    SPEECH,
    WRITTEN,
    FoundQuote,
    is_title_cased,
    stands_as_a_sentence,
)
from briefsmith.core.lexicon import (
    ADDRESS_HONORIFICS,
    DOCUMENT_NOUNS,
    NICKNAMING_LEMMAS,
    OWNED_WRITING_NOUNS,
)
from briefsmith.core.schema import UNATTRIBUTED


class _Attributor(_References):
    """Layer 6 of quote attribution: the run. (See the module.)"""

    def run(self) -> None:
        attributed: list[FoundQuote] = []
        for passage in self.passages:
            enclosing = self._enclosing(passage)
            if enclosing is not None:
                attributed.append(replace(passage, speaker=UNATTRIBUTED, kind=NESTED))
                continue
            attributed.append(self._attribute(passage, attributed))
            speaker = attributed[-1].speaker
            if speaker != UNATTRIBUTED and self._only_a_title(speaker):
                # "the Premier said", "the Health Secretary said": a title the recognizer
                # took for a name is no one's name; its holder, or nobody (round 37)
                holder = self._holder_of_title(passage.open_at, speaker)
                speaker = holder or UNATTRIBUTED
                attributed[-1] = replace(
                    attributed[-1], speaker=speaker, candidates=(holder,) if holder else ()
                )
            if speaker != UNATTRIBUTED and passage.text.strip() and passage.text.strip() in speaker:
                # "Fans of the Wolves' 'famous old ground' say ...": a phrase holding the
                # quote itself does not say it
                attributed[-1] = replace(attributed[-1], speaker=UNATTRIBUTED)
                speaker = UNATTRIBUTED
            if speaker != UNATTRIBUTED and _addressed_in(passage.text, speaker):
                # "‘This is not the Dáil, Mattie,’ he said": the one spoken to by name is
                # not the one speaking (round 29); nobody is credited by guess.
                attributed[-1] = replace(attributed[-1], speaker=UNATTRIBUTED)
                speaker = UNATTRIBUTED
            if speaker != UNATTRIBUTED:
                self._spoke[speaker] = max(passage.open_at, self._spoke.get(speaker, -1))
            if (
                attributed[-1].kind in (SPEECH, QUESTION)
                and len(passage.text.split()) < MIN_QUOTE_WORDS
                and stands_as_a_sentence(self.text, passage)
            ):
                attributed[-1] = replace(attributed[-1], whole=True)
        self.a.passages = attributed
        self.a.quotes = _join_split_quotes(self.text, [q for q in attributed if q.kind != NESTED])
        self._roles_from_apposition()

    def _attribute(self, quote: FoundQuote, earlier: list[FoundQuote]) -> FoundQuote:
        t = self.t
        if not len(t) or not self.a.is_parsed(quote.open_at, quote.close_at + 1):
            return quote  # outside the parse: nobody is credited by guess
        inside = t.between(quote.open_at, quote.close_at + 1)
        first = t.at(quote.open_at)
        last = t.at(quote.close_at)
        if first < 0:
            first = 0
        if self._claimed(inside):
            # "denied claims that she had ‘misled parliament’": the claim's words, which
            # nobody in the story is shown saying.
            return replace(quote, speaker=UNATTRIBUTED, kind=DENIED)
        cue, path = self._governing_cue(inside)
        if (
            (cue is None and self._labels_noun_after(quote, inside, last))
            or self._is_given_as_a_name(first)
            or (
                # "Fans have dubbed him ‘the new Messi’", "residents dubbed the lock-up
                # ‘the dark room’": a name given, nobody's words ("critics dubbed it ‘a
                # farce’" stays theirs; round 25)
                cue is not None
                and t.lemma[cue] in NICKNAMING_LEMMAS
                and len(quote.text.split()) <= _NICKNAME_WORDS
                and (quote.text.casefold().startswith("the ") or is_title_cased(quote.text))
            )
            or (
                is_title_cased(quote.text)
                and (self._follows_a_kind_noun(first) or (cue is None and self._after_the(first)))
            )
        ):
            # "the council's ‘pay as you throw’ scheme" (inside someone's reported words,
            # "Kerr said the ‘once in a lifetime’ grant ...", the words stay the speaker's),
            # "Dubbed the ‘king of the comeback’", "the thriller ‘A House of Quiet Things’":
            # a name put on something, nobody's speech. A sign, a banner or a chant in
            # title case ("placards reading ‘Hands Off Our A&E’") stays: a sign is quoted.
            return replace(quote, kind=LABEL)
        if (
            self._shown_words(first)
            or self._displayed_words(first)
            or self._words_set_down(first, last)
            or self._words_of_a_subject(first, last)
        ):
            # "Users saw the message ‘…’ for hours, the founder said", "Passengers saw
            # signs reading ‘…’, an official said": the words on the sign or the screen,
            # which whoever speaks beside them only reports
            return replace(quote, kind=WRITTEN)
        thing = self._read_thing(first)
        if thing is not None:
            # "A statement issued by the agency read: ‘…’" (its author), "The note left by
            # the driver read ‘…’, coroner X said" (nobody named: not the coroner's)
            author = (
                self._document_author(thing, quote)
                if {t.lemma[thing], t.lower[thing]} & (DOCUMENT_NOUNS | OWNED_WRITING_NOUNS)
                else None
            )
            return replace(
                quote,
                speaker=author or UNATTRIBUTED,
                kind=WRITTEN,
                candidates=(author,) if author else (),
            )
        words_owner = self._words_of_another(first)
        if words_owner is not None:
            # "Her mother, X, said her daughter's last words were: ‘…’", "The manager said
            # Cole's first words were: ‘…’": the words are the owner's (named, or only
            # described and so left unnamed), never the reporter's
            named = (
                self._resolve(words_owner, quote)[0]
                if t.pos[words_owner] in ("PROPN", "NOUN")
                else None
            )
            return replace(
                quote,
                speaker=named or UNATTRIBUTED,
                kind=QUESTION if _QUESTION_END.search(quote.text) else SPEECH,
                candidates=(named,) if named else (),
            )
        overheard = self._overheard_speaker(first)
        if overheard is not None:
            # "The referee was heard telling the bowler ‘…’, umpire coach X said": the
            # words are the referee's (named, or described and so left unnamed)
            named = None
            if t.pos[overheard] == "PROPN":
                named, _ = self._resolve(overheard, quote)
            kind = QUESTION if _QUESTION_END.search(quote.text) else SPEECH
            return replace(
                quote,
                speaker=named or UNATTRIBUTED,
                kind=kind,
                candidates=(named,) if named else (),
            )
        if cue is not None and self._ended_before(cue, first):
            cue, path = None, []  # the parser hung the quote on the sentence before
        if cue is not None and path and self._clause_of_another(path[-1], cue):
            # "As the airline defended its ‘safety record’, Ann Lee said": not Lee's
            return replace(quote, kind=QUESTION if _QUESTION_END.search(quote.text) else SPEECH)
        if cue is not None:
            cue = self._reported_cue(cue, first)
        if cue is not None:
            cue = self._reporter_of_a_things_cue(cue, first)
        framed = cue is not None and not self._modifies_noun_after(inside, last)
        kind = QUESTION if _QUESTION_END.search(quote.text) else SPEECH
        if cue is None:
            author = self._writing_author_before_colon(first, quote)
            if author is not None:
                return replace(quote, speaker=author, kind=WRITTEN, candidates=(author,))
        if cue is None and self._read_out_before_colon(first):
            # "He waved the audit and read from it: ‘…’": the writing's words, not the
            # reader's (nor those of the one who spoke the sentence before; round 23)
            return replace(quote, kind=kind)
        if cue is None:
            # "The Chancellor, Ruth Daly, hit back: ‘…’": the clause before the colon says
            # who, before any cue nearby (the last sentence's "he told MPs") is read.
            introducer = self._colon_introducer(first)
            if introducer is not None:
                speaker, _ = self._resolve(introducer, quote)
                if speaker is not None:
                    return replace(quote, speaker=speaker, kind=kind, candidates=(speaker,))
                if t.pos[introducer] == "PROPN" and t.text[introducer][:1].isupper():
                    # "Her coach Jo Ruto said the strain was minor. Lagat herself was
                    # more guarded: ‘…’": a name the clause before the colon gives, though
                    # no actor yet, is who speaks; never the speaker of a sentence before
                    # (the actor step may still find the name: see `unknown_names`)
                    self.unknown_names[quote.open_at] = self._written_name(introducer)
                    return replace(quote, kind=kind)
            labelled = self._speaker_label(quote, first)
            if labelled is not None:
                # "Mayor Tim Oduya: ‘…’", "Gray: ‘…’": a transcript's or a live page's
                # line, the speaker's name and a colon
                return replace(quote, speaker=labelled, kind=kind, candidates=(labelled,))
            cue = self._adjacent_cue(quote, first, last)
            path = []
            if (
                cue is not None
                and t.lower[cue] in ("according", "words")
                and cue < first
                and t.sent[cue] == t.sent[first]
                and not self._modifies_noun_after(inside, last)
                and self._names_a_source(cue + 1, first)
            ):
                # "According to Ann Lee, the firm was ‘co-operating fully’": the
                # sentence is her report, as "Ann Lee said the firm was ‘…’" would be
                framed = True
        if kind == QUESTION and (cue is None or self.t.lemma[cue] != "ask"):
            # "Asked by a reporter: “…?”, he replied": the question is the asker's.
            asked = self._asking_before(quote, first)
            if asked is not None:
                cue, path = asked, []
        if cue is None:
            holder = self._utterance_holder(first)
            if holder is not None:
                speaker, _ = self._resolve(holder, quote)
                if speaker is not None:
                    return replace(quote, speaker=speaker, kind=kind, candidates=(speaker,))
            if self._written_frame(inside):
                return replace(quote, kind=WRITTEN)
            inner = self._inner_attribution(inside)
            if inner is not None:
                speaker, candidates = self._resolve(inner, quote)
                if speaker is not None:
                    return replace(quote, speaker=speaker, kind=kind, candidates=(speaker,))
            if self._stands_alone(quote):
                named = self._named_after(quote)
                if named is not None:
                    return replace(quote, speaker=named, kind=kind, candidates=(named,))
            carried = self._carried_on(quote, earlier, first, last)
            return replace(quote, speaker=carried or UNATTRIBUTED, kind=kind, carried=True)
        doubt = self._doubt(cue, path, first)
        if doubt is not None:
            return replace(quote, speaker=UNATTRIBUTED, kind=doubt)
        source = self._source(cue)
        if source is None:
            return replace(quote, kind=kind)
        document = self._document_read_out(source)
        if document is not None:
            # "Her lawyer read a statement on her behalf. ‘…,’ it said": the statement's,
            # so the words of whoever it was read for, never the body named last
            # ("The chair read out a letter from Colin Ames. ‘…,’ it said": the letter's
            # author, when it names one)
            author = self._read_for(document, quote) or (
                None if self._behalf(document) is not None else self._read_out_from(document, quote)
            )
            return replace(
                quote,
                speaker=author or UNATTRIBUTED,
                kind=WRITTEN,
                candidates=(author,) if author else (),
            )
        signed = self._signed_document_before(source, quote)
        if signed is not None:
            return replace(quote, speaker=signed, kind=WRITTEN, candidates=(signed,), framed=framed)
        owner = self._authored_before(source, quote) or self._owner_through_pronoun(source)
        if owner is not None:
            return replace(quote, speaker=owner, kind=WRITTEN, candidates=(owner,))
        if (t.lemma[source] in DOCUMENT_NOUNS or t.lower[source] in OWNED_WRITING_NOUNS) and t.pos[
            source
        ] == "NOUN":
            author = self._document_author(source, quote) or self._same_document_before(
                source, quote
            )
            if author is not None:
                return replace(
                    quote, speaker=author, kind=WRITTEN, candidates=(author,), framed=framed
                )
            continued = self._document_continued(source, quote, earlier)
            if continued is not None:
                return replace(quote, speaker=continued.speaker, kind=continued.kind)
        if self._is_written_thing(source):
            return replace(quote, kind=WRITTEN)
        speaker, candidates = self._resolve(source, quote)
        described = self._bare_description(source) if speaker is None else frozenset()
        if described:
            speaker, candidates = self._description_read_back(
                t.start[source], described, candidates
            )
        if speaker is None and t.pos[source] == "PROPN" and t.ent[source] == "":
            self.unknown_names[quote.open_at] = self._written_name(source)
        if speaker is None and self.t.pos[source] == "NOUN":
            # "the Ukrainian military escort told ...": the article's own words for the
            # speaker are what it allows (a model may name them so), though no actor.
            candidates = [self._phrase(source)]
        return replace(
            quote,
            speaker=speaker or UNATTRIBUTED,
            kind=kind,
            candidates=tuple(candidates[:_MAX_CANDIDATES]),
            framed=framed,
        )


# A name the quote speaks to: after a comma at its end ("…, Mattie", "…, Mr Cusack!") or
# before a comma at its start ("Mattie, sit down"). Only the quote's two ends are read.
_VOCATIVE_NAME = (
    r"(?:(?:"
    + "|".join(re.escape(title) for title in sorted(ADDRESS_HONORIFICS, key=len, reverse=True))
    + r")\s+)?([A-Z][\w'’-]+)"
)
_VOCATIVE_AT_END = re.compile(r",\s+" + _VOCATIVE_NAME + r"\s*[.!?]*$")
_VOCATIVE_AT_START = re.compile(r"^" + _VOCATIVE_NAME + r",\s")


def _addressed_in(quote_text: str, speaker: str) -> bool:
    """Does the quote speak to `speaker` by a word of their name?"""
    words = {word for word in speaker.split() if word[:1].isupper()}
    ends = (
        _VOCATIVE_AT_END.search(quote_text[-60:].rstrip()),
        _VOCATIVE_AT_START.match(quote_text[:60].lstrip()),
    )
    return any(match is not None and match.group(1) in words for match in ends)
