"""Layer 5 of quote attribution: sources that point back. Pronouns ("he said") resolved
to the nearest compatible named person, descriptions ("the 24-year-old", "the
ministry") to who they describe, documents to their authors, a speaker carried on from
the quote before.

Each layer is a class that extends the one below; a method calls only methods of its own
layer and of the layers below (mentions < parse_reading < naming < cues < references <
attributor), so every module reads top-down and there is no import cycle. Pure."""

from __future__ import annotations

from bisect import bisect_left

from briefsmith.core.analysis.common import (
    _AUTHORING_LEMMAS,
    _BODY_WORDS,
    _CARRY_TAIL,
    _CUE_LEMMAS,
    _FAMILY_OF,
    _FRAME_TOKENS,
    _LOOKBACK_CHARS,
    _MAX_CANDIDATES,
    _MAX_WALK,
    _ORG_PRONOUNS,
    _PERSONAL_NOUNS,
    _POSSESSIVE_GENDER,
    _PRONOUN_GENDER,
    _PRONOUN_REACH,
    _SENTENCE_ENDS,
    _SUBJECTS,
    _THIRD_PERSON,
    _apposed_to_subject,
    _kin_spoken_of,
    _Named,
    _role_back,
    _root_of,
    _strip_name,
)
from briefsmith.core.analysis.cues import _Cues
from briefsmith.core.analysis.tokens import (
    _TITLE_WORDS,
    GPE,
    NORP,
    ORG,
    PERSON,
    name_shaped,
)
from briefsmith.core.dependency import hangs_within
from briefsmith.core.extraction.quotes import (
    NESTED,
    FoundQuote,
    institution_fits,
)
from briefsmith.core.lexicon import (
    AGE_GROUP_NOUNS,
    BODY_STAFF_NOUNS,
    CAPITAL_CITIES,
    CARRIER_NAME_ENDS,
    CLIENT_NOUNS,
    COMPANY_NOUNS,
    DOCUMENT_NOUNS,
    FAMILY_NOUNS,
    HEADED_UNIT_NOUNS,
    INSTITUTION_NOUNS,
    ORG_HEADS,
    OWNED_WRITING_NOUNS,
    PARENT_GENDER,
    PARTY_WORDS,
    PORTFOLIO_TITLE_WORDS,
    PRESS_NOUNS,
    PUBLIC_BODY_HEADS,
    SPEECH_LEMMAS,
    SPOKESPERSON_NOUNS,
    SYMMETRIC_KIN_NOUNS,
    country_names,
    demonym_country,
)
from briefsmith.core.names import (
    gender_told,
    given_name_gender,
    on_other_sides,
    same_person,
)
from briefsmith.core.schema import UNATTRIBUTED

# How far after a subject's noun its apposed name is looked for ("Its spokeswoman in
# Geneva, Olena Kovalchuk, said").
_APPOSED_SCAN = 14
# The most words of a title taken for a speaker's name ("Deputy First Minister").
_TITLE_SPEAKER_WORDS = 4
# The last words of a body's name ("Welsh Government", "Home Office"), built once.
_BODY_NAME_HEADS = ORG_HEADS | PUBLIC_BODY_HEADS


class _References(_Cues):
    """Layer 5 of quote attribution: sources that point back. (See the module.)"""

    def _speaker_label(self, quote: FoundQuote, first: int) -> str | None:
        """ "Councillor Rosa Finch: ‘…’", "Gray: ‘…’": a paragraph that opens with a name
        (a title may go before it) and a colon, then the quote: the one that name
        names. No verb stands before the colon ("The verdict was clear: ‘…’" is another
        reading), and the name is one the text gives a person or a body ("Q:", "Fan:"
        name no one)."""
        t = self.t
        colon = self._colon_before(first)
        if colon is None or colon < 1:
            return None
        start = t.at(self._paragraph_start(quote.open_at))
        if start >= 0 and colon - start > 6:
            # "The Congress hit back. Party spokesperson Ann Lee: ‘…’": the label opens
            # the sentence after another in its paragraph (round 31)
            opening, _ = t.sentence_bounds(t.sent[colon])
            if opening > start and t.text[opening - 1] in _SENTENCE_ENDS:
                start = opening
        if start < 0 or not 0 < colon - start <= 6:
            return None
        if any(t.pos[i] in ("VERB", "AUX") or self._inside(i) for i in range(start, colon)):
            return None
        name = colon - 1
        if not t.text[name][:1].isupper():
            return None
        holders = self._by_last.get(t.lower[name], [])
        if len(holders) == 1 and " " in holders[0].name:
            return holders[0].name  # the surname of a full name
        if t.ent[name] in (PERSON, ORG) or t.text[name] in self._by_form:
            speaker, _ = self._resolve(name, quote)
            record = self._by_form.get(speaker) if speaker is not None else None
            # a person named in full, or a body the text names more than here
            # ("Verdict:" is a review's heading, whatever the recognizer made of it)
            if record is not None and (
                (record.kind == "person" and " " in record.name)
                or (record.kind != "person" and record.mentions > 1)
            ):
                return record.name
        return None

    def _described(
        self, source: int, position: int, quote_at: int = -1
    ) -> tuple[str | None, list[str]]:
        """An unnamed speaker the article describes ("a passenger said", "one analyst
        asked", "A Labour spokeswoman said"). A spokesperson speaks for the organization
        named in the phrase when the article has named it before ("The Rail Safety Board
        (RSB) said ... an RSB spokesman said"), or, with no word of whose they are ("a
        spokesman said"), for the organization that spoke last in the paragraph; anyone
        else is the description itself. Nothing when the noun is not a person."""
        t = self.t
        if not self._personal(source):
            return None, []
        phrase = self._phrase(source)
        if t.tag[source] == "NNS":
            return None, [phrase]  # "some residents said": too vague to credit
        if t.lower[source] in PRESS_NOUNS or (
            t.dep[source] == "pobj"
            and t.lower[t.head[source]] == "by"
            and t.lemma[t.head[t.head[source]]] == "ask"
        ):
            # "A reporter asked her:", "Asked by a fan: ‘…?’, she replied": the unnamed
            # one who frames a question for the story's speaker is not credited.
            return None, [phrase]
        spokesperson = (
            t.lower[source] in SPOKESPERSON_NOUNS or t.lemma[source] in SPOKESPERSON_NOUNS
        )
        if (
            not spokesperson
            and position < self._lead_end
            and quote_at < self._lead_end
            and any(t.lower[c] in ("a", "an") for c in t.children[source] if t.dep[c] == "det")
            and any(t.dep[c] in ("prep", "relcl", "acl", "amod") for c in t.children[source])
        ):
            # "A former finance director of a charity told a colleague to “…”": a lead
            # that describes someone at length describes the story's own subject, whom
            # the article names further on ("A teenager told police" is just that).
            return None, [phrase]
        if spokesperson:
            modifiers = [
                c
                for c in t.children[source]
                if c < source and t.dep[c] in ("compound", "amod", "nmod")
            ]
            if not modifiers:
                found = self._speaking_organization(position)
                return (found, [found]) if found is not None else (None, [phrase])
            leftmost = min(modifiers)
            while leftmost > 0 and t.head[leftmost - 1] in range(leftmost, source):
                leftmost -= 1  # "Thames Valley" hanging on "Police"
            written = self._by_form.get(self.text[t.start[leftmost] : t.end[source - 1]])
            if (
                written is not None
                and written.kind == "organization"
                and not any(w in PARTY_WORDS for w in written.name.split())
            ):
                # "A Thames Valley Police spokesperson said": the body the words before
                # the noun name, which the recognizer read as a place and a body
                return written.name, [written.name, phrase]
            words = t.text[leftmost:source]
            if (
                written is None
                and all(
                    t.pos[i] == "PROPN" and t.text[i][:1].isupper() for i in range(leftmost, source)
                )
                and not any(w in PARTY_WORDS for w in words)
                and self._names_a_body_before_its_spokesperson(leftmost, source, words)
            ):
                # "A Welsh Government spokesperson said", "A Home Office spokesman said":
                # the body the capitalized words before the noun name, ending in a body's
                # head, though the recognizer found no name there (round 35)
                record = self._actor_for(" ".join(words), ORG, t.start[leftmost])
                if record is not None and record.kind == "organization":
                    return record.name, [record.name, phrase]
            for modifier in modifiers:
                entity = t.entity(modifier)
                if entity is None or entity.label != ORG:
                    continue
                # "An NHS Wessex spokesman said": the body the recognizer names in the
                # phrase; a party's spokesman (who may be one of its politicians) only
                # when the article named the party before.
                party = any(w in PARTY_WORDS for w in entity.text.split())
                record = self._actor_for(entity.text, ORG, entity.start, create=not party)
                if record is None or record.kind == "person":
                    continue
                if not party or any(
                    m.name == record.name and m.start < entity.start
                    for m in self._earlier(entity.start)
                ):
                    return record.name, [record.name, phrase]
        return phrase, [phrase]

    def _names_a_body_before_its_spokesperson(
        self, leftmost: int, source: int, words: list[str]
    ) -> bool:
        """ "A Welsh Government spokesperson", "a Northway Rail spokeswoman": capitalized
        words before a spokesperson's noun that name the body they speak for. Either the
        words end in a body's head, or the recognizer found no person, people or place
        alone in them (it reads a firm such as "Northway Rail" as a place); a person's
        spokesman ("a Trump spokesman") speaks for that person, not a body (round 37)."""
        t = self.t
        entity = t.entity(source - 1)
        if words[-1] in _BODY_NAME_HEADS:
            return entity is None
        if any(w in _BODY_NAME_HEADS for w in words) or words[-1] in CARRIER_NAME_ENDS:
            # "a Northern Grid spokeswoman", "a Skyward Air spokeswoman": a body's head
            # word, whatever the recognizer took the name for
            return not any(t.ent[i] in (NORP, GPE) for i in range(leftmost, source))
        return not any(
            (found := t.entity(i)) is not None and found.label in (PERSON, NORP, GPE)
            for i in range(leftmost, source)
        )

    def _only_a_title(self, speaker: str) -> bool:
        """ "Premier", "Health Secretary", "Bishop": a speaker whose name is a title (its
        last word an office's title, no word a given name) that the recognizer took for
        a name, and nobody's surname ("Emma Bishop" is a name). Never a body's name
        ("Health Service Executive", "Lagos State"), nor a short form of a fuller one."""
        words = speaker.split()
        record = self._by_form.get(speaker)
        if (
            not words
            or not all(w[:1].isupper() for w in words)  # (not "an RSPCA inspector")
            or len(words) > _TITLE_SPEAKER_WORDS
            or (record is not None and record.kind not in ("person", "organization"))
            # (a short form of a fuller name: "said Ally, 38" of Ally Scott)
            or (record is not None and record.name != speaker)
            or (len(words) == 1 and self._given_name_of(speaker) is not None)
            # (an office's title, not a calling: "Volunteer", "Ally" may be a given name)
            or words[-1].casefold().rstrip(".") not in _TITLE_WORDS
            or words[-1] in PORTFOLIO_TITLE_WORDS  # ("Lagos State" is a body)
            or any(given_name_gender(w) is not None for w in words)
            # (a body's head after the first word names a body, "Health Service
            # Executive"; the first may be a portfolio, "Health Secretary")
            or any(w in _BODY_NAME_HEADS for w in words[1:])
        ):
            return False
        surname = words[-1].casefold()
        return not any(
            r.kind == "person" and len(r.name.split()) >= 2 for r in self._by_last.get(surname, ())
        )

    def _holder_of_title(self, position: int, speaker: str) -> str | None:
        """Who a title taken for a speaker's name names: the person the article gave it
        before ("Premier Daniel Fraser ... the Premier said"), else the one person the
        article gives that title anywhere, as the actors read it; else nobody (round
        37)."""
        words = [w.casefold().rstrip(".") for w in speaker.split()]
        found, _ = self._person_by_role(position, {words[-1]}, set(words[:-1]))
        if found is not None:
            return found
        holders = {name for _, name in self._role_holders.get(words[-1], ())}
        if len(holders) != 1:
            return None
        (name,) = holders
        record = self._by_form.get(name)
        return record.name if record is not None else name

    def _speaking_organization(self, position: int) -> str | None:
        """The organization a bare "a spokesman" speaks for: the nearest one named as a
        clause's subject in the spokesman's sentence or the one before (which may end
        the paragraph before: "Apex cancelled 40 trains. ¶ A spokesman said"), when no
        person is named as a subject nearer."""
        here = self.t.sent[max(0, self.t.at(position))]
        for mention in self._earlier(position):
            token = self.t.at(mention.start)
            if token >= 0 and self.t.sent[token] < here - 1:
                break  # a sentence about something else came between
            if not mention.subject or token < 0:
                continue
            # the words as written there, which may be an alias ("HGP" for the name)
            written = self.t.entity(token)
            end = (
                written.end
                if written is not None and written.start == mention.start
                else mention.start + len(mention.name)
            )
            span = self.t.between(mention.start, end)
            root = _root_of(self.t, span.start, span.stop) if len(span) else token
            if self.t.dep[root] not in _SUBJECTS and not (
                # "The operator, Chiltern Railways, apologised": the subject's apposition
                self.t.dep[root] == "appos" and self.t.dep[self.t.head[root]] in _SUBJECTS
            ):
                continue  # "Kilbride fans ran": a name modifying the subject
            if (
                mention.kind == "person"
                and not self._called_body_before(mention, position)
                and not self._body_held_as_person(mention)
            ):
                return None
            return self._materialize(mention)
        return self._unrecognized_speaking_body(here - 1)

    def _business_that_spoke(self, position: int) -> str | None:
        """ "Harbour Ports said the strike was costing £2m a day. ¶ A spokesman for the
        company said ...": a spokesman for "the company" whose name the article never
        tied to that noun speaks for the body that spoke just before, when its name
        reads as no other kind of body (a union, a council, a ministry, a club)."""
        found = self._speaking_organization(position)
        if found is None:
            return None
        words = found.split()
        if words and (words[-1] in PUBLIC_BODY_HEADS or words[0] == "Ministry"):
            return None
        if any(w.casefold().strip("'’") in _BODY_WORDS - COMPANY_NOUNS for w in words):
            return None  # "the Bakers' Union", "Ashcombe Trust": no company
        if any(
            institution_fits(head, found)
            for head in INSTITUTION_NOUNS
            if head not in COMPANY_NOUNS and head != "company"
        ):
            return None
        return found

    def _business_named_just_before(self, position: int) -> str | None:
        """ "Velkor will close its plant in Turin. ‘…,’ the carmaker said": a business's
        noun for a body the article names only by its name is the body that was a
        clause's subject just before (`_business_that_spoke`), when it is also the
        nearest body named ("Ofgem fined Lendfirst. ‘…,’ the lender said" is neither)."""
        found = self._business_that_spoke(position)
        if found is None:
            return None
        nearest = next(
            (
                m
                for m in self._earlier(position)
                if (m.kind == "organization" or self._body_held_as_person(m)) and not m.aside
            ),
            None,
        )
        if nearest is None or (self._by_form.get(nearest.name) or nearest).name != found:
            return None
        return found

    def _reported_cue(self, cue: int, first: int) -> int:
        """The speech verb of a report inside the cue's clause that the quote directly
        follows ("Lee said his striker, Adjei, had told him: ‘I want to stay’": Adjei's
        words, though the parser may hang them on "said"); else the cue."""
        t = self.t
        if cue > first:
            return self._cue_reported_after(cue, first)
        if not cue < first - 1:
            return cue
        for index in range(first - 1, cue, -1):
            if not self._is_cue(index) or t.lemma[index] == "according":
                continue
            subjects = [c for c in t.children[index] if t.dep[c] in _SUBJECTS]
            if not subjects and t.dep[index] == "xcomp" and t.head[index] == cue:
                # "Okafor denied telling the victim, Reyes: ‘…’": the report shares the
                # cue's subject, and what frames it (a denial) is judged from it
                subjects = [cue]
            # someone who speaks ("the study added to evidence ...:" is no report), or
            # is spoken to ("he had been told by his manager:"), of words ("would add
            # £6.4m to its wage bill and would ‘…’" is no report)
            if (
                len(subjects) != 1
                or not (
                    subjects[0] == cue
                    or t.dep[subjects[0]] == "nsubjpass"
                    or self._speaking_subject(subjects[0])
                )
                or self._takes_a_thing(index)
                or not hangs_within(t.head, index, cue, arcs=_MAX_WALK)
            ):
                return cue
            # every word between it and the quote is its own ("told him in the
            # dressing room:"), so the quote follows its clause
            if all(
                t.pos[between] == "PUNCT" or hangs_within(t.head, between, index, arcs=_MAX_WALK)
                for between in range(index + 1, first)
            ):
                return index
            return cue
        return cue

    def _document_author(self, source: int, quote: FoundQuote) -> str | None:
        """Whose a document speaking is: "the institute's report said" (its owner), "the
        letter, signed by Ann Lee, said" (who signed or wrote it), "a letter from Ann Lee
        said" (a name it comes from)."""
        t = self.t
        for child in t.children[source]:
            if t.dep[child] == "poss" and t.pos[child] in ("NOUN", "PROPN"):
                speaker, _ = self._resolve(child, quote)
                if speaker is not None:
                    return speaker
            if t.dep[child] == "compound" and child == source - 1 and not self._inside(child):
                # "a Harlow Town statement read", "a club statement said": the body
                # named there, or the one the article names by that noun
                owner = self._named_in_phrase(child)
                if owner is None and t.pos[child] == "NOUN":
                    owner, _ = self._organization(t.start[child], t.lemma[child])
                if owner is not None:
                    return owner
            if t.dep[child] == "acl" and t.lemma[child] in _AUTHORING_LEMMAS:
                if any(t.lower[g] == "behalf" for c in t.children[child] for g in t.children[c]):
                    return None  # "issued by the hospital on behalf of the family"
                for agent in t.children[child]:
                    if t.dep[agent] != "agent":
                        continue
                    for person in t.children[agent]:
                        if t.dep[person] == "pobj":
                            speaker, _ = self._resolve(person, quote)
                            if speaker is not None:
                                return speaker
            if t.dep[child] == "prep" and t.lower[child] in ("from", "by"):
                for pobj in t.children[child]:
                    if t.dep[pobj] == "pobj":
                        named = self._named_in_phrase(pobj)
                        if named is not None:
                            return named
        return None

    def _writing_author_before_colon(self, first: int, quote: FoundQuote) -> str | None:
        """ "The jury was shown a text Haigh sent that night: ‘…’", "The judge read aloud a
        message Kozlowski had sent his victim: ‘…’", "His son read from Drummond's final
        letter: ‘…’", "The prosecutor read a statement from the victim's sister, Aimee
        Pollitt: ‘…’": a writing the clause before the colon shows, reads or quotes,
        whose author it names (its owner, who it is from or by, or who sent or wrote it),
        holds the words: that author's, never the reader's. The last such writing in the
        clause, a few tokens back from the colon."""
        t = self.t
        colon = self._colon_before(first)
        if colon is None:
            return None
        start, _ = t.sentence_bounds(t.sent[colon])
        start = max(start, colon - _FRAME_TOKENS)
        thing = next(
            (
                i
                for i in range(colon - 1, start - 1, -1)
                if t.pos[i] == "NOUN"
                and t.lower[i] in OWNED_WRITING_NOUNS
                and t.dep[i] in ("dobj", "pobj", "nsubjpass", "appos")
                and not self._inside(i)
            ),
            None,
        )
        if thing is None:
            return None
        author = self._document_author(thing, quote)
        if author is not None:
            # a named author only ("a resident's letter" says whose words, not who)
            return author if author in self._by_form else None
        for clause in t.children[thing]:
            # "a text Haigh sent that night", "a message he had written to her"
            if t.dep[clause] != "relcl" or t.lemma[clause] not in _AUTHORING_LEMMAS:
                continue
            for writer in t.children[clause]:
                if t.dep[writer] == "nsubj" and t.pos[writer] == "PROPN":
                    return self._resolve(writer, quote)[0]
        return None

    def _signed_document_before(self, source: int, quote: FoundQuote) -> str | None:
        """ "Donors were sent a letter signed by chief executive Omar Baig. ‘…,’ it
        said": the "it" of the nearest written thing in the sentence or the one before
        (same paragraph) that names its author, when no body is named from that
        sentence on but the author (a body there could be what "it" stands for)."""
        t = self.t
        if t.lower[source] != "it" or t.dep[source] not in _SUBJECTS:
            return None
        start, _ = t.sentence_bounds(max(0, t.sent[source] - 1))
        paragraph = self._paragraph_start(t.start[source])
        for index in range(source - 1, start - 1, -1):
            if t.start[index] < paragraph:
                return None
            if (
                t.pos[index] != "NOUN"
                or self._inside(index)
                or not (t.lemma[index] in DOCUMENT_NOUNS or t.lower[index] in OWNED_WRITING_NOUNS)
            ):
                continue
            author = self._document_author(index, quote)
            floor = t.start[t.sentence_bounds(t.sent[index])[0]]
            if (
                author is None
                or any(
                    self._known_name(m) != author
                    for m in self._earlier(t.start[source])
                    if m.start >= floor
                )
                or any(
                    t.ent[i] == ORG or t.lemma[i] in COMPANY_NOUNS | _BODY_WORDS
                    for i in range(t.sentence_bounds(t.sent[index])[0], index)
                )
            ):
                return None  # "The firm Dovecote sent a letter signed by ...": either
            return author
        return None

    def _read_out_from(self, document: int, quote: FoundQuote) -> str | None:
        """Whose a document read out is, when it names where it is from: "a letter from
        the regulator's chief executive, Colin Ames" (his), "a statement from the Reed
        family" (the family, in the article's words; never a Reed named before)."""
        t = self.t
        for child in t.children[document]:
            if t.dep[child] != "prep" or t.lower[child] != "from":
                continue
            for pobj in t.children[child]:
                if t.dep[pobj] == "pobj" and t.lemma[pobj] in FAMILY_NOUNS:
                    return self._phrase(pobj)
        return self._document_author(document, quote)

    def _read_for(self, document: int, quote: FoundQuote) -> str | None:
        """Whom a statement read out speaks for: "on behalf of X", "on his behalf" when
        the reader is X's ("X's solicitor read ... on his behalf"); else nobody."""
        t = self.t
        behalf = self._behalf(document)
        if behalf is None:
            return None
        for child in t.children[behalf]:
            if t.dep[child] == "prep" and t.lower[child] == "of":
                for pobj in t.children[child]:
                    if t.dep[pobj] == "pobj" and t.lemma[pobj] in FAMILY_NOUNS:
                        return self._phrase(pobj)  # "on behalf of the Harlow family"
                    if t.dep[pobj] == "pobj":
                        speaker, _ = self._resolve(pobj, quote)
                        return speaker or self._name_after(pobj)
            if t.dep[child] == "poss" and t.lower[child] in _POSSESSIVE_GENDER:
                verb = t.head[document]
                subjects = [c for c in t.children[verb] if t.dep[c] in _SUBJECTS]
                readers = subjects + [
                    c for s in subjects for c in t.children[s] if t.dep[c] == "appos"
                ]
                for reader in readers:
                    for owner in t.children[reader]:
                        if t.dep[owner] == "poss" and t.pos[owner] == "PROPN":
                            found = [
                                r
                                for r in self._by_last.get(t.lower[owner], ())
                                if r.kind == "person"
                            ]
                            speaker = (
                                found[0].name if len(found) == 1 else self._resolve(owner, quote)[0]
                            )
                            if speaker is not None:
                                return speaker
                # "His lawyer read a statement on his behalf": whom "his" stands for is
                # guessed as wrongly as any pronoun between a defendant and a prosecutor
                return None
        return None

    def _authored_before(self, source: int, quote: FoundQuote) -> str | None:
        """ "The board received a letter from its chairman, Alan Pugh. His letter read:
        ‘…’": "his letter" is the letter of that kind just named (this sentence or the
        one before, same paragraph) as a person's, when the pronoun fits that person,
        though a "he" alone would reach back to an earlier subject."""
        t = self.t
        if t.pos[source] != "NOUN" or t.lower[source] not in OWNED_WRITING_NOUNS:
            return None
        owner = next(
            (
                c
                for c in t.children[source]
                if t.dep[c] == "poss" and t.lower[c] in _POSSESSIVE_GENDER
            ),
            None,
        )
        if owner is None:
            return None
        start, _ = t.sentence_bounds(max(0, t.sent[source] - 1))
        paragraph = self._paragraph_start(t.start[source])
        for index in range(owner - 1, start - 1, -1):
            if t.start[index] < paragraph:
                return None
            if t.pos[index] != "NOUN" or t.lemma[index] != t.lemma[source] or self._inside(index):
                continue
            author = self._document_author(index, quote)
            if author is None:
                # the parser hangs "from X" on the verb ("published a letter to Lowe
                # from Graham Osei") or makes the name the letter's apposition ("a
                # letter from the head, Alan Pugh,")
                verb = t.head[index] if t.dep[index] == "dobj" else index
                froms = [
                    p
                    for c in t.children[verb]
                    if t.dep[c] == "prep" and t.lower[c] == "from"
                    for p in t.children[c]
                    if t.dep[p] == "pobj"
                ]
                apposed = [c for c in t.children[index] if t.dep[c] == "appos"]
                named = [n for n in (*froms, *apposed) if self._named_in_phrase(n) is not None]
                author = self._named_in_phrase(named[0]) if len(named) == 1 else None
            record = self._by_form.get(author) if author is not None else None
            if record is None or record.kind != "person":
                return None
            known = given_name_gender(record.name) or self._learned_gender.get(record.name)
            return None if known and known != _POSSESSIVE_GENDER[t.lower[owner]] else record.name
        return None

    def _owner_through_pronoun(self, source: int) -> str | None:
        """ "His letter read: ‘…’", "Her statement said": a person's own writing owned
        through a possessive pronoun is the words of the person that pronoun stands for
        (by the rules for "he"/"she"); None when nobody fits it."""
        t = self.t
        if t.pos[source] != "NOUN" or t.lower[source] not in OWNED_WRITING_NOUNS:
            return None
        for child in t.children[source]:
            if t.dep[child] == "poss" and t.lower[child] in _POSSESSIVE_GENDER:
                chosen, _ = self._pronoun(t.start[child], _POSSESSIVE_GENDER[t.lower[child]])
                return chosen
        return None

    def _same_document_before(self, source: int, quote: FoundQuote) -> str | None:
        """ "The committee published a letter from Graham Tait. The letter read: ‘…’":
        "the letter" is the one the sentence before (in the same paragraph) names, and
        speaks for whoever that one is from."""
        t = self.t
        if "the" not in {t.lower[c] for c in t.children[source] if t.dep[c] == "det"}:
            return None
        sentence = t.sent[source]
        if sentence == 0:
            return None
        start, _ = t.sentence_bounds(sentence - 1)
        paragraph = self._paragraph_start(t.start[source])
        for index in range(source - 1, start - 1, -1):
            if t.start[index] < paragraph and not self._opens_with_words(paragraph, source):
                return None
            if (
                t.pos[index] == "NOUN"
                and t.lemma[index] == t.lemma[source]
                and t.sent[index] < sentence
                and not self._inside(index)
            ):
                author = self._document_author(index, quote)
                following = index + 1
                if (
                    author is None
                    and following < len(t)
                    and t.lower[following] == "from"
                    and t.head[following] == t.head[index]
                ):
                    # "published a letter from Graham Tait", "from" hung on the verb
                    for pobj in t.children[following]:
                        if t.dep[pobj] == "pobj":
                            author = self._named_in_phrase(pobj)
                return author
        return None

    def _carried_on(
        self, quote: FoundQuote, earlier: list[FoundQuote], first: int, last: int
    ) -> str | None:
        """A quote with no cue of its own that simply carries on the previous one: it
        stands alone (no words of narrative around it in its sentence), it follows an
        attributed quote in the same paragraph or opens the next one, and no one else is
        named in between."""
        sentence = self.a.sentences.containing(quote.open_at)
        if sentence is not None:
            around = (
                self.text[sentence.start : quote.open_at]
                + self.text[
                    quote.close_at + 1 : min(sentence.end, quote.close_at + 1 + _CARRY_TAIL)
                ]
            )
            if any(ch.isalnum() for ch in around):
                return None
        introduced = self._introduced_by_previous_sentence(quote, earlier)
        if introduced is not None:
            return introduced
        previous = next((q for q in reversed(earlier) if q.kind != NESTED), None)
        if previous is None or previous.speaker == UNATTRIBUTED:
            return None
        between = self.text[previous.close_at + 1 : quote.open_at]
        pieces = between.split("\n")
        if any(piece.strip() for piece in pieces[1:-1]) or (len(pieces) > 1 and pieces[-1].strip()):
            return None
        # A name in the previous quote's own attribution that is not a clause's subject
        # ("said Ann Lee, head of research at Apex.", "Lee told Radio Kent.") describes
        # the speaker or the audience: it is no other speaker.
        if self._another_after(quote, previous.speaker):
            return None
        attribution = self.a.sentences.containing(previous.close_at)
        attribution_end = attribution.end if attribution is not None else previous.close_at
        index = bisect_left(self._named_starts, previous.close_at)
        while index < len(self.named) and self.named[index].start < quote.open_at:
            named = self.named[index]
            same = named.name == previous.speaker or same_person(
                _strip_name(named.name), previous.speaker, named.kind
            )
            if not same and self._titles_the_next(index, previous.speaker):
                same = True  # "Treasury Secretary Lena Ortiz": her title, no one else
            if not same and named.start < attribution_end and self._body_of_a_post(named):
                same = True  # "…,’ added the ATSB chief commissioner.": whose post
            if not same and (named.subject or named.question or named.start >= attribution_end):
                return None
            index += 1
        return previous.speaker

    def _introduced_by_previous_sentence(
        self, quote: FoundQuote, earlier: list[FoundQuote]
    ) -> str | None:
        """ "Dr Ann Lee, a hydrologist, said the loss mattered. “Glaciers are ...”": a
        quote standing alone right after a sentence whose main verb is speech with a
        named subject (and no quote of its own) is that speaker's."""
        t = self.t
        sentence = self.a.sentences.containing(quote.open_at)
        if sentence is None or sentence.start == 0:
            return None
        before = self.a.sentences.containing(sentence.start - 1)
        if before is None:
            # the previous paragraph's last sentence, if only a paragraph break lies between
            gap_end = sentence.start
            while gap_end > 0 and self.text[gap_end - 1].isspace():
                gap_end -= 1
            before = self.a.sentences.containing(gap_end - 1) if gap_end else None
            if before is None or self.text[before.end : sentence.start].count("\n") > 2:
                return None
        if any(before.start <= q.close_at < before.end for q in earlier[-3:]):
            return None  # it has a quote of its own: the carry-on rule decides
        if before.end > self.a.parsed_until:
            return None
        for index in t.between(before.start, before.end):
            if t.dep[index] == "ROOT" and t.lemma[index] in SPEECH_LEMMAS and self._is_cue(index):
                source = self._source(index)
                if source is None or t.lower[source] in _PRONOUN_GENDER:
                    return None
                speaker, _ = self._resolve(source, quote)
                return speaker
        if "\n" in self.text[before.end : quote.open_at] and not _THIRD_PERSON.search(quote.text):
            # (a quote speaking of "her" or "him" may be someone else's about them:
            # "Ann Lee was unconscious. ¶ ‘She was not breathing.’")
            return self._stance_of(before)
        return None

    def _resolve(self, source: int, quote: FoundQuote | None) -> tuple[str | None, list[str]]:
        """The actor a source token names, and the names the article's attribution
        allows for it (the resolved one first) when it names no one itself (`quote`
        None: a source read for what a later pronoun stands for)."""
        t = self.t
        if t.lower[source] in ("who", "which", "that") and t.dep[t.head[source]] == "relcl":
            relative = t.lower[source]
            source = t.head[t.head[source]]  # "Rovers, which called it ...": Rovers
            if relative == "who":
                source = self._person_who_hangs_above(source)
        if self._is_demonym_of_one(source):
            # "the Dutchman said": the person given that word, never a body of that name;
            # given to nobody, read like a pronoun of either gender
            by_word = self._person_by_role(t.start[source], {t.lower[source]}, set())
            if by_word[0] is None:
                national = self._person_of_nationality(t.start[source], t.text[source])
                if national is not None:
                    return national, [national]
            if by_word[0] is None and quote is not None:
                return self._speaker_read_back(t.start[source], t.text[source])
            return by_word
        state_body = self._state_body(source)
        if state_body is not None:
            return state_body, [state_body]  # "Russia's foreign ministry said"
        dateline = (
            t.text[source].isupper()
            and len(t.text[source]) > 2
            and source + 1 < len(t)
            and t.text[source + 1] == ","
            and (source == 0 or t.sent[source - 1] != t.sent[source])
        )
        if t.ent[source] in (GPE, "LOC") or dateline:
            # "Lagos, Nov 3 (NAN) Kano governor Abba Yusuf, on Friday said": an agency's
            # dateline the parser made the subject, the person in apposition to the
            # place (a place stands in apposition to no one; round 23), or to the post
            # in apposition to it ("LAGOS, June 3 (Reuters) - Nigeria's finance
            # minister, Wale Edun, said"; round 29)
            # (down the appositions, past the agency's name: "MUMBAI, Feb 1 (Reuters) -
            # India's finance minister, Nirmala Rao, said"; three steps at most)
            frontier = [source]
            for _ in range(3):
                step = [
                    c
                    for node in frontier
                    for c in t.children[node]
                    if t.dep[c] == "appos" and c > node
                ]
                people = [c for c in step if t.ent[c] == PERSON]
                if people:
                    person = self._named_in_phrase(people[0])
                    if person is not None:
                        return person, [person]
                    break
                frontier = [c for c in step if t.pos[c] in ("NOUN", "PROPN")][:4]
        spokesman = self._spoke_through_its(source)
        if spokesman is not None:
            return spokesman, [spokesman]
        if t.pos[source] == "NOUN":
            # "The charity's head of policy for England and Wales, Meena Shah, said": the
            # person named in apposition, before any place in the post's own phrase
            # (round 29)
            apposed = self._name_apposed_to_subject(source)
            if apposed is not None:
                return apposed, [apposed]
        named = self._named_in_phrase(source)
        if named is not None:
            return named, [named]
        apposed = self._name_apposed_to_subject(source)
        if apposed is not None:
            return apposed, [apposed]
        word = t.lower[source]
        position = t.start[source]
        # "the congress said": a common noun in lower case the tagger called proper
        # (round 18)
        common = t.pos[source] == "NOUN" or (t.pos[source] == "PROPN" and t.text[source].islower())
        if common:
            following = self._name_after(source)
            if following is not None:
                return following, [following]
        if word in _PRONOUN_GENDER:
            chosen, candidates = self._pronoun(position, _PRONOUN_GENDER[word])
            if (
                chosen is not None
                and quote is not None
                and self._kin_roles(chosen, position) & _kin_spoken_of(quote.text)
            ):
                # "Platt's father, Keith, ... ‘Dad never missed a match,’ he said": who
                # speaks of their dad is not the father, but the one whose father the
                # article made him (Platt), when the pronoun fits them; else nobody.
                others = [c for c in candidates if c != chosen]
                owner = self._kin_owner(chosen, position, _PRONOUN_GENDER[word])
                shared = self._kin_roles(chosen, position) & _kin_spoken_of(quote.text)
                if (
                    owner is None
                    and shared <= SYMMETRIC_KIN_NOUNS
                    and self._said_last(chosen, position)
                ):
                    # "Kaval's brother, Mahesh Kaval, said ... ‘My brother had never
                    # ...,’ he said": a brother speaks of his brother (round 25)
                    return chosen, candidates
                return (owner, [owner, *others]) if owner is not None else (None, others)
            return chosen, candidates
        if word in _ORG_PRONOUNS:
            return self._body_it_stands_for(source)
        if word == "one" and not any(t.lower[c] == "of" for c in t.children[source]):
            group = self._group_of_one(source)
            if group is not None:
                return group, [group]
        if t.pos[source] == "PRON":
            return None, []
        age = self._age_of_description(source)
        if age is not None:
            aged = {
                (self._by_form.get(m.name) or m).name
                for m in self._earlier(position)
                if m.kind == "person" and age in m.roles
            }
            if len(aged) > 1:
                return None, sorted(aged)  # "Gary Pound, 47, and Lee Crane, 47, ..."
            by_age = self._person_by_role(position, {age}, set())
            if by_age[0] is None:
                by_age = self._unaged_person(position, age)
                if by_age[0] is not None and self._aged_next(source, age) - {by_age[0]}:
                    # "‘…,’ the 27-year-old said. Pryor, 27, lost ...": the next
                    # sentence gives that age to someone else, who is meant
                    by_age = None, []
            if by_age[0] is None and quote is not None:
                brought = self._brought_in_next(source)
                if brought is not None:
                    by_age = brought, [brought]
            if by_age[0] is not None and quote is not None:
                self._described_ages.setdefault(by_age[0], age)
            return by_age
        referred = self._referred_back(source, position)
        if referred is not None:
            return referred
        kin = self._kin_of_named(source) or self._family_of(source)
        if kin is not None:
            return kin, [kin]
        later = self._kin_named_later(source)
        if later is not None:
            return later, [later]
        if common:
            # "a spokeswoman for the ministry", "a statement from the club"
            if word in SPOKESPERSON_NOUNS:
                for child in t.children[source]:
                    if t.lower[child] in ("for", "of", "from", "at"):
                        for pobj in t.children[child]:
                            found = (
                                self._coordinated_body(pobj)
                                or self._named_in_phrase(pobj)
                                or self._state_body(pobj)
                            )
                            if found is None and t.pos[pobj] == "NOUN":
                                found = self._body_apposed(pobj)
                            if found is None and t.lower[child] == "for":
                                found = self._body_spoken_for(child, pobj)
                            if found is None and t.pos[pobj] == "NOUN":
                                # "a spokesman for the council": the body named before
                                pobj_determiners = {
                                    t.lower[c] for c in t.children[pobj] if t.dep[c] == "det"
                                }
                                if pobj_determiners == {"the"}:
                                    found, _ = self._organization(position, t.lemma[pobj])
                                    if found is None and t.lemma[pobj] in COMPANY_NOUNS:
                                        found = self._business_that_spoke(position)
                                        if found is None:
                                            # not the union or council that spoke last
                                            return None, [self._phrase(source)]
                            if found is not None:
                                return found, [found]
            if self._personal(source):
                # "Campaigners from the group Rivers Alive said": the people of an
                # organization named after "from", "for" or "at" speak for it, its
                # public at it ("parents at Oakfield Primary") not.
                public = t.lemma[source] in CLIENT_NOUNS
                for child in t.children[source]:
                    if t.lower[child] in ("for", "from") or (t.lower[child] == "at" and not public):
                        for pobj in t.children[child]:
                            found = self._named_in_phrase(pobj)
                            record = self._by_form.get(found) if found else None
                            if record is not None and record.kind != "person":
                                return record.name, [record.name]
            determiners = {t.lower[c] for c in t.children[source] if t.dep[c] in ("det", "poss")}
            if not determiners and (
                word in SPOKESPERSON_NOUNS or t.lemma[source] in SPOKESPERSON_NOUNS
            ):
                # "A Devon and Cornwall Police spokesperson": the article "A" hung on "Devon"
                determiners = {
                    t.lower[d]
                    for c in t.children[source]
                    if t.dep[c] in ("nmod", "compound") and c < source
                    for d in t.children[c]
                    if t.dep[d] == "det"
                }
            if determiners == {"its"} and (
                word in SPOKESPERSON_NOUNS or t.lemma[source] in SPOKESPERSON_NOUNS
            ):
                # "Halvard Bank said ... Its spokesman said": the body "its" stands for
                return self._body_it_stands_for(source)
            if determiners & {"a", "an", "one", "another", "some"} or any(
                t.lower[c] == "one" and t.dep[c] == "nummod" for c in t.children[source]
            ):
                return self._described(source, position, quote.open_at if quote else -1)
            # "Organisers of the Kestrel Festival said": people described, not named.
            if (
                not determiners
                and t.tag[source] == "NNS"
                and self._personal(source)
                and any(t.lower[c] == "of" for c in t.children[source])
            ):
                phrase = self._phrase(source, complement=True)
                return phrase, [phrase]
            if word in _PERSONAL_NOUNS or t.lemma[source] in _PERSONAL_NOUNS:
                modifiers = {
                    t.lower[c] for c in t.children[source] if t.dep[c] in ("compound", "amod")
                }
                by_role = self._person_by_role(position, {word, t.lemma[source]}, modifiers)
                if by_role[0] is None and determiners == {"the"}:
                    earlier = self._introduced_as(source)
                    if earlier is not None:
                        return self._resolve(earlier, quote)
                    return self._titled_before_or_next(source)
                if by_role[0] is None:
                    office = self._office_of_country(source)
                    if office is not None:
                        return office, [office]  # "Norway's transport minister said"
                return by_role
            if determiners == {"the"} and self._personal(source):
                earlier = self._introduced_as(source)
                if earlier is not None:
                    return self._resolve(earlier, quote)
                # "Pensioner Ann Lee, 71, ... the pensioner added": her described so
                modifiers = {
                    t.lower[c] for c in t.children[source] if t.dep[c] in ("compound", "amod")
                }
                by_role = self._person_by_role(position, {word, t.lemma[source]}, modifiers)
                if by_role[0] is not None:
                    return by_role
            if (
                determiners & {"the", "its", "their"}
                and t.lemma[source] in BODY_STAFF_NOUNS
                and t.lemma[source] not in SPOKESPERSON_NOUNS
                and t.tag[source] == "NN"
            ):
                # "the Chelsea boss said", "the bank's founder said": one person of the
                # body, never the body itself: the one the article gave that post, or
                # nobody (round 22, lead)
                modifiers = {
                    t.lower[c] for c in t.children[source] if t.dep[c] in ("compound", "amod")
                }
                by_role = self._person_by_role(position, {word, t.lemma[source]}, modifiers)
                if by_role[0] is None and determiners == {"the"}:
                    # "Its chief executive, Helen Marsh, said ... The boss added": the one
                    # given a title just before
                    by_role = self._titled_before_or_next(source)
                holder = self._by_form.get(by_role[0]) if by_role[0] is not None else None
                if by_role[0] is not None and (holder is None or holder.kind == "person"):
                    return by_role
                return None, [self._phrase(source)]
            if determiners & {"the", "its", "their"} or not determiners:
                if self._name_describing_a_person_noun(source):
                    # "the Kerry veteran said": not the county, and not a "veteran" inside
                    # this very phrase; the one the article gave the post before it
                    opening = min(c for c in t.children[source] if t.dep[c] == "det")
                    given = self._person_given_post(t.start[opening], {word, t.lemma[source]})
                    return given if given[0] is not None else (None, [self._phrase(source)])
                body = self._organization(position, t.lemma[source])
                if body[0] is None and determiners == {"the"} and _role_back(t.lemma[source]):
                    # "Maybury's agent, Ray Colquhoun, ... ‘…,’ the agent said": a noun of
                    # a person the article gave that role
                    body = self._person_by_role(position, {word, t.lemma[source]}, set())
                if (
                    body[0] is None
                    and determiners == {"the"}
                    and t.tag[source] == "NN"
                    and t.lemma[source] not in _BODY_WORDS | COMPANY_NOUNS
                ):
                    # "Thandi Nkosi, an architect, ... ‘…,’ the architect said", "vet
                    # Aoife Ryan ... the vet said": a noun the article gave a person as
                    # her post, whatever word lists hold it (round 29)
                    body = self._person_given_post(position, {word, t.lemma[source]})
                if body[0] is None and determiners == {"the"} and t.lemma[source] in COMPANY_NOUNS:
                    business = self._business_named_just_before(position)
                    if business is not None:
                        return business, [business]
                if (
                    body[0] is None
                    and determiners == {"the"}
                    and t.lemma[source] not in HEADED_UNIT_NOUNS | _BODY_WORDS
                ):
                    # (a body's own noun is no one's title: "The committee's report
                    # found ‘…’. Committee chair Ann Lee said" is not her; round 30)
                    return self._titled_before_or_next(source)
                return body
        return None, []

    def _person_given_post(self, position: int, nouns: set[str]) -> tuple[str | None, list[str]]:
        """ "Thandi Nkosi, an architect from Durban, ... the architect said", "vet Aoife
        Ryan ... the vet said": the nearest person named before whose own apposition or
        title is that noun (read from the parse at the name, not from the words near it,
        which may be anyone's: "the committee found that Silver Dunlin"; round 29)."""
        t = self.t
        for mention in self._earlier(position):
            if mention.kind != "person" or not mention.roles & nouns:
                continue
            token = t.at(mention.start)
            if token < 0:
                continue
            heads = self._name_heads(token)
            root = heads[0]
            while t.dep[root] in ("compound", "flat") and t.head[root] != root:
                root = t.head[root]
            posts = [h for h in heads[1:] if t.pos[h] == "NOUN"]
            posts += [
                c
                for c in t.children[root]
                if t.pos[c] == "NOUN"
                and (t.dep[c] == "appos" or (t.dep[c] == "compound" and c < root))
            ]
            if any({t.lower[p], t.lemma[p]} & nouns for p in posts):
                name = self._materialize(mention)
                return name, [name]
        return None, []

    def _places_of_a_post(self, post: int, first: int, stop: int, verb: int) -> bool:
        """ "Its regional director for Yorkshire and the Humber, Lorraine Petch, said",
        however the parser tore it: a post of a person that is its verb's subject, then
        "for" or "in" and only capitalized places (no given name), "the", "and" and
        commas up to the comma before the name, whose closing comma the verb follows
        (round 29). The tokens between the post and the name only."""
        t = self.t
        if (
            not (t.lower[post] in _PERSONAL_NOUNS or t.lemma[post] in _PERSONAL_NOUNS)
            or post + 2 >= first - 1
            or t.lower[post + 1] not in ("for", "in")
            or not (stop + 1 == verb and t.pos[verb] in ("VERB", "AUX"))
        ):
            return False
        for index in range(post + 2, first - 1):
            if t.lower[index] in ("the", "and", ","):
                continue
            if (
                t.pos[index] != "PROPN"
                or not t.text[index][:1].isupper()
                or given_name_gender(t.text[index]) is not None
            ):
                return False
        return True

    def _name_apposed_to_subject(self, source: int) -> str | None:
        """ "Its spokeswoman in Geneva, Olena Kovalchuk, said: ‘…’", "Its regional
        director for Yorkshire, Lorraine Petch, said": the person named between commas
        after the subject's phrase, which the parser hung on a word of that phrase (the
        subject is that person, not the body "its" stands for). A few tokens ahead."""
        t = self.t
        if t.pos[source] != "NOUN" or t.dep[source] not in ("nsubj",):
            return None
        # (between the subject and its own verb: "said the tricycle driver. The parish
        # priest of Santa Lucia, Father Jun Dimaculangan, opened ..." is another's)
        verb = t.head[source]
        end = min(len(t), source + _APPOSED_SCAN, verb)
        # the comma before the name: the first, or a later one when the post's own
        # phrase lists places ("for Europe, the Middle East and Africa, Jonas Berg,")
        first = stop = -1
        for comma in range(source + 1, end):
            if t.text[comma] != ",":
                continue
            first = stop = comma + 1
            while stop < end and t.pos[stop] == "PROPN":
                stop += 1
            if stop - first >= 2 and stop < len(t) and t.text[stop] == ",":
                break
            first = -1
        if first < 0:
            return None
        if self._inside(first) or not (
            _apposed_to_subject(t, first, stop) or self._places_of_a_post(source, first, stop, verb)
        ):
            return None
        words = list(t.text[first:stop])
        while len(words) > 2 and words[0].casefold().rstrip(".") in _TITLE_WORDS:
            words = words[1:]  # "Captain Emeka Obiora": the rank before the name
        entity = t.entity(stop - 1)
        if not (entity is not None and entity.label == PERSON) and not (
            name_shaped(words) and given_name_gender(words[0]) is not None
        ):
            return None
        # the name as written ("Moana Reti-Harding", never "Reti - Harding")
        name = self.text[t.start[stop - len(words)] : t.end[stop - 1]]
        record = self._actor_for(name, PERSON, t.start[stop - len(words)])
        return record.name if record is not None and record.kind == "person" else None

    def _body_spoken_for(self, preposition: int, pobj: int) -> str | None:
        """ "A spokeswoman for Ofwat said", "a spokesperson for Harlan County said": a
        name right after "for" that the recognizer calls a place or nothing is, with a
        spokesperson speaking for it, a body (a council, a regulator): that body. Never
        a person's name ("a spokesman for Ruth Kelly", "for Mr Obi") nor a country or a
        people's word (who speaks "for Nigeria" is an official, not named)."""
        t = self.t
        if t.pos[pobj] != "PROPN" or self._inside(pobj):
            return None
        first = pobj
        while first - 1 > preposition and t.pos[first - 1] == "PROPN" and t.head[first - 1] == pobj:
            first -= 1
        if first != preposition + 1 or pobj - first > 4:
            return None
        after = t.lower[pobj + 1] if pobj + 1 < len(t) else ""
        if after in ("'s", "’s", "and", "&"):
            return None  # "a spokesman for Ofwat's board", "for Smith and Jones"
        entity = t.entity(pobj)
        if entity is not None and (
            entity.label not in (GPE, "LOC", "FAC")
            or entity.first_token != first
            or entity.last_token != pobj + 1
        ):
            return None
        words = list(t.text[first : pobj + 1])
        if (
            not all(w[:1].isupper() for w in words)
            or words[0].casefold().rstrip(".") in _TITLE_WORDS
            or given_name_gender(words[0]) is not None
            or demonym_country(words[-1]) is not None
            or " ".join(words) in country_names()
            or " ".join(words) in CAPITAL_CITIES
        ):
            return None
        record = self._actor_for(" ".join(words), ORG, t.start[first])
        return record.name if record is not None and record.kind == "organization" else None

    def _referred_back(self, source: int, position: int) -> tuple[str | None, list[str]] | None:
        """ "the father-of-two said" (read like a "he"), "the teenager said" (the one
        person given an age in that range), "the Croatian said" (the person the article
        gave that word): someone referred back to by a description. None when the
        source is no such description."""
        t = self.t
        if {t.lower[c] for c in t.children[source] if t.dep[c] == "det"} != {"the"}:
            return None
        lemma = t.lemma[source]
        if lemma in PARENT_GENDER and _FAMILY_OF.match(self.text, t.start[source]):
            return self._pronoun(position, PARENT_GENDER[lemma])
        if lemma in AGE_GROUP_NOUNS and t.tag[source] == "NN":
            low, high = AGE_GROUP_NOUNS[lemma]
            aged = {
                mention.name
                for mention in self._earlier(position)
                if mention.kind == "person"
                and any(r.isdigit() and low <= int(r) <= high for r in mention.roles)
            }
            if len(aged) != 1:
                return None, []
            name = self._materialize(next(m for m in self._earlier(position) if m.name in aged))
            return name, [name]
        if t.ent[source] == NORP and t.tag[source] in ("NNP", "NN", "JJ"):
            by_word = self._person_by_role(position, {t.lower[source]}, set())
            # "the Norwegian said" for someone given no such word: read like a pronoun
            if by_word[0] is not None:
                return by_word
            return self._speaker_read_back(position, t.text[source])
        return None

    def _speaker_read_back(self, position: int, word: str) -> tuple[str | None, list[str]]:
        """ "Tomas Berg ... said his opponent had deserved it. ¶ ‘…,’ the Norwegian
        said": a description given to nobody, read like a pronoun of either gender
        (`_unaged_person`), only when the one it names has spoken or said something
        before, or is the one person the text brought in since (`_alone_since`): "Tom
        Hale beat a qualifier. ‘…,’ the Dutchman said" is the qualifier; and never
        someone the article tied to another country ("Welshman Rhys Pugh beat ... ‘…,’
        the Scot said" is not Pugh), nor when two were given that nationality."""
        name, candidates = self._unaged_person(position, None)
        if name is None:
            return None, []
        country = demonym_country(word)
        if country is not None and (
            self._countries_of(name, position) - {country}
            # "Croatia's Luka Brnic beat Croatia's Ante Vidak": given to two
            or sum(1 for at in self._nationality_marks_of(country) if at < position) > 1
        ):
            return None, []
        if any(
            self._materialize(m) == name and (self._says(m) or self._has_spoken(m))
            for m in self._earlier(position)
        ) or self._alone_since(name, position):
            return name, candidates
        return None, []

    def _description_read_back(
        self, position: int, described: frozenset[str], candidates: list[str]
    ) -> tuple[str | None, list[str]]:
        """ "Lungi Mbeki took four wickets. ‘…,’ the seamer said", "Hultgren took the
        loss. ¶ ‘…,’ the left-hander said": a description given to nobody, read like a
        pronoun of either gender, only when the one it names has spoken or said
        something before, or is the one person the text brought in since, and holds no
        post on another side of the story ("Manager Gavin Threlfall ... ‘…,’ the
        defender said" is not him; round 27)."""
        name, found = self._unaged_person(position, None, any_age=True)
        if name is None:
            return None, candidates
        posts = {
            role
            for m in self._earlier(position)
            if self._materialize(m) == name
            for role in m.roles
        }
        record = self._by_form.get(name)
        if record is not None and record.role:
            posts |= set(record.role.casefold().split())
        if on_other_sides(described, posts):
            return None, candidates
        if any(
            self._materialize(m) == name and (self._says(m) or self._has_spoken(m))
            for m in self._earlier(position)
        ) or self._alone_since(name, position):
            return name, found
        return None, candidates

    def _unaged_person(
        self, position: int, age: str | None, *, any_age: bool = False
    ) -> tuple[str | None, list[str]]:
        """ "Saltcote boss Ivor Penhallow did not hide his anger. ‘…,’ said the
        51-year-old": an age the article gave nobody refers, like a pronoun, to the
        nearest named person, when the pronoun of either gender would name the same one
        and the article gives that person no other age (`age` None: "the teenager",
        "the Norwegian", given to nobody: a person given no age at all)."""
        # The "she" reading sees what the "he" reading taught (as one pronoun after
        # another would); a guess by age keeps none of it, and undoes only its own keys.
        taught: list[str] = []
        named = [self._pronoun(position, gender, taught=taught)[0] for gender in ("m", "f")]
        for key in taught:
            self._learned_gender.pop(key, None)
        found = {name for name in named if name is not None}
        if len(found) == 2:
            # "Saltcote boss Ivor Penhallow did not hide his anger. ‘…,’ said the
            # 51-year-old": of a "he" and a "she" reading, the one named in the quote's
            # own paragraph, when only one is
            paragraph = self._paragraph_start(position)
            here = found & {
                self._materialize(m) for m in self._earlier(position) if m.start >= paragraph
            }
            if not here and paragraph > 0:
                # or the one who is a subject in the paragraph just before, when only one
                # is ("Captain Liam Ross ... said the squad was shocked. ‘…,’ the
                # 33-year-old defender said")
                # and the other reading's person said nothing before (in the article's
                # words or a quote): a man and a woman who both spoke stay a guess
                before = self._paragraph_before(paragraph)
                earlier = list(self._earlier(position))
                here = found & {
                    self._materialize(m)
                    for m in earlier
                    if before <= m.start < paragraph and m.subject and not m.reported
                }
                others = found - here
                if any(
                    self._materialize(m) in others and (self._says(m) or self._has_spoken(m))
                    for m in earlier
                ):
                    here = set()
            found = here
        if len(found) != 1:
            return None, []
        (name,) = found
        ages = {
            role
            for mention in self._earlier(position)
            if mention.name == name
            for role in mention.roles
            if role.isdigit()
        }
        if age is not None and name in self._described_ages:
            ages.add(self._described_ages[name])
        if not any_age and (ages - {age} if age is not None else ages):
            return None, []
        return name, [name]

    def _pronoun(
        self, position: int, gender: str, *, taught: list[str] | None = None
    ) -> tuple[str | None, list[str]]:
        """The nearest named person before a "he"/"she" whose gender (when the article
        shows it) fits; an unnamed person in between ("a witness said") wins, and then
        nobody is named."""
        candidates: list[str] = []
        chosen: str | None = None
        unnamed, described = self._unnamed_person_before(position, gender)
        if described is not None:
            return described, [described]  # "The chairman hit back. ... he said"
        fitting: list[_Named] = []
        passed: list[_Named] = []  # nearer people of the other gender passed over
        looking_back: bool | None = None  # asked only when someone named has died
        unknown_at = bisect_left(self._unknown_name_subjects, position) - 1
        # "Emeka Eze travels ...": a name-shaped subject the recognizer did not find
        unknown_name = self._unknown_name_subjects[unknown_at] if unknown_at >= 0 else -1
        for mention in self._earlier(position):
            if mention.start < unknown_name:
                break
            if self._person_shaped_body(mention):
                if self._watching_verb(mention) is not None:
                    continue  # "Sam Eze watched as Dan Obi was led away": the one watched
                # "..., with Unite's Nadia Shah walking out. ‘…,’ she said": a subject
                # the recognizer took for a body may be the one meant; nobody further
                # back is credited past it.
                break
            if mention.kind == "person" and self._one_word_after_the(mention):
                continue  # "The Sharks signed lock Pieter Botha": a side, no "he" (round 25)
            if mention.kind == "person" and self._speaks_through_its(mention):
                continue  # "Karoo Mining, through its chief executive, ...": a body (round 26)
            known = mention.gender or self._learned_gender.get(mention.name)
            if mention.kind == "person" and known and known != gender:
                if not fitting:
                    passed.append(mention)
                continue
            if mention.kind != "person":
                continue
            if unnamed is not None and mention.start < unnamed:
                break
            if unnamed is not None and mention.reported:
                continue  # spoken of by the unnamed one who reports it, not the speaker
            if mention.question == "asker":
                continue  # "Asked by Ann Lee: ‘…?’, he replied": not the one who asks
            if self._died(self.t.at(mention.start)):
                if looking_back is None:
                    looking_back = self._own_past_words(position, gender)
                if not looking_back:
                    continue  # "Her daughter Ada died a day later. ‘…,’ she said"
            fitting.append(mention)
        if not fitting:
            return None, []
        # The one asked ("asked Ann Lee: ...?", she said) or the nearest named subject or
        # speaker ("Ann Lee said ..."); a person only mentioned (an object, an owner)
        # is not who "she" is.
        # The subject of what a fitting person reports in the same sentence ("Lee told
        # the inquiry that Reed had ignored her. ‘…,’ she said") is passed over for the
        # one who reports it.
        sentences = {m.start: self.t.sent[max(0, self.t.at(m.start))] for m in fitting}
        reporters = {sentences[m.start] for m in fitting if m.subject and not m.reported}
        # "She said a loss adjuster, Ellen Marsh, had visited": a woman a "she" reports
        # on is spoken of by that "she", who is the one a later "she" goes on with.
        reporters |= {
            sentences[m.start]
            for m in fitting
            if m.reported and self._reported_by_pronoun(m, gender)
        }
        nearest_outside = next(
            (m for m in fitting if not self._in_relative_clause(m, ("relcl",))), None
        )
        first = next(
            (m for m in self._asked_nearest(fitting[:_PRONOUN_REACH])),
            next(
                (
                    m
                    for m in fitting
                    if (
                        m.subject
                        and not (m.reported and sentences[m.start] in reporters)
                        and not self._subject_beside_a_main_one(m, fitting)
                    )
                    or self._has_spoken(m)
                    # "The inquest heard from Dr Ian Moss. He said": the nearest only
                    # (past those named only in its relative clause: "heard from nurse
                    # Linda Park, who had cared for patient Rose Hill"; round 23)
                    or (m is nearest_outside and self._heard_from(m))
                    # "The Herald caught up with his agent, Colm Reddy. ‘…,’ he said"
                    # (round 29)
                    or (m is nearest_outside and self._reached_by_the_press(m))
                ),
                None,
            ),
        )
        if (
            first is None
            and len(fitting) == 1
            and self._sole_agent_of_the_subject(fitting[0], position)
        ):
            first = fitting[0]  # "The survey, led by Dr Ann Lee, found ‘…,’ she said"
        watcher = self._watcher_of(first, fitting) if first is not None else None
        if watcher is not None:
            first = watcher  # "Her brother, Tom Reilly, watched as Dan Moore was led away"
        if (
            first is None
            or self._kept_silent(first, position)
            or self._patient_reported_by_a_body(first)
            or self._beside_a_patient(first, position)
            or self._coordinated_peer(first, fitting, gender)
            or (watcher is None and self._other_main_subject(first, fitting))
            or self._met_in_the_same_sentence(first, fitting)
            or self._described_as_anothers(first, fitting, gender)
            or self._spoken_of_before_a_speaker(first, fitting, position)
            or self._owner_of_the_gender_between(first, fitting, gender)
            or self._met_since(first, fitting, gender)
            or self._agent_in_the_pronouns_sentence(first, fitting, position)
            or self._watched_by_another(first, fitting)
        ):
            return None, [self._materialize(m) for m in fitting[:_MAX_CANDIDATES]]
        speaker_passed = any(
            m.subject
            and not m.reported
            and (self._has_spoken(m) or self._says(m))
            and self._paragraph_start(m.start) > self._paragraph_start(first.start)
            for m in passed
        )
        # "Joss Ebrahimi ... he said. ¶ In her memoir, she wrote": past a later
        # paragraph's speaker a "she" reaches a name of untold gender while one told to
        # be a "she" is in reach: either may be meant, so nobody is.
        if (
            speaker_passed
            and not (first.gender or self._learned_gender.get(first.name))
            and any(
                m.name != first.name and (m.gender or self._learned_gender.get(m.name)) == gender
                for m in fitting[:_MAX_CANDIDATES]
            )
        ):
            return None, [self._materialize(m) for m in fitting[:_MAX_CANDIDATES]]
        for mention in [first, *fitting]:
            name = self._materialize(mention)
            if name not in candidates:
                candidates.append(name)
            if chosen is None:
                chosen = name
        if chosen is not None:
            # A "she" that stands for a name tells that name's gender to later pronouns.
            for key in (chosen, first.name):
                if key not in self._learned_gender:
                    self._learned_gender[key] = gender
                    if taught is not None:
                        taught.append(key)
        return chosen, candidates

    def _unnamed_person_before(
        self, position: int, gender: str | None = None
    ) -> tuple[int | None, str | None]:
        """Where the nearest "a witness"/"the chairman" subject stands before
        `position` (in the lookback), when it is nearer than any named person; and who
        it is, for a definite role the article gave a named person earlier ("the
        chairman"), or for someone unnamed who spoke ("A resident said ... ‘…,’ she
        said": the resident; "An Apex spokesman said": Apex)."""
        t = self.t
        here = t.at(position)
        floor = max(0, position - _LOOKBACK_CHARS)
        nearest_named = next((n for n in self._earlier(position) if n.kind == "person"), None)
        stop = nearest_named.start if nearest_named else floor
        if (
            nearest_named is not None
            and (nearest_named.reported or not nearest_named.subject)
            and t.at(nearest_named.start) >= 0
        ):
            # "A senior diplomat said Lisbon was ready to walk away", "A friend of Ann
            # Lee said": a name spoken of in what someone reports, or only mentioned in
            # their sentence, does not hide the one who speaks.
            opening, _ = t.sentence_bounds(t.sent[t.at(nearest_named.start)])
            stop = max(floor, t.start[opening] - 1)
        index = here - 1
        steps = 0
        while index >= 0 and t.start[index] > stop and steps < 400:
            if (
                t.dep[index] in _SUBJECTS
                and t.pos[index] == "NOUN"
                and t.tag[index] != "NNS"  # "the men grabbed ...": not a "he"
                and t.entity(index) is None
                and not self._inside(index)
                # "A spokeswoman for the club said the coach was unwell. ‘…,’ she said":
                # someone spoken of in what another reports is not who speaks next
                and self._reporter(t.start[index]) is None
                # "Kilbride fans": a name modifying the noun ("One dissident" counts;
                # "An Apex spokesman" is someone who speaks for Apex; "a senior
                # European diplomat" is someone unnamed, the nationality no name)
                and (
                    t.lower[index] in SPOKESPERSON_NOUNS
                    or not any(
                        t.entity(c) and t.ent[c] not in ("CARDINAL", "ORDINAL", "NORP")
                        for c in t.children[index]
                    )
                )
            ):
                determiners = {t.lower[c] for c in t.children[index] if t.dep[c] in ("det", "poss")}
                indefinite = determiners & {"a", "an", "another"} or any(
                    t.lower[c] == "one" and t.dep[c] == "nummod" for c in t.children[index]
                )
                personal = t.lower[index] in _PERSONAL_NOUNS or t.lemma[index] in _PERSONAL_NOUNS
                # "The commander of a unit ..." introduces someone; "the chairman" alone
                # refers back to a named one.
                described = any(
                    t.dep[c] in ("prep", "acl", "relcl") and c > index for c in t.children[index]
                )
                if (
                    personal
                    and not described
                    and determiners & {"the", "his", "her", "its", "their"}
                ):
                    modifiers = {
                        t.lower[c] for c in t.children[index] if t.dep[c] in ("compound", "amod")
                    }
                    name, _ = self._person_by_role(
                        t.start[index], {t.lower[index], t.lemma[index]}, modifiers
                    )
                    if name is None and not modifiers:
                        # "captain Joe Mbeki ... The defender said: ‘…’ ... he added"
                        name, _ = self._titled_just_named(index)
                    if name is None and not modifiers and here >= 0:
                        # "The coroner said ... ‘…,’ she said. Senior coroner Dr Naomi
                        # Blaise recorded ...": named only by the sentence after
                        name = self._titled_in_sentence(index, t.sent[here] + 1)
                    if name is not None:
                        return t.start[index], name
                # Someone unnamed brought in as a clause's subject ("A man was later
                # arrested. He told officers: ‘…’") may be who the pronoun stands for:
                # nobody named is.
                head = t.head[index]
                speaks = t.lemma[head] in SPEECH_LEMMAS and (t.dep[head] == "ROOT" or described)
                if indefinite and self._personal(index):
                    spoken_for = self._unnamed_speaker(index, gender)
                    if spoken_for is None and speaks:
                        spoken_for = self._unnamed_in_paragraph(index, position, gender)
                    return t.start[index], spoken_for
                if determiners == {"the"} and speaks and not described:
                    # "A spokeswoman said: ‘…’ ¶ The spokeswoman said ... ¶ She added
                    # that ...": the spokesperson brought in before, for their body
                    spoken_for = self._unnamed_speaker(index, gender)
                    if spoken_for is not None:
                        return t.start[index], spoken_for
                if (
                    speaks
                    and determiners == {"the"}
                    and self._personal(index)
                    and t.tag[index] == "NN"
                    and index + 1 < len(t)
                    and t.text[index + 1] == ","
                    and not any(
                        t.dep[c] in ("prep", "acl") and c > index for c in t.children[index]
                    )
                ):
                    # "Nadia Shah has spent six years ... The marine ecologist, whose
                    # contract ends in July, said ... ‘…,’ she said": a description set
                    # off by commas goes back to the one it describes (a clause after a
                    # comma adds to it; "The man who found her said" brings someone in),
                    # read as the description itself is (round 30)
                    name, _ = self._description_read_back(
                        t.start[index], frozenset({t.lower[index]}), []
                    )
                    known = self._learned_gender.get(name) if name is not None else None
                    if name is not None and (gender is None or known in (None, gender)):
                        return t.start[index], name
                # Someone unnamed introduced as a speaker ("The commander of a unit
                # said ...", "the report noted") takes the pronoun: nobody named.
                if speaks:
                    return t.start[index], None
            index -= 1
            steps += 1
        return None, None

    def _unnamed_in_paragraph(self, noun: int, position: int, gender: str | None) -> str | None:
        """ "One mother, who asked not to be named, said ... ‘…,’ she said": someone
        unnamed brought in as a speaker is who a pronoun in the same paragraph stands
        for, credited as the description (as "One mother said: ‘…’" is); not when the
        noun tells the other gender, nor across a paragraph."""
        t = self.t
        if self._paragraph_start(t.start[noun]) != self._paragraph_start(position):
            return None
        told = gender_told({t.lower[noun]})
        if told is not None and gender is not None and told != gender:
            return None
        described, _ = self._described(noun, t.start[noun], position)
        return described

    def _unnamed_speaker(self, noun: int, gender: str | None) -> str | None:
        """Who a pronoun after an unnamed spokesperson stands for: "An Apex spokesman
        said ... ‘…,’ he said" is Apex, when the phrase or the sentence before says
        whose spokesman. Anyone else unnamed ("A soldier from the unit said ... he
        said") is left so: None."""
        t = self.t
        if not (t.lower[noun] in SPOKESPERSON_NOUNS or t.lemma[noun] in SPOKESPERSON_NOUNS):
            return None
        if t.lemma[noun] == "statement" or t.lemma[t.head[noun]] not in _CUE_LEMMAS:
            return None
        told = gender_told({t.lower[noun]})
        if told is not None and gender is not None and told != gender:
            return None
        name, _ = self._resolve(noun, None)
        record = self._by_form.get(name) if name is not None else None
        return record.name if record is not None and record.kind != "person" else None
