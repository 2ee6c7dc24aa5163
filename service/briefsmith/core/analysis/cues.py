"""Layer 4 of quote attribution: the cue of each quote and its source. The speech verb
that governs or stands beside the quote, colon introductions, reports of another's
words, doubts and denials, and the named person, body or title the source phrase
names.

Each layer is a class that extends the one below; a method calls only methods of its own
layer and of the layers below (mentions < parse_reading < naming < cues < references <
attributor), so every module reads top-down and there is no import cycle. Pure."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import Any

from briefsmith.core.analysis.common import (
    _ADDRESS_WORDS,
    _BODY_WORDS,
    _CARRY_TAIL,
    _CLOSING_MARKS,
    _COMMON_BODY_NOUNS,
    _CUE_LEMMAS,
    _EMBEDDING,
    _FRAME_TOKENS,
    _GENERIC_PERSONS,
    _LOOKBACK_CHARS,
    _MAX_CANDIDATES,
    _MAX_PER_KEY,
    _MAX_WALK,
    _PERSONAL_NOUNS,
    _PLACE_LABELS,
    _POSSESSIVE_GENDER,
    _PRONOUN_GENDER,
    _ROLE_WORDS,
    _SENTENCE_ENDS,
    _SUBJECTS,
    _WHO_CLIMB_ARCS,
    _age_token,
    _Named,
    _named_by_noun,
    _opens_quote,
    _root_of,
    _strip_name,
)
from briefsmith.core.analysis.naming import _Naming
from briefsmith.core.analysis.tokens import (
    _TITLE_WORDS,
    GPE,
    NORP,
    ORG,
    PERSON,
    Entity,
)
from briefsmith.core.dependency import hangs_within
from briefsmith.core.extraction.actor_parse import (
    hyphen_in_word,
    office_named,
)
from briefsmith.core.extraction.quotes import (
    DENIED,
    FALSE_CLAIM,
    FoundQuote,
    institution_fits,
)
from briefsmith.core.lexicon import (
    ANY_INSTITUTION,
    AUDIENCE_WORDS,
    BODY_NOUNS,
    BODY_POSSESSIVES,
    CHANTING_LEMMAS,
    CHILD_GENDER,
    CLAIM_NOUNS,
    CLUB_DESCRIPTION_NOUNS,
    COLLECTIVE_BODY_NOUNS,
    COMPANY_NOUNS,
    COMPETITION_WORDS,
    COUNTERPART_NOUNS,
    DELIVERING_LEMMAS,
    DENIAL_LEMMAS,
    DEPICTING_LEMMAS,
    DESCRIBING_NOUNS,
    DESCRIPTIVE_BODY_NOUNS,
    DEVICE_WORD_LEMMAS,
    DOCUMENT_NOUNS,
    FALSITY_ADVERBS,
    FAMILY_NOUNS,
    HEADED_UNIT_NOUNS,
    INSTITUTION_NOUNS,
    KIN_NOUNS,
    LIKENESS_NOUNS,
    NAMED_THING_NOUNS,
    NAMING_LEMMAS,
    NEGATIONS,
    ORG_HEADS,
    ORG_KIND_NOUNS,
    OVERHEARD_LEMMAS,
    OWN_READING_NOUNS,
    OWNED_WRITING_NOUNS,
    PARTING_WORDS_ADJECTIVES,
    PARTY_OBJECT_PRONOUNS,
    PARTY_WORDS,
    PERSONNEL_NOUNS,
    PLEA_LEMMAS,
    QUESTIONING_LEMMAS,
    QUOTING_LEMMAS,
    READING_OUT_LEMMAS,
    REPRESENTATIVE_NOUNS,
    ROLE_NOUNS,
    ROLE_QUALIFIERS,
    SET_WORDS_NOUNS,
    SHOWN_TEXT_NOUNS,
    SPEECH_LEMMAS,
    SPOKESPERSON_NOUNS,
    STANCE_LEMMAS,
    UTTERANCE_NOUNS,
    VIEW_HOLDING_LEMMAS,
    WORD_SHOWING_LEMMAS,
    WRITTEN_NOUNS,
    country_names,
    demonym_country,
)
from briefsmith.core.names import (
    on_other_sides,
)

# The place names read back for a body the recognizer took for a place ("Harlan County").
_MAX_PLACES_BACK = 6
# The most tokens a name with its titles spans, read leftward from its last word.
_NAME_SPAN = 6
# The most tokens read after an inverted cue between a split quote's parts ("‘…,’ said
# the union's regional secretary, Tom Hale, ‘…’").
_SPLIT_ATTRIBUTION_TOKENS = 14
# The most tokens read for the subject after an inverted cue ("added managing director
# Siobhan Kelly"), and the marks that end a quote's words before such a cue.
_INVERTED_PHRASE_TOKENS = 8
_CLOSING_PUNCTUATION = frozenset(",?!")


# Common nouns for people or a body that a verb before a colon may act on ("praised the
# visitors:", "blamed the board:", "thanked the fans:").
_ACTED_ON_GROUPS = (
    _BODY_WORDS | COLLECTIVE_BODY_NOUNS | PERSONNEL_NOUNS | AUDIENCE_WORDS | COUNTERPART_NOUNS
)


# Nouns that may be the body a name before them names ("the Tilley campaign said", "the
# Rovers statement said"), so that the name may be who speaks.
_NOUNS_A_NAME_MAY_SPEAK_THROUGH = (
    _BODY_WORDS
    | _COMMON_BODY_NOUNS
    | COLLECTIVE_BODY_NOUNS
    | HEADED_UNIT_NOUNS
    | SPOKESPERSON_NOUNS
    | UTTERANCE_NOUNS
)


class _Cues(_Naming):
    """Layer 4 of quote attribution: the cue of each quote and its source. (See the module.)"""

    def _name_describing_a_person_noun(self, source: int) -> bool:
        """ "the Kerry veteran said", "the 36-year-old Wallabies veteran would only say",
        "the Barclays economist warned": a name between "the" and a common noun of a
        person says whose side or firm the person is on; it is not the speaker, and the
        noun is no body's. Not a body's own noun ("the Tilley campaign said") nor a
        statement's (round 37)."""
        t = self.t
        if (
            t.pos[source] != "NOUN"
            or not t.text[source].isalpha()
            or not t.text[source].islower()
            or t.lemma[source] in _NOUNS_A_NAME_MAY_SPEAK_THROUGH
            or t.lower[source] in _NOUNS_A_NAME_MAY_SPEAK_THROUGH
        ):
            return False
        names = [
            c
            for c in t.children[source]
            if c < source
            and t.dep[c] == "compound"
            and t.ent[c] in (PERSON, ORG, GPE, NORP)
            and t.text[c][:1].isupper()
        ]
        return bool(names) and any(
            t.dep[c] == "det" and t.lower[c] == "the" and c < min(names) for c in t.children[source]
        )

    def _colon_introducer(self, first: int) -> int | None:
        """ "The Chancellor, Ruth Daly, hit back: ‘…’", "Her opponent was gracious: ‘…’":
        a quote right after a colon that ends a main clause with no speech verb of its
        own: that clause's subject introduces the words. Its main verb
        is the one the parser hangs outside the words before the colon (it often makes
        the quote the sentence's root)."""
        t = self.t
        colon = self._colon_before(first)
        if colon is None:
            return None
        start, _ = t.sentence_bounds(t.sent[colon])
        if colon - start > _FRAME_TOKENS:
            return None
        roots = [
            i
            for i in range(start, colon)
            if t.pos[i] in ("VERB", "AUX") and (t.head[i] == i or not start <= t.head[i] < colon)
        ]
        if len(roots) != 1:
            return None
        # The colon must end the main clause itself, not a clause under it ("The court
        # heard he sent a message reading: ‘…’", "with one fan writing: ‘…’").
        # (the parser may hang both the clause and its colon on the quote's own root:
        # "Captain Tadhg Moriarty was less reticent: ‘Everyone saw it’"; and a
        # participle read as the predicate's adjective is no clause: "was less guarded:";
        # round 30)
        quoted_root = t.head[colon]
        hung = quoted_root == roots[0] or (
            quoted_root > colon
            and (
                # "Teammate Rhea Olsen echoed that: ‘…’": the quote the clause's complement
                t.head[quoted_root] == roots[0]
                or (t.head[roots[0]] == quoted_root and t.dep[roots[0]] == "ccomp")
            )
        )
        if not hung or any(
            t.pos[i] == "VERB" and t.dep[i] != "acomp" for i in range(roots[0] + 1, colon)
        ):
            return None
        objects = [
            c
            for c in t.children[roots[0]]
            if t.dep[c] in ("dobj", "dative")
            # (not a pronoun standing for what was said before: "Teammate Rhea Olsen
            # echoed that: ‘…’"; round 30)
            and not (t.dep[c] == "dobj" and t.lower[c] in ("that", "this"))
        ]
        if objects and not self._acts_on_a_party(roots[0], objects):
            # "Judge Ellen Voss read a statement from the victim:": what the verb acts
            # on (a statement, a message, a warning) says whose words follow, not its
            # subject; the readings of such objects come later.
            return None
        if any(self._anothers_writing_read_from(c) for c in t.children[roots[0]]):
            return None
        subjects = [
            c
            for c in t.children[roots[0]]
            if t.dep[c] == "nsubj" and start <= c < colon and not self._inside(c)
        ]
        return subjects[0] if len(subjects) == 1 else None

    def _half_of_a_role_word(self, index: int) -> bool:
        """Is the token the first half of a word written with a hyphen whose second half
        is lower-case ("co" of "co-founder", "vice" of "vice-chair"; not "Tremblay" of
        "Tremblay-Oakes")?"""
        t = self.t
        return hyphen_in_word(t, index + 1) and t.text[index + 2][:1].islower()

    def _acts_on_a_party(self, verb: int, objects: list[int]) -> bool:
        """ "Skipper Mitch Lyons praised the visitors: ‘…’", "Union leader Amy Shaw
        blamed the board: ‘…’", "She thanked them: ‘…’": a verb before the colon that
        acts on people or a body (not on a writing, a message or a recording) leaves the
        words after the colon to its subject. Not a verb of quoting, reading out or
        overhearing ("quoted his father: ‘…’" are the father's words; round 33)."""
        t = self.t
        if t.lemma[verb] in QUOTING_LEMMAS | READING_OUT_LEMMAS | OVERHEARD_LEMMAS:
            return False
        for noun in objects:
            if t.pos[noun] == "PRON":
                if t.lower[noun] not in PARTY_OBJECT_PRONOUNS:
                    return False
            elif t.pos[noun] == "PROPN":
                if t.ent[noun] not in (PERSON, ORG, NORP):
                    return False
            elif t.pos[noun] != "NOUN" or not (
                self._personal(noun) or {t.lemma[noun], t.lower[noun]} & _ACTED_ON_GROUPS
            ):
                return False
        return True

    def _read_out_before_colon(self, first: int) -> bool:
        """ "He waved a copy of the audit and read from it: ‘…’", "The MP read aloud from
        the report: ‘…’", "Ms Ward read from her son's letter: ‘…’": the clause ending
        at the colon before the quote reads (or quotes) "from" a writing that is not
        the reader's own ("read from her diary:", "from a prepared statement:", "from
        his notes:" stay the reader's words; round 23)."""
        t = self.t
        colon = self._colon_before(first)
        if colon is None:
            return False
        start, _ = t.sentence_bounds(t.sent[colon])
        verb = next(
            (
                i
                for i in range(colon - 1, max(start, colon - _FRAME_TOKENS) - 1, -1)
                if t.pos[i] == "VERB"
            ),
            None,
        )
        if verb is None or t.lemma[verb] not in READING_OUT_LEMMAS or self._inside(verb):
            return False
        for preposition in t.children[verb]:
            if t.dep[preposition] != "prep" or t.lower[preposition] != "from":
                continue
            for writing in t.children[preposition]:
                if t.dep[writing] != "pobj":
                    continue
                if t.lower[writing] in ("it", "them"):
                    return True  # the writing named before ("a copy of the audit")
                if t.pos[writing] != "NOUN" or t.lemma[writing] in OWN_READING_NOUNS:
                    return False
                owners = [c for c in t.children[writing] if t.dep[c] == "poss"]
                if any(t.pos[o] == "PRON" for o in owners):
                    return False  # "her diary": her own
                return t.lemma[writing] in DOCUMENT_NOUNS | OWNED_WRITING_NOUNS or bool(owners)
        return False

    def _utterance_holder(self, first: int) -> int | None:
        """ "Ann Lee, 41, has a simple message for parents: ‘…’": a quote after a colon
        whose clause gives someone an utterance (a message, a warning, a plea): the
        subject of the verb that has or gives it, or whose it is ("Ann Lee's verdict was
        blunt: ‘…’", "In the words of her manager, Pete Dunn: ‘…’"). Read off the
        words before the colon (the parser often makes the quote the sentence's root)."""
        t = self.t
        colon = self._colon_before(first)
        if colon is None:
            return None
        start, _ = t.sentence_bounds(t.sent[colon])
        for index in range(colon - 1, max(start, colon - _FRAME_TOKENS) - 1, -1):
            if t.lemma[index] not in UTTERANCE_NOUNS or t.pos[index] != "NOUN":
                continue
            verb = t.head[index]
            if t.dep[index] == "pobj" and t.lower[verb] == "in":
                # "In the words of her manager, Pete Dunn: ‘…’": whose words they are
                owners = [
                    o
                    for c in t.children[index]
                    if t.lower[c] == "of"
                    for o in t.children[c]
                    if t.dep[o] == "pobj" and not self._inside(o)
                ]
                return owners[0] if len(owners) == 1 else None
            if t.dep[index] == "nsubj" and t.lemma[verb] == "be":
                # "Dev Raman's verdict was blunt: ‘…’": whose the utterance is
                owners = [c for c in t.children[index] if t.dep[c] == "poss"]
                return owners[0] if len(owners) == 1 and not self._inside(owners[0]) else None
            if t.dep[index] != "dobj" or t.lemma[verb] not in DELIVERING_LEMMAS:
                return None
            return next(
                (c for c in t.children[verb] if t.dep[c] in _SUBJECTS and not self._inside(c)),
                None,
            )
        return None

    def _unrecognized_speaking_body(self, sentence: int) -> str | None:
        """ "The Wessex FA said it would review ...": the subject of a sentence's main
        speech verb, written as a body's name that neither the recognizer nor the actors
        hold (an acronym or a body's word ends it)."""
        t = self.t
        if sentence < 0:
            return None
        first, last = t.sentence_bounds(sentence)
        root = next((i for i in range(first, last) if t.dep[i] == "ROOT"), None)
        if root is None or t.lemma[root] not in SPEECH_LEMMAS or self._inside(root):
            return None
        subject = next(
            (c for c in t.children[root] if t.dep[c] in _SUBJECTS and not self._inside(c)), None
        )
        if subject is None or t.pos[subject] != "PROPN" or t.ent[subject] in (PERSON, ORG):
            return None
        name = self._named_in_phrase(subject)
        record = self._by_form.get(name) if name is not None else None
        if record is None or record.kind == "person":
            return None
        if record.kind in ("country", "place") and any(
            t.dep[c] == "compound" and t.pos[c] == "PROPN" and c < subject
            for c in t.children[subject]
        ):
            return None  # "The charity Diabetes Action UK said": a body, not the UK
        return record.name

    def _is_cue(self, index: int) -> bool:
        t = self.t
        if self._one_speaking(index):
            return True
        if t.lower[index] == "words":
            # "The bill was, in the words of committee chair Ann Lee, ‘…’": a source
            # named as "according to" names one (round 31)
            return self._words_of_whom(index) is not None
        lemma = "according" if t.lower[index] == "according" else t.lemma[index]
        if (
            lemma == "read"
            # (the tagger may take "a club statement read." for a noun phrase)
            and (t.pos[index] == "VERB" or (t.pos[index] == "NOUN" and t.dep[index] == "ROOT"))
            and not self._inside(index)
        ):
            # "The club's statement read: ‘…’": a document's words, as "said" would be
            return any(
                t.dep[c] in _SUBJECTS
                and (
                    t.lemma[c] in DOCUMENT_NOUNS
                    or t.lower[c] in OWNED_WRITING_NOUNS
                    # "Her lawyer read a statement. ‘…,’ it read"
                    or self._document_read_out(c) is not None
                )
                for c in t.children[index]
            )
        if lemma == "put" and t.pos[index] == "VERB" and not self._inside(index):
            # "As Ann Lee put it: ‘…’", "Ann Lee put it bluntly: ‘…’"
            return any(t.lower[c] == "it" and t.dep[c] == "dobj" for c in t.children[index])
        if lemma == "make" and t.pos[index] == "VERB" and not self._inside(index):
            # "The judge made it clear that the relief was ‘…’", "Reid made clear that the
            # offer was ‘…’": words said so as to be plain (round 29)
            # (by someone: "The photographs made it clear that ..." is no one's saying)
            return any(
                t.lower[c] == "clear" and t.dep[c] in ("ccomp", "oprd", "acomp", "xcomp")
                for c in t.children[index]
            ) and any(
                t.dep[c] == "nsubj"
                and (
                    t.pos[c] == "PROPN"
                    or t.lower[c] in _PRONOUN_GENDER
                    or (t.pos[c] == "NOUN" and self._personal(c))
                )
                for c in t.children[index]
            )
        if lemma not in _CUE_LEMMAS or self._inside(index):
            return False
        if lemma == "according":
            return any(t.lower[c] == "to" for c in t.children[index])
        if lemma in PLEA_LEMMAS and any(
            t.dep[c] in ("oprd", "acomp") and t.pos[c] == "ADJ" for c in t.children[index]
        ):
            return False  # "Kyle Pratt pleaded guilty": a plea entered, no words said
        return t.pos[index] in ("VERB", "AUX")

    def _words_of_whom(self, words: int) -> int | None:
        """The one named after "in the words of" ("in the words of its chair, Ann Lee,",
        "in the words of Ann Lee"): the object of its "of"; None for any other "words"."""
        t = self.t
        if (
            words < 2
            or t.lower[words - 1] != "the"
            or t.lower[words - 2] != "in"
            or t.dep[words] != "pobj"
            or self._inside(words)
        ):
            return None
        for of in t.children[words]:
            if t.lower[of] == "of" and of == words + 1:
                objects = [c for c in t.children[of] if t.dep[c] == "pobj"]
                return objects[0] if objects else None
        return None

    def _governing_cue(self, inside: range) -> tuple[int | None, list[int]]:
        """The speech verb the quote's words hang from (the quote is its complement or
        object), with the tokens on the way: walks up from the quote's root."""
        t = self.t
        roots = [i for i in inside if not (inside.start <= t.head[i] < inside.stop)]
        # The words' own root before a quote mark the parser hung elsewhere ("‘…,’ Rep.
        # Ann Lee posted on X. Minutes later, Tom Reed replied:": the mark on "replied",
        # the words on "posted"; round 30)
        roots.sort(key=lambda i: t.pos[i] == "PUNCT")
        for root in roots[:4]:
            path: list[int] = []
            node = root
            for _ in range(_MAX_WALK):
                head = t.head[node]
                if head == node:
                    break
                coordinated = t.dep[node] == "conj"
                came_by = t.dep[node]
                node = head
                if coordinated and self._is_cue(node) and self._takes_a_thing(node):
                    # "said a deal would add £6m to its costs and would ‘put jobs at
                    # risk’": a speech verb used of a thing ("add £6m") that the quote's
                    # clause is coordinated with does not frame it; the walk goes on up.
                    path.append(node)
                    continue
                if self._is_cue(node) or (
                    self.t.lemma[node] in NAMING_LEMMAS and not self._inside(node)
                ):
                    return node, path
                if came_by == "ccomp" and self._holds_a_view(node):
                    return node, path
                if coordinated and node not in inside and self._inside(node):
                    # "said the plan was ‘a recipe for higher bills’ and ‘simply not
                    # credible’": a quoted piece coordinated with another quoted piece
                    # hangs, like it, from what frames the first; the walk goes on up.
                    path.append(node)
                    continue
                if self._accuses(node, path):
                    return node, path
                if (
                    t.dep[node] == "dobj"
                    and t.pos[node] in ("NOUN", "PROPN", "PRON")
                    and self._accuses(t.head[node], path)
                ):
                    return t.head[node], path  # "accused the board of ‘…’"
                if self._addressed_before(node, inside):
                    # "The pilot told passengers ‘…’, passenger X said", parsed with the
                    # words in apposition to the ones told: the telling is the cue
                    return t.head[node], path
                if self._inside(node) or self.t.pos[node] in ("NOUN", "PROPN", "PRON"):
                    break  # the quote belongs to a noun phrase ("a kayaker who ...")
                path.append(node)
        named = self._naming_verb_of_object_before(inside)
        if named is not None:
            return named, []
        return None, []

    def _naming_verb_of_object_before(self, inside: range) -> int | None:
        """ "Senator Amy Clarke, who called the bill ‘a gift to the banks’", parsed with
        the quoted phrase in apposition to a noun further back: the naming verb whose
        object stands right before the opening marks frames the words (round 31)."""
        t = self.t
        before = self._word_before_marks(inside.start)
        if before < 1 or t.dep[before] != "dobj" or self._inside(before):
            return None
        verb = t.head[before]
        if (
            verb == before
            or not verb < before
            or t.lemma[verb] not in NAMING_LEMMAS
            or t.pos[verb] != "VERB"
            or self._inside(verb)
            or not any(t.dep[c] in _SUBJECTS for c in t.children[verb])
            or any(inside.start <= c < inside.stop for c in t.children[verb])
        ):
            return None
        return verb

    def _name_of_a_post_in_adjunct(self, chosen: int, subjects: list[int]) -> int | None:
        """ "The Elders Assembly, in a communiqué signed by its secretary, Dr Garba Idris,
        described ...", "In a letter read out by his lawyer, Mr Ian Lee, the accused
        wrote": the parser makes the name set off by commas after a post inside a "by"
        phrase the verb's subject, but it names that post (the signer, the reader). The
        one the sentence is about speaks: another subject before the phrase, or the noun
        the parser put in apposition after the name (a body no actor names leaves the
        words unattributed). None when there is no such one (the name stays; "X,
        through its spokesman, Y, said" is Y's, round 25). Reads a few tokens either
        side of the name."""
        t = self.t
        if t.pos[chosen] != "PROPN" or t.ent[chosen] != PERSON:
            return None
        if chosen + 1 >= len(t) or t.text[chosen + 1] != ",":
            return None
        left = chosen
        while (
            left > 0
            and chosen - left < _NAME_SPAN
            and t.head[left - 1] == chosen
            and t.dep[left - 1] in ("compound", "punct")
            and t.text[left - 1] not in (",", ";")
        ):
            left -= 1
        if left < 2 or t.text[left - 1] not in (",", "."):
            return None
        post = left - 2
        if t.pos[post] not in ("NOUN", "PROPN") or t.dep[post] not in ("pobj", "conj"):
            return None
        if t.dep[post] == "conj":
            post = t.head[post]
            if t.dep[post] != "pobj" and t.head[post] != post:
                post = t.head[post]  # "its chairman, X, and secretary, Y"
            if t.dep[post] != "pobj":
                return None
        preposition = t.head[post]
        if t.lower[preposition] != "by":
            return None
        others = [
            c
            for c in subjects
            if c < preposition and c != chosen and t.pos[c] in ("NOUN", "PROPN", "PRON")
        ]
        if others:
            return others[0]
        after = [
            c
            for c in t.children[chosen]
            if t.dep[c] == "appos" and c > chosen and any(t.dep[d] == "det" for d in t.children[c])
        ]
        return after[0] if after else None

    def _holds_a_view(self, verb: int) -> bool:
        """ "Judge Ann Lee ruled that the search was ‘…’", "Tom Reed reckons the side is
        ‘…’", "Ms Hill found that the trust had ‘…’": a verb of ruling or holding a view
        (the walk came up its clausal complement) with a speaking subject of its own
        frames the words, unless it sits in what a speech verb above reports ("Lee said
        residents believe the scheme is ‘…’" stays Lee's). The climb is capped."""
        t = self.t
        if (
            t.lemma[verb] not in VIEW_HOLDING_LEMMAS | STANCE_LEMMAS
            or t.pos[verb] != "VERB"
            or self._inside(verb)
            or not any(
                t.dep[c] in ("nsubj", "nsubjpass") and self._speaking_subject(c)
                for c in t.children[verb]
            )
        ):
            return False
        node = verb
        for _ in range(_MAX_WALK):
            head = t.head[node]
            if head == node:
                return True
            node = head
            if self._is_cue(node):
                return False
        return True

    def _addressed_before(self, node: int, inside: range) -> bool:
        """Is `node` the ones a speech verb with its own subject addresses, written
        right before the quote's marks ("told passengers ‘…’"), the quote hanging on
        them?"""
        t = self.t
        verb = t.head[node]
        return (
            t.pos[node] in ("NOUN", "PROPN", "PRON")
            and t.dep[node] in ("dobj", "dative")
            and not self._inside(node)
            and self._word_before_marks(inside.start) == node
            and verb != node
            and t.lemma[verb] == "tell"
            and self._is_cue(verb)
            and any(t.dep[c] in _SUBJECTS for c in t.children[verb])
        )

    def _reporter_of_a_things_cue(self, cue: int, first: int) -> int:
        """ "Ann Lee said the figures described ‘an older country’", "Lee said the price
        put it ‘right in the fight’", "Lee said the yard had been asked to redesign ‘the
        top third’": a depicting verb ("describe", "put it") whose subject is a thing that
        says nothing (no person, body, document or writing), or a speech verb in the
        passive said of such a thing, inside what a speaker reports, does not frame the
        words: the reporter's "said" does. Else the cue."""
        t = self.t
        head = t.head[cue]
        if (
            not cue < first
            or t.dep[cue] != "ccomp"
            or head == cue
            or not head < cue
            or not self._is_cue(head)
            or not any(
                t.dep[c] in _SUBJECTS and self._speaking_subject(c) for c in t.children[head]
            )
        ):
            return cue
        subjects = [c for c in t.children[cue] if t.dep[c] in _SUBJECTS]
        if len(subjects) != 1 or not self._device(subjects[0]):
            return cue
        subject = subjects[0]
        if {t.lower[subject], t.lemma[subject]} & (
            WRITTEN_NOUNS | SHOWN_TEXT_NOUNS | NAMED_THING_NOUNS | CLAIM_NOUNS
        ):
            return cue  # "Lee said the song described ‘…’": words the thing holds
        naming = (
            t.lemma[cue] in DEPICTING_LEMMAS
            and not any(
                t.dep[c] in ("dative", "dobj") and not self._inside(c) for c in t.children[cue]
            )
        ) or (t.lemma[cue] == "put" and any(t.lower[c] == "it" for c in t.children[cue]))
        if naming and not any(t.lower[c] == "as" for c in t.children[cue]):
            return head  # ("the ruling described him as ‘…’" is the ruling's)
        if t.dep[subject] == "nsubjpass":
            return head
        return cue

    def _cue_reported_after(self, cue: int, first: int) -> int:
        """ "The note left by the driver read ‘…’, coroner X said", "Someone yelled ‘…’,
        a neighbour said": a speech verb with a subject of its own right before the
        marks (its colon between), which the cue after the quote reports, is the quote's
        cue, not the reporter's "said" the parser hung the quote on."""
        t = self.t
        verb = self._word_before_marks(first)
        if verb >= 1 and t.text[verb] == ":":
            verb -= 1
        if (
            verb < 0
            or verb == cue
            or t.lemma[verb] == "according"
            or not self._is_cue(verb)
            or self._takes_a_thing(verb)
            # (or the parser hung the report on the verb: "The pilot radioed ‘…’ at
            # 9.14am, investigator X told the inquiry")
            or not (
                hangs_within(t.head, verb, cue, arcs=_MAX_WALK)
                or hangs_within(t.head, cue, verb, arcs=_MAX_WALK)
            )
        ):
            return self._report_earlier_in_clause(cue, first)
        subjects = [c for c in t.children[verb] if t.dep[c] in _SUBJECTS]
        reporters = [c for c in t.children[cue] if t.dep[c] in _SUBJECTS]
        if len(subjects) != 1 or not reporters or subjects[0] in reporters:
            return cue
        return verb

    def _report_earlier_in_clause(self, cue: int, first: int) -> int:
        """ "The council's website says the tip is ‘…’, resident X said", "The commentator
        called Red Ember ‘…’, trainer X said": a speech or naming verb with a subject of
        its own earlier in the quote's clause (no mark of punctuation between them), which
        the cue after the quote reports, frames the words; the parser may hang them on
        the reporter's "said". Else the cue."""
        t = self.t
        for index in range(self._word_before_marks(first), -1, -1):
            if t.pos[index] == "PUNCT" or self._inside(index):
                return cue
            if t.pos[index] != "VERB":
                continue
            if (
                index == cue
                or t.lemma[index] == "according"
                or not (self._is_cue(index) or t.lemma[index] in NAMING_LEMMAS)
                or self._takes_a_thing(index)
            ):
                return cue
            subjects = [c for c in t.children[index] if t.dep[c] in _SUBJECTS]
            if not subjects and t.dep[index] == "acl" and t.head[index] < index:
                subjects = [t.head[index]]  # (the parser's "The commentator called")
            # (the reporter after the quote: the parser may give "said" both subjects)
            reporters = [c for c in t.children[cue] if t.dep[c] in _SUBJECTS and c > first]
            if len(subjects) != 1 or not reporters or subjects[0] in reporters:
                return cue
            return index
        return cue

    def _adjacent_cue(self, quote: FoundQuote, first: int, last: int) -> int | None:
        """A speech verb right beside the quote: `, she said.` after it, `X said:`
        before it, within the quote's sentence and the next or previous one."""
        t = self.t
        after_end = min(len(t), last + _FRAME_TOKENS)
        ending = self.text[quote.open_at + 1 : quote.close_at].rstrip()[-1:]
        # After a quote that ends its sentence ("... to help.") comes a new sentence, not
        # its attribution; after "?" or "!" only a lower-case continuation attributes it.
        follows = self.text[quote.close_at + 1 : quote.close_at + 3].lstrip()[:1]
        read_after = not (ending == "." or (ending in "?!" and not follows.islower())) or (
            ending in "?!" and self._bare_attribution_after(quote, last)
        )
        if read_after:
            limit_sentence = t.sent[last] + 1
            for index in range(last + 1, after_end):
                if self.text[quote.close_at : t.start[index]].count("\n"):
                    break
                if t.sent[index] > limit_sentence or _opens_quote(t.text[index]):
                    break
                if t.text[index] in _SENTENCE_ENDS and not self._inside(index):
                    break  # "... ‘stand down’ during the riot. Ann Lee said: ..." is hers
                if self._is_cue(index):
                    if self._subordinate_beside(index, first, last):
                        break
                    return index
        before_start = max(0, first - _FRAME_TOKENS)
        paragraph_start = self._paragraph_start(quote.open_at)
        for index in range(first - 1, before_start - 1, -1):
            if t.start[index] < paragraph_start or self._inside(index):
                break
            if t.sent[index] < t.sent[first] - 1:
                break
            if t.sent[index] < t.sent[first] and not self._introduces(index, first):
                break
            if self._is_cue(index):
                return index
        return None

    def _doubt(self, cue: int, path: list[int], first: int) -> str | None:
        """DENIED or FALSE_CLAIM when the article says the words were not said ("never
        said", "denied that ...", "rejected reports that she told ..."), or were falsely
        said to be said ("falsely claimed X said"); None for plain speech. A denial
        spoken in the quote itself ("He denied it: “I never ...”", "“I never ...,” he
        denied") is the denier's speech.
        """
        t = self.t
        if self._adjunct_clause(cue) is not None:
            # "She rejected the claim, calling it “…”": her own words, whatever she
            # denies in the main clause; only the participle's own negation counts.
            negated = any(
                t.dep[c] == "neg" or (t.lower[c] in NEGATIONS and t.dep[c] == "advmod")
                for c in t.children[cue]
                if not self._inside(c)
            )
            return DENIED if negated else None
        as_words = len(path) == 1 and t.lower[path[0]] == "as" and t.head[path[0]] == cue
        if (
            t.lemma[cue] in DENIAL_LEMMAS
            and (path or self._denies_ahead(cue, first))
            # "dismissed the plan as “a gimmick”": the dismisser's own words for it
            and not as_words
        ):
            return DENIED  # "denied that the plan was “...”": the denied words
        node = cue
        for _ in range(_MAX_WALK):
            for child in t.children[node]:
                word = t.lower[child]
                negated = t.dep[child] == "neg" or (word in NEGATIONS and t.dep[child] == "advmod")
                if negated and not self._inside(child):
                    return DENIED
                if word in FALSITY_ADVERBS and not self._inside(child):
                    return FALSE_CLAIM
            if node != cue and t.lemma[node] in DENIAL_LEMMAS:
                return DENIED
            if t.dep[node] not in _EMBEDDING or t.head[node] == node:
                return None
            node = t.head[node]
        return None

    def _claimed(self, inside: range) -> bool:
        """Do the quote's words sit in the clause of a claim going round ("claims that
        it had ‘known for a week’", "posts claiming he had ‘quit’", "reports that it
        would ‘scrap the bus pass’")? Walks up from the quote's root to the first noun."""
        t = self.t
        roots = [i for i in inside if not (inside.start <= t.head[i] < inside.stop)]
        for root in roots[:4]:
            node = root
            for _ in range(_MAX_WALK):
                if self._claim_subject(node):
                    return True
                head = t.head[node]
                if head == node or self._inside(head):
                    break
                if self._adjunct_clause(head) is not None:
                    return False  # "..., calling it ‘…’": the participle's subject's words
                if t.pos[head] in ("NOUN", "PROPN", "PRON"):
                    return (
                        t.lemma[head] in CLAIM_NOUNS
                        and t.pos[head] == "NOUN"
                        and t.dep[node] in ("acl", "ccomp", "appos")
                        and self._states_a_claim(node)
                    )
                node = head
        return False

    def _between_split_parts(self, cue: int) -> int | None:
        """ "‘The clubhouse,’ said the club chairman, Jim Daly, ‘will be …’", "‘The
        players,’ said coach Ruth Obi, ‘deserve …’": a cue inverted right after the
        first part's closing comma, whose subject stands between it and the comma that
        opens the second part. The parser often hangs that subject on the second part's
        verb (or on the cue as an adverb) and gives the cue none of its own: the head of
        the words between is the one who speaks. A few tokens ahead; the cue keeps any
        subject of its own outside the quote."""
        t = self.t
        if cue < 2 or t.text[cue - 1] not in _CLOSING_MARKS or t.text[cue - 2] != ",":
            return None
        if any(t.dep[c] in _SUBJECTS and not self._inside(c) for c in t.children[cue]):
            return None
        last = min(len(t) - 1, cue + _SPLIT_ATTRIBUTION_TOKENS)
        for mark in range(cue + 2, last + 1):
            if t.text[mark] in _SENTENCE_ENDS or t.sent[mark] != t.sent[cue]:
                return None
            if _opens_quote(t.text[mark]) and t.text[mark - 1] == ",":
                if mark - 2 <= cue or self._inside(mark - 2):
                    return None
                head = _root_of(t, cue + 1, mark - 1)
                if t.pos[head] not in ("NOUN", "PROPN") or self._inside(head):
                    return None
                return head
        return None

    def _source(self, cue: int) -> int | None:
        """The token that names who speaks: the cue's subject; for "according to X", X;
        for a cue sharing its subject ("..., adding that"), the subject it shares."""
        t = self.t
        if self._one_speaking(cue):
            return cue - 1  # "with one writing": the "one"
        quoted = self._quoted_as_saying(cue)
        if quoted is not None:
            return quoted
        clause = self._adjunct_clause(cue)
        if clause is not None:
            subjects = [
                c for c in t.children[clause] if t.dep[c] in _SUBJECTS and not self._inside(c)
            ]
            if subjects:
                return subjects[0]
        if t.lower[cue] == "words":
            return self._words_of_whom(cue)
        if t.lower[cue] == "according":
            for to in t.children[cue]:
                if t.lower[to] == "to":
                    objects = [c for c in t.children[to] if t.dep[c] == "pobj"]
                    return objects[0] if objects else None
            return None
        between = self._between_split_parts(cue)
        if between is not None:
            return between
        node = cue
        for _ in range(3):
            if self._inside(node):
                break
            subjects = [
                c
                for c in t.children[node]
                if t.dep[c] in _SUBJECTS
                and t.pos[c] not in ("PUNCT", "SPACE")
                and not self._inside(c)
            ]
            halves = [c for c in subjects if self._half_of_a_role_word(c)]
            if halves and len(halves) < len(subjects):
                # "said Kosha Labs co-founder Aditi Rao", parsed with "co", "-" and
                # "Rao" all subjects: the first half of a hyphened word is no one, when
                # another subject stands ("The mother-of-three added": hers; round 33)
                subjects = [c for c in subjects if c not in halves]
            if subjects:
                # Two subjects: the parser's guess at "Cabinet member for environment
                # Cllr Ann Lee said" or "Pressed by the chair, Ann Lee, on ..., the
                # minister, Tom Reed, replied": the one nearest the verb speaks.
                chosen = min(subjects, key=lambda c: (abs(node - c), c > node))
                if (
                    node != cue
                    and t.dep[node] == "ccomp"
                    and t.head[node] != node
                    and self._is_cue(t.head[node])
                    and t.pos[chosen] == "NOUN"
                    and not t.ent[chosen]
                    and not self._personal(chosen)
                    and t.lemma[chosen] not in COLLECTIVE_BODY_NOUNS | COMPANY_NOUNS
                ):
                    # "X said the mood was ‘toxic’ and called the display ‘…’", parsed
                    # with "called" coordinated inside what X said: a thing ("the mood")
                    # calls nothing, the one who said it does (round 24)
                    node = t.head[node]
                    continue
                speaking_for = [c for c in subjects if c < chosen and self._spoken_for(c, chosen)]
                if speaking_for:
                    # "The mother of teenager Lily Tran said", parsed with two subjects:
                    # the mother speaks, of the one she is the mother of
                    return speaking_for[0]
                if node == cue and t.dep[chosen] == "nsubjpass":
                    # "X was branded ‘…’ by Y", "X was told ‘…’": the words are said of
                    # or to the passive's subject; whoever the "by" names says them.
                    return self._passive_agent(cue)
                if node == cue and t.tag[chosen] == "VBG" and chosen < cue:
                    # "Writing on Instagram, the striker, Joao Matos, said": the fronted
                    # participle parsed as the subject; the name before the cue speaks.
                    return self._name_before(cue) or chosen
                if node == cue:
                    misread = self._name_of_a_post_in_adjunct(chosen, subjects)
                    if misread is not None:
                        return misread
                    later = self._named_apposition_before(chosen, cue)
                    if later is not None:
                        return later
                    holder = self._post_holder_in_subject(chosen, cue)
                    if holder is not None:
                        return holder
                return chosen
            # A subject the parser left loose ("the coroner, Ann Lee, said" parsed as
            # dep): a noun before the verb hanging from it.
            loose = [
                c
                for c in t.children[node]
                if t.dep[c] == "dep"
                and c < node
                and t.pos[c] in ("NOUN", "PROPN")
                and not self._inside(c)
            ]
            if loose:
                return loose[-1]
            # "…”, warned Ann Lee on ...": an inverted subject the parser made an object.
            before = t.text[node - 1] if node > 0 else ""
            inverted = [
                c
                for c in t.children[node]
                if c > node
                and t.dep[c] in ("dobj", "attr", "dep", "npadvmod", "oprd")
                and (
                    t.ent[c] in (PERSON, ORG)
                    # "…,’ added the minister.", "added the ATSB chief commissioner":
                    # a post the parser made the object of the inverted cue
                    or (
                        t.pos[c] == "NOUN"
                        and t.lemma[c] in _PERSONAL_NOUNS
                        and t.lower[node + 1] == "the"
                        and (
                            c + 1 >= len(t)
                            or t.text[c + 1] in _SENTENCE_ENDS
                            or t.text[c + 1] == ","
                        )
                    )
                )
            ]
            if (
                inverted
                and t.lemma[node] != "tell"  # "…,’ ... told BBC Sport": whom it was told
                and (before in (",", "”", "’", '"', "'", "»") or self._inside(node - 1))
            ):
                return inverted[0]
            # "... by the ministry" after a passive speech verb.
            for child in t.children[node]:
                if t.dep[child] == "agent":
                    objects = [c for c in t.children[child] if t.dep[c] == "pobj"]
                    if objects:
                        return objects[0]
            if t.dep[node] == "acl":
                return t.head[node]  # "a banner saying ...", "officials saying ..."
            if node == cue and t.lemma[node] == "ask" and t.tag[node] == "VBN":
                # "Asked ‘Are you injured?’, Mia Blake said no": the one asked is the
                # subject the participle shares, not who put the question (unnamed)
                return None
            if t.dep[node] in ("conj", "xcomp", "advcl") and t.head[node] != node:
                node = t.head[node]
                continue
            break
        for clause in t.children[cue]:
            if (
                t.dep[clause] == "ccomp"
                and clause < cue
                and t.lemma[clause] in QUESTIONING_LEMMAS
                and t.tag[clause] in ("VBD", "VBN")
                and clause > 0
                and t.text[clause - 1] == ","
                and not self._inside(clause)
            ):
                # "Manager Ian Holt, asked about the penalty, said: ‘…’", parsed as
                # "Holt asked" reported by a "said" with no subject: the one asked speaks
                asked = [c for c in t.children[clause] if t.dep[c] in _SUBJECTS and c < clause]
                if len(asked) == 1:
                    return asked[0]
        if cue > 0 and self._age_of_description(cue - 1) is not None:
            return cue - 1  # "‘…,’ the 71-year-old said", parsed as no subject
        return (
            self._name_before(cue)
            or self._sentence_speaker(cue)
            or self._inverted_subject_after(cue)
        )

    def _inverted_subject_after(self, cue: int) -> int | None:
        """ "‘…,’ added managing director Siobhan Kelly.", "‘…?’ asked NDP MPP Gurpreet
        Dhillon during question period": a cue inverted right after a quote's closing
        mark, whose subject the parser missed (it makes the cue an adjective of the name,
        or the name an object the recognizer cut short): the name (or else the noun) that
        ends the noun phrase right after the cue. A few tokens ahead; read only when the
        parse gave the cue no source."""
        t = self.t
        if (
            cue < 2
            or t.text[cue - 1] not in _CLOSING_MARKS
            or t.text[cue - 2] not in _CLOSING_PUNCTUATION
            or self._inside(cue)
        ):
            return None
        name = noun = None
        for index in range(cue + 1, min(len(t), cue + 1 + _INVERTED_PHRASE_TOKENS)):
            if self._inside(index) or t.sent[index] != t.sent[cue]:
                break
            if t.pos[index] == "PROPN" and t.text[index][:1].isupper():
                name = index
            elif t.pos[index] == "NOUN" and name is None:
                noun = index
            elif not (
                t.pos[index] in ("DET", "ADJ")
                or (t.pos[index] == "VERB" and t.dep[index] in ("amod", "compound"))
                or t.tag[index] == "POS"
            ) or (name is not None and t.pos[index] != "PROPN"):
                break
        if name is not None and t.ent[name] != PERSON:
            # a name the recognizer did not read as a person's, or cut short inside a
            # body's ("NDP MPP Gurpreet" | "Dhillon"): nobody by guess
            return None
        return name if name is not None else noun

    def _displayed_words(self, first: int) -> bool:
        """ "The scoreboard flashed ‘…’", "Departure boards displayed ‘…’", "The ferry's
        display read ‘…’", "Fans chanted ‘…’": words a thing shows or sends (its verb
        right before the marks, its subject no person) or a crowd chants, outside anyone's
        quote and no cue of its own, are not the words of whoever reports them."""
        t = self.t
        verb = self._word_before_marks(first)
        if verb >= 1 and t.dep[verb] == "prt":
            verb = t.head[verb]  # "flashed up ‘…’"
        if verb < 0 or t.pos[verb] != "VERB" or self._inside(verb) or self._is_cue(verb):
            return False
        opening = first
        while opening + 1 < len(t) and _opens_quote(t.text[opening]):
            opening += 1
        # "The board displayed ‘a serious lack of judgement’, the report said": a
        # fragment of the reporter's own sentence; shown words stand on their own, but a
        # device's words may open in lower case ("The sat-nav kept repeating ‘turn left
        # now’", "the voice recorder captured ‘pull up’"), checked below
        fragment = not t.text[opening][:1].isupper()
        if t.lemma[verb] in CHANTING_LEMMAS:
            return not fragment
        holder = verb
        if t.dep[holder] == "xcomp" and not any(t.dep[c] in _SUBJECTS for c in t.children[holder]):
            holder = t.head[holder]  # "the parrot kept squawking ‘…’"
        subjects = [c for c in t.children[holder] if t.dep[c] in ("nsubj", "nsubjpass")]
        if len(subjects) != 1:
            return False
        if fragment:
            return t.lemma[verb] in DEVICE_WORD_LEMMAS and self._device(subjects[0])
        reporter = t.head[holder]
        reported = t.dep[holder] == "ccomp" and reporter != holder and self._is_cue(reporter)
        if t.lemma[verb] in WORD_SHOWING_LEMMAS:
            # "The skipper, Anna Kerr, signalled ‘…’, race director X said": the
            # signaller's words, not the reporter's, whoever signals
            return self._showing_thing(subjects[0]) or reported
        if t.pos[subjects[0]] == "PRON" and t.lower[subjects[0]] not in ("it", "they"):
            # "Someone had sprayed ‘…’ on the shutters, shop owner X said", "He had
            # tattooed ‘…’ on his arm, his lawyer said": the words of whoever did it
            return reported
        # "The sat-nav kept repeating ‘…’", "the emergency broadcast repeated ‘…’": words
        # another verb takes whose subject is a device or a broadcast (a common noun for
        # no person and no body; the tagger may call a lower-case "nav" a name) are
        # nobody's in the story; "The council repeated ‘…’, a resident said": a person's
        # or a body's, when someone else's speech verb reports it, not the reporter's
        subject = subjects[0]
        if (
            not (
                t.pos[subject] == "NOUN"
                or (t.pos[subject] == "PROPN" and t.text[subject].islower())
            )
            or t.entity(subject) is not None
        ):
            return False
        if not self._personal(subject) and not {t.lower[subject], t.lemma[subject]} & (
            _BODY_WORDS | _COMMON_BODY_NOUNS
        ):
            return True
        return reported

    def _words_set_down(self, first: int, last: int) -> bool:
        """ "The regiment's motto, ‘…’, is carved", "The firm, whose motto is ‘…’,",
        "The chorus of the anthem goes ‘…’": the words of a motto, a slogan or a song
        set right after its noun (in apposition closed by a comma, after "is", or after
        "goes"/"begins"/"runs"), outside anyone's quote, are nobody's speech; a person's
        own ("his catchphrase, ‘…’", "Ann Lee's motto is ‘…’") stays theirs."""
        t = self.t
        word = self._word_before_marks(first)
        after = last + 1
        while after < len(t) and _opens_quote(t.text[after]):
            after += 1  # (closing marks are the same characters)
        if word < 1 or self._inside(word):
            return False
        if t.text[word] == ",":
            if after >= len(t) or t.text[after] != ",":
                return False  # "The chant, ‘…’ rang out": only a closed apposition
            noun = word - 1
        elif t.lemma[word] in ("be", "go", "begin", "run"):
            noun = word - 1
            if t.lemma[word] != "be":
                # "The chorus of the anthem goes ‘…’": the verb's subject
                subjects = [c for c in t.children[word] if t.dep[c] in _SUBJECTS]
                noun = subjects[0] if len(subjects) == 1 else -1
        else:
            return False
        if noun < 0 or t.pos[noun] != "NOUN" or t.lemma[noun] not in SET_WORDS_NOUNS:
            return False
        for owner in t.children[noun]:
            if t.dep[owner] != "poss":
                continue
            entity = t.entity(owner)
            if (
                t.lower[owner] in _POSSESSIVE_GENDER
                or t.lower[owner] in ("my", "our", "their")
                or (entity is not None and entity.label == PERSON)
                or self._personal(owner)
            ):
                # "his catchphrase": his words; but "His epitaph, ‘…’, his widow said":
                # not those of whoever reports them after the apposition
                if t.text[word] != "," and t.pos[owner] == "NOUN" and self._personal(owner):
                    return True  # "Mr Lee said his grandfather's motto was ‘…’" (round 23)
                return t.text[word] == "," and self._reported_after(after, owner)
        return True

    def _words_of_a_subject(self, first: int, last: int) -> bool:
        """ "The announcement ‘…’ was played twice, passenger X said", "The warning ‘…’ was
        repeated all day": words quoted right after "the"/"a" and a thing's noun that is
        the subject of a verb after them (no speech verb) are that thing's, nobody's
        speech; whoever speaks after only reports them. ("The boy ‘ran off’": the noun's
        verb inside the quote is no such subject.)"""
        t = self.t
        word = self._word_before_marks(first)
        if word >= 1 and t.lower[word] in ("reading", "saying") and t.dep[word] == "acl":
            word = t.head[word]  # "A sign reading ‘…’ was put up in May"
        if word < 1 or self._inside(word) or t.pos[word] != "NOUN" or self._personal(word):
            return False
        if t.dep[word] not in _SUBJECTS or not any(
            t.dep[c] == "det" and t.lower[c] in ("the", "a", "an", "this", "that")
            for c in t.children[word]
        ):
            return False
        verb = t.head[word]
        if first <= verb <= last:
            # "The note ‘I am sorry for everything’ was found in his car", "The motto ‘Never
            # give up’ is painted above the door": the parser made the noun the subject of
            # a verb inside the quote; the verb right after the closing marks is its own.
            # (Not when the quote opens with that verb: "The result ‘is a disaster’ is how
            # one MP put it" quotes the MP's predicate of the noun.)
            opening = first
            while opening < last and _opens_quote(t.text[opening]):
                opening += 1
            if t.pos[opening] in ("AUX", "VERB"):
                return False
            verb = last + 1
            while verb < len(t) and t.text[verb][:1] in _CLOSING_MARKS:
                verb += 1
            if verb >= len(t) or t.pos[verb] not in ("AUX", "VERB") or t.tag[verb] == "VBG":
                return False
        return verb > last and not self._is_cue(verb) and not self._inside(verb)

    def _owner_of_a_claim_in_words(self, first: int) -> int | None:
        """ "Asked about Toby Wren's comments that the referee had ‘lost control’, coach
        Matt Dyer said": words inside the clause of someone's comments, claim or warning
        are the one whose they are (a name), never the speaker beside them (round 30).
        Climbs a few arcs from the quote's first word to the words' root."""
        t = self.t
        node = first + 1 if first + 1 < len(t) and t.pos[first] == "PUNCT" else first
        if node >= len(t) or not self._inside(node):
            return None
        for _ in range(_MAX_WALK):
            head = t.head[node]
            if head == node or not self._inside(head):
                break
            node = head
        # (through the verb outside the marks whose complement the words are: "Ravi
        # Menon's remark that the budget was ‘a cruel joke’")
        for _ in range(2):
            head = t.head[node]
            if (
                head == node
                or t.pos[head] not in ("VERB", "AUX")
                or t.dep[node] not in ("attr", "acomp", "dobj", "oprd", "xcomp")
                or self._is_cue(head)
            ):
                break
            node = head
        noun = t.head[node]
        if (
            noun == node
            or t.dep[node] not in ("acl", "ccomp", "relcl")
            or t.pos[noun] != "NOUN"
            or t.lemma[noun] not in UTTERANCE_NOUNS | CLAIM_NOUNS
            or self._inside(noun)
        ):
            return None
        owners = [c for c in t.children[noun] if t.dep[c] == "poss"]
        if len(owners) == 1 and t.pos[owners[0]] == "PROPN" and not self._inside(owners[0]):
            return owners[0]
        return None

    def _words_of_another(self, first: int) -> int | None:
        """The owner of the words a quote is given as ("her daughter's last words were:
        ‘…’", "the pilot's final message was ‘…’", "Cole's first words were: ‘…’"): the
        possessor of an utterance noun that is the subject of "be" right before the quote
        (its colon aside), when it is a name, a noun, or a pronoun whose words are called
        the last they said; None otherwise ("My message is: ‘…’" is the speaker's)."""
        t = self.t
        owner = self._owner_of_a_claim_in_words(first)
        if owner is not None:
            return owner
        word = self._word_before_marks(first)
        if word >= 0 and t.text[word] == ":":
            word -= 1
        if (
            word >= 1
            and t.pos[word] == "ADV"
            and t.dep[word] == "advmod"
            and t.lemma[t.head[word]] == "be"
        ):
            word = t.head[word]  # "the singer's reply was simply: ‘…’"
        if word < 1 or t.lemma[word] != "be" or self._inside(word):
            return None
        for noun in t.children[word]:
            if t.dep[noun] != "nsubj" or not (
                t.lemma[noun] in UTTERANCE_NOUNS
                or (t.lemma[noun] == "statement" and t.dep[word] == "ccomp")
            ):
                continue
            owners = [c for c in t.children[noun] if t.dep[c] == "poss"]
            if len(owners) != 1:
                return None
            owner = owners[0]
            if t.pos[owner] == "PROPN" or (
                t.pos[owner] == "NOUN" and (self._personal(owner) or self._related(owner))
            ):
                return owner  # (a body's "response" is voiced by whoever speaks for it)
            if t.pos[owner] != "PRON" or t.lower[owner] not in ("his", "her", "their"):
                continue
            parting = any(t.lower[c] in PARTING_WORDS_ADJECTIVES for c in t.children[noun])
            if parting or self._reporter_of_another(word):
                return owner
        return None

    def _reporter_of_another(self, be: int) -> bool:
        """ "Her lawyer, X, said her words to police were: ‘…’", "The family's lawyer
        said their statement was: ‘…’": the one who reports the words is described by
        whose they are (a possessor on the reporting verb's subject), so the possessive
        pronoun on the words points at that other person, not at the reporter."""
        t = self.t
        if t.dep[be] != "ccomp":
            return False
        verb = t.head[be]
        if not self._is_cue(verb):
            return False
        return any(
            t.dep[subject] in _SUBJECTS
            and t.pos[subject] == "NOUN"
            and any(t.dep[c] == "poss" for c in t.children[subject])
            for subject in t.children[verb]
        )

    def _reported_after(self, after: int, owner: int) -> bool:
        """Does a speech verb whose subject is not `owner` follow in the sentence from
        `after` on?"""
        t = self.t
        for index in range(after, len(t)):
            if t.text[index] in _SENTENCE_ENDS and not self._inside(index):
                return False
            if self._is_cue(index) and any(
                t.dep[c] in _SUBJECTS and c != owner for c in t.children[index]
            ):
                return True
        return False

    def _name_before(self, cue: int) -> int | None:
        """A name standing right before a cue the parse gave no subject ("…,” its
        director, Professor Ann Lee, said", "the coroner for Kent, Ann Lee, said"):
        only a comma (or ", 29,", an age) between them, in the cue's sentence, outside any quote."""
        t = self.t
        index = cue - 1
        if index >= 0 and t.text[index] == ",":
            index -= 1
        if index > 0 and _age_token(t.text[index]) and t.text[index - 1] == ",":
            index -= 2  # "the captain, Leah Oduya, 29, said": the name before the age
        if (
            index < 0
            or t.sent[index] != t.sent[cue]
            or t.pos[index] != "PROPN"
            or t.ent[index] not in (PERSON, ORG)
            or self._inside(index)
        ):
            return None
        if t.ent[index] == ORG:
            # "Ines Cole, director of policy at the debt charity Fairwarm, said": the
            # body ends the description of the person named before it, who speaks.
            described = self._person_before_description(index)
            if described is not None:
                return described
        return index

    def _named_after(self, quote: FoundQuote) -> str | None:
        """ "“The government has the tools.” ¶ That was the message from Ann Lee, ...":
        a quote standing alone whose next sentence (in its paragraph or opening the next)
        says whose words they were: a "that"/"those" or a word for an utterance ("the
        warning", "the words") that is or comes from someone named."""
        t = self.t
        following = self.text[quote.close_at + 1 : quote.close_at + 1 + _CARRY_TAIL]
        if following[: len(following) - len(following.lstrip())].count("\n") > 2:
            return None
        start = quote.close_at + 1 + len(following) - len(following.lstrip())
        sentence = self.a.sentences.containing(start)
        if sentence is None or sentence.end > self.a.parsed_until:
            return None
        tokens = t.between(sentence.start, sentence.end)
        if not len(tokens) or len(tokens) > _FRAME_TOKENS:
            return None
        root = next((i for i in tokens if t.dep[i] == "ROOT"), None)
        if root is None:
            return None
        subjects = [c for c in t.children[root] if t.dep[c] in _SUBJECTS]
        if subjects and t.lemma[root] in DELIVERING_LEMMAS:
            # "“…” ¶ Agriculture Minister Ann Lee made the remarks to reporters": the
            # words just quoted, handed to someone named as the verb's subject.
            back = any(
                t.dep[c] == "dobj"
                and t.lemma[c] in UTTERANCE_NOUNS
                and any(
                    t.lower[d] in ("the", "those", "these", "that", "this") for d in t.children[c]
                )
                for c in t.children[root]
            )
            named = self._named_in_phrase(subjects[0]) if back else None
            if named is not None:
                self._spoke[named] = max(self._spoke.get(named, -1), t.start[subjects[0]] + 1)
                return named
            return None
        if t.lemma[root] not in ("be", "come"):
            return None
        if not subjects or not (
            t.lower[subjects[0]] in ("that", "this", "those", "these", "such")
            or t.lemma[subjects[0]] in UTTERANCE_NOUNS
        ):
            return None
        # "from Ann Lee" under the verb, or "the message from / the words of Ann Lee"
        heads = [root, subjects[0], *(c for c in t.children[root] if t.dep[c] == "attr")]
        for head in heads:
            if head != root and head != subjects[0] and t.lemma[head] not in UTTERANCE_NOUNS:
                continue
            for preposition in t.children[head]:
                if t.lower[preposition] not in ("from", "of", "by"):
                    continue
                for source in t.children[preposition]:
                    if t.dep[source] != "pobj":
                        continue
                    named = self._named_in_phrase(source)
                    if named is None and t.pos[source] == "NOUN":
                        named = self._name_after(source)
                    if named is not None:
                        # they speak here, after the quote: a "she" further on is them
                        self._spoke[named] = max(self._spoke.get(named, -1), t.start[source] + 1)
                        return named
        return None

    def _body_of_a_post(self, mention: _Named) -> bool:
        """Is the body named here only the body of a post held by the subject of a
        speech verb ("added the ATSB chief commissioner", "the union's president
        said"): it tells whose post it is, and is no other speaker."""
        t = self.t
        first = t.at(mention.start)
        entity = t.entity(first) if first >= 0 else None
        if mention.kind != "organization" or entity is None:
            return False
        span = range(entity.first_token, entity.last_token)
        root = _root_of(t, span.start, span.stop)
        head = t.head[root]
        return (
            t.dep[root] in ("compound", "poss")
            and head >= span.stop
            and t.pos[head] == "NOUN"
            and t.lemma[head] in _PERSONAL_NOUNS
            and t.dep[head] in _SUBJECTS
            and self._is_cue(t.head[head])
        )

    def _stance_of(self, sentence: Any) -> str | None:
        """ "Her neighbour Barry Holt disagrees. ¶ “…”", "The captain, Tom Reyes, was
        less upbeat. ¶ “…”": a paragraph ending in a sentence that says where one named
        person (the only one it names) stands, by a verb of stance or "be" with an
        adjective, introduces that person's words."""
        t = self.t
        tokens = t.between(sentence.start, sentence.end)
        people = {id(t.entity(i)) for i in tokens if t.ent[i] == PERSON}
        root = next((i for i in tokens if t.dep[i] == "ROOT"), None)
        if len(people) != 1 or root is None or t.pos[root] not in ("VERB", "AUX"):
            return None
        stance = t.lemma[root] in STANCE_LEMMAS or (
            t.lemma[root] == "be" and any(t.dep[c] == "acomp" for c in t.children[root])
        )
        subjects = [c for c in t.children[root] if t.dep[c] in _SUBJECTS]
        if not stance or len(subjects) != 1 or t.dep[subjects[0]] != "nsubj":
            return None
        if any(t.dep[c] == "neg" for c in t.children[root]):
            return None
        named = self._named_in_phrase(subjects[0])
        record = self._by_form.get(named) if named is not None else None
        return record.name if record is not None and record.kind == "person" else None

    # --- who a source stands for -------------------------------------------------------

    def _person_who_hangs_above(self, antecedent: int) -> int:
        """ "Ann Lee, artistic director of the Tyne Rep, who said ...": the parser hangs
        a "who" clause on the nearest noun, the body in the person's apposition; "who"
        stands for the person the apposition describes. Climbs through the apposition's
        "of"/"at" phrase to the first named person, within a few arcs; else the noun the
        parser chose."""
        t = self.t
        index = antecedent
        for _ in range(_WHO_CLIMB_ARCS):
            if t.dep[index] not in ("pobj", "prep", "appos", "compound") or t.head[index] == index:
                break
            index = t.head[index]
            named = self._named_in_phrase(index)
            record = self._by_form.get(named) if named is not None else None
            if record is not None and record.kind == "person":
                return index
        return antecedent

    def _body_it_stands_for(self, source: int) -> tuple[str | None, list[str]]:
        """The organization "it" (or "its" before the source) stands for: a body the
        article described since, else the nearest organization named before."""
        t = self.t
        described = self._body_described_since(source)
        if described is not None:
            return self._organization(t.start[described], t.lemma[described])
        return self._organization(t.start[source], "it")

    def _titled_before_or_next(self, source: int) -> tuple[str | None, list[str]]:
        """A description the article gave no one: the one the sentences before bring in
        with a title (`_titled_just_named`), else the one person the very next sentence
        names with the description's own word as title ("‘…,’ the judge told him.
        District Judge Sarah Quint fined him £400")."""
        found = self._titled_just_named(source)
        if found[0] is not None:
            return found
        name = self._titled_in_sentence(source, self.t.sent[source] + 1)
        if name is None:
            name = self._named_speaking_next(source)
        return (name, [name]) if name is not None else (None, [])

    def _named_speaking_next(self, source: int) -> str | None:
        """ "The manager said his side were ‘not at the races’. Kevin Marr, who took over
        in May, said: ‘…’": a post the article gave no one, whose words are quoted, is
        the person the very next sentence names for the first time as the subject of its
        speech verb, given no post of their own and speaking in quoted words there too
        ("Striker Tom Bell said" and "Bell, 34, was jailed" are someone else; round 24).
        Only in a story that names nobody before the description: a lead that holds the
        name back ("'We will appeal,' the lawyer said" after the defendant was named may
        be followed by the defendant's own words)."""
        t = self.t
        if any(
            m.kind == "person"
            # (not a name in the description itself: "the Stannard Vale coach")
            and not any(t.head[i] == source for i in self._tokens_of(m))
            for m in self._earlier(t.start[source])
        ):
            return None
        if not {t.lower[source], t.lemma[source]} & ROLE_NOUNS or {
            t.lower[source],
            t.lemma[source],
        } & (_GENERIC_PERSONS | SPOKESPERSON_NOUNS | KIN_NOUNS):
            return None
        following = t.sent[source] + 1
        if following >= len(t.sent_starts):
            return None
        first, last = t.sentence_bounds(following)
        root = next((i for i in range(first, last) if t.dep[i] == "ROOT"), None)
        if root is None or t.lemma[root] not in SPEECH_LEMMAS or self._inside(root):
            return None
        if not any(self._inside(i) for i in range(first, last)):
            return None  # "Kevin Marr said he was sorry": no words of his to match
        subject = next((c for c in t.children[root] if t.dep[c] in _SUBJECTS), None)
        if subject is None or t.pos[subject] != "PROPN" or self._inside(subject):
            return None
        mention = next(iter(self._earlier(t.end[subject])), None)
        if (
            mention is None
            or mention.kind != "person"
            or t.at(mention.start) < first
            or subject not in self._tokens_of(mention)
            or any(not role.isdigit() for role in mention.roles)
        ):
            return None
        span = self._tokens_of(mention)
        if span.start > first and t.lower[span.start - 1].rstrip(".") in _TITLE_WORDS:
            return None  # "Dr Ann Lee said": a title the description did not give
        name = (self._by_form.get(mention.name) or mention).name
        if any(
            (self._by_form.get(m.name) or m).name == name for m in self._earlier(t.start[first])
        ):
            return None  # named before: the description would have referred back
        return self._materialize(mention)

    def _titled_just_named(self, source: int) -> tuple[str | None, list[str]]:
        """ "Tate was joined by captain Joe Mbeki ... The midfielder said", "Former
        adviser Paul Grant was less impressed. ... the economist said": a description
        the article gave no one refers to the one person the nearest earlier sentence
        naming people (outside quotes) brings in (names for the first time, or gives a
        title), when it gives them a title; nobody when it brings in two, or brings in
        someone without a title. A description with its own complement ("the head of the
        regional authority said") describes someone in full, not the one brought in."""
        t = self.t
        words = {t.lower[source], t.lemma[source]}
        if (
            not (words & (_PERSONAL_NOUNS | DESCRIBING_NOUNS) or t.lemma[source].endswith("ist"))
            or words & (_GENERIC_PERSONS | SPOKESPERSON_NOUNS | KIN_NOUNS)
            or t.sent[source] < 1
            or any(t.dep[c] == "prep" for c in t.children[source])
        ):
            return None, []  # "the carrier said": a business may be meant
        position = t.start[source]
        here = t.sent[source]
        mentions = [
            m
            for m in self._earlier(position)
            if m.kind == "person" and not self._inside(t.at(m.start))
        ]
        if not mentions or not here - 3 <= t.sent[t.at(mentions[0].start)] < here:
            return None, []
        sentence = t.sent[t.at(mentions[0].start)]
        floor = t.start[t.sentence_bounds(sentence)[0]]

        def name_of(mention: _Named) -> str:
            record = self._by_form.get(mention.name)  # looked up, never added
            return record.name if record is not None else mention.name

        def titled(mention: _Named) -> bool:
            # a role word, or a common noun set before the name as its title ("Former
            # Kelso lock Ewan Rennie")
            span = self._tokens_of(mention)
            if mention.roles & (_ROLE_WORDS - _ADDRESS_WORDS - KIN_NOUNS):
                return True  # (not "Her son, Arun Menon": kin is no post; round 29)
            if not len(span) or span.start < 1:
                return False
            title = span.start - 1
            if t.lower[title].rstrip(".") in _TITLE_WORDS - _ADDRESS_WORDS:
                return True  # "Dr Amara Osei", not "Mr Dean Parry"
            if t.pos[title] != "NOUN":
                return False
            return t.head[title] in span or any(t.head[i] == title for i in span)

        def posts(mention: _Named) -> set[str]:
            # the mention's role words and the word set before the name as its title
            span = self._tokens_of(mention)
            title = {t.lower[span.start - 1]} if len(span) and span.start >= 1 else set()
            return set(mention.roles) | title

        def modifier(mention: _Named) -> bool:
            # "Former Brackley midfielder Shaun Pellow": a name the recognizer took for a
            # person, only qualifying the title
            span = self._tokens_of(mention)
            if not len(span):
                return False
            root = _root_of(t, span.start, span.stop)
            return t.dep[root] == "compound" and t.pos[t.head[root]] == "NOUN"

        before = {name_of(m) for m in mentions if m.start < floor}
        brought = [
            m
            for m in mentions
            if m.start >= floor and (name_of(m) not in before or titled(m)) and not modifier(m)
        ]
        if len({name_of(m) for m in brought}) != 1 or not any(titled(m) for m in brought):
            return None, []  # "Officers arrested Dean Parry, 25": no title of his
        described = words | {
            t.lower[c] for c in t.children[source] if t.dep[c] in ("compound", "amod")
        }
        if any(on_other_sides(described, posts(m)) for m in brought):
            # "Fullback Tom Ash was sent off. '…,' said the home manager": a post of the
            # story's other side describes someone else
            return None, []
        name = self._materialize(brought[-1])
        return name, [name]

    def _kin_owner(self, name: str, position: int, gender: str) -> str | None:
        """The person named as whose relative `name` was introduced near before
        ("Platt's father, Keith": Platt), when a "he"/"she" of `gender` may be them."""
        t = self.t
        for mention in self._earlier(position):
            record = self._by_form.get(mention.name)
            if not mention.roles & KIN_NOUNS or name not in (
                mention.name,
                record and record.name,
            ):
                continue
            node = t.at(mention.start)
            for _ in range(3):  # up the apposition to the kin noun
                if node < 0 or t.lemma[node] in KIN_NOUNS or t.head[node] == node:
                    break
                node = t.head[node] if t.dep[node] in ("appos", "compound", "flat") else -1
            if node < 0 or t.lemma[node] not in KIN_NOUNS:
                continue
            owners = [c for c in t.children[node] if t.dep[c] == "poss" and t.pos[c] == "PROPN"]
            if len(owners) != 1:
                return None
            word = t.text[owners[0]].casefold()
            full = self._surnames.get(word) or self._by_given.get(word, {})
            owner = (
                self._materialize(next(iter(full.values())))
                if len(full) == 1
                else self._named_in_phrase(owners[0])
            )
            if owner is None or owner == name:
                return None
            # the child's gender as the parent's sentence tells it ("drove him", "her
            # daughter"); with none told, nobody is guessed
            first, last = t.sentence_bounds(t.sent[node])
            told = {
                CHILD_GENDER.get(t.lower[i])
                or ("f" if t.lower[i] == "her" and t.dep[i] != "poss" else None)
                for i in range(first, last)
                if i != node
            } - {None}
            return owner if told == {gender} else None
        return None

    def _person_of_nationality(self, position: int, word: str) -> str | None:
        """ "Luke Brennan beat Croatia's Mateo Juric ... ‘…,’ the Croatian said",
        "Spaniard Pablo Ruiz won": the one person named before right after that people's
        word or its country's possessive ("Croatia's"), or before "of" and the country;
        nobody when the article gave it to two."""
        t = self.t
        country = demonym_country(word)
        if country is not None:
            marks = self._nationality_marks_of(country)
            if sum(1 for at in marks if at < position) > 1:
                return None  # "Croatia's Luka Brnic beat Croatia's Ante Vidak"
        found: dict[str, _Named] = {}
        for mention in self._earlier(position):
            if mention.kind != "person":
                continue
            first = t.at(mention.start)
            last = t.at(mention.start + len(mention.name) - 1)
            if first < 0:
                continue
            before = t.text[first - 1] if first > 0 else ""
            owner = t.text[first - 2] if first > 1 and before in ("'s", "’s") else None
            after = t.text[last + 2] if last + 2 < len(t) and t.lower[last + 1] == "of" else None
            if before == word or (
                country is not None
                and country in (country_names().get(owner or ""), country_names().get(after or ""))
            ):
                found.setdefault((self._by_form.get(mention.name) or mention).name, mention)
                if len(found) > 1:
                    return None
        return next((self._materialize(m) for m in found.values()), None)

    def _kin_of_named(self, source: int) -> str | None:
        """ "Lumsden's wife, who was in court, shouted ‘…’", "Tamsin's rep said": a
        relative or representative of a person the article names, with no name of their
        own, credited in the article's words."""
        t = self.t
        if (
            t.lemma[source] not in KIN_NOUNS | REPRESENTATIVE_NOUNS | FAMILY_NOUNS
            or t.tag[source] != "NN"
        ):
            return None
        owners = [c for c in t.children[source] if t.dep[c] == "poss" and t.pos[c] == "PROPN"]
        if len(owners) != 1 or self._inside(owners[0]):
            return None
        owner = owners[0]
        first = owner
        while first - 1 >= 0 and t.head[first - 1] == owner and t.dep[first - 1] == "compound":
            first -= 1
        # the owner among the people (whatever the recognizer took the surname for),
        # a courtesy title aside ("Mr Hollins's family": Hollins)
        named = first
        while named < owner and t.lower[named].rstrip(".") in _TITLE_WORDS:
            named += 1
        words = " ".join(t.text[named : owner + 1])
        record = self._by_form.get(words)
        if named == owner:
            # a surname alone is whoever alone holds it ("Cole's son" of two Coles: none)
            found = self._by_last.get(t.text[owner].casefold(), ())
            record = found[0] if len(found) == 1 else None
            if record is None and not found:
                # "Obi's lawyer", "Tamsin's rep": the one person named in full with that
                # surname, else with that given name
                word = t.text[owner].casefold()
                people = self._surnames.get(word) or self._by_given.get(word, {})
                if len(people) == 1:
                    full = self._materialize(next(iter(people.values())))
                    record = self._actor_for(full, PERSON, t.start[owner], create=False)
        if record is None or record.kind != "person":
            return None
        return self.text[t.start[first] : t.start[source] + len(t.text[source])]

    def _brought_in_next(self, source: int) -> str | None:
        """ "‘…,’ the 74-year-old said outside court. Harold Pimm had denied the charge":
        a description that refers back to no one is the person the very next sentence
        brings in as its main verb's subject, named there for the first time and given
        no post ("Prosecutor Jane Bell told the jury" is someone else)."""
        t = self.t
        following = t.sent[source] + 1
        if following >= len(t.sent_starts):
            return None
        first, last = t.sentence_bounds(following)
        root = next((i for i in range(first, last) if t.dep[i] == "ROOT"), None)
        if root is None:
            return None
        subject = next((c for c in t.children[root] if t.dep[c] in _SUBJECTS), None)
        if subject is None or self._inside(subject):
            return None
        mention = next(iter(self._earlier(t.end[subject])), None)
        if (
            mention is None
            or mention.kind != "person"
            or t.at(mention.start) < first
            or subject not in self._tokens_of(mention)
            or any(not role.isdigit() and role not in _TITLE_WORDS for role in mention.roles)
            # "Reed, 81, said" is not "the 39-year-old"
            or any(
                role.isdigit() and role != self._age_of_description(source)
                for role in mention.roles
            )
        ):
            return None
        name = (self._by_form.get(mention.name) or mention).name
        before = [
            m
            for m in self._earlier(t.start[source])
            if (self._by_form.get(m.name) or m).name == name
        ]
        if before and (
            # named before: the age would have referred back to them, unless it could
            # not ("a late own goal from Sean Mulvey ... ‘…,’ the 31-year-old said.
            # Mulvey has played 200 games"): named only aside, given no age, never
            # heard from
            any(m.subject or self._says(m) or self._has_spoken(m) for m in before)
            or name in self._described_ages
            or any(role.isdigit() for m in before for role in m.roles)
        ):
            return None
        return self._materialize(mention)

    def _spoke_through_its(self, source: int) -> str | None:
        """The person a body spoke through, named between it and its speech verb ("The
        Lagos State Police Command, through its spokesman, SP Bala Musa, said: ‘…’"): the
        one who speaks (round 25). A person's aide ("the minister, through his aide")
        leaves the principal as the speaker."""
        t = self.t
        verb = t.head[source]
        if t.dep[source] not in _SUBJECTS or t.lemma[verb] not in SPEECH_LEMMAS or verb <= source:
            return None
        through = next(
            (
                i
                for i in range(source + 1, verb - 2)
                if t.lower[i] == "through" and t.lower[i + 1] in BODY_POSSESSIVES
            ),
            None,
        )
        if through is None:
            return None
        last = verb - 1
        while last > through and t.pos[last] == "PUNCT":
            last -= 1
        if last <= through + 2 or t.pos[last] != "PROPN":
            return None
        holder = t.entity(last)
        if holder is None:
            # "through its spokesman, Inspector Emeka Obi, said": a name the recognizer
            # tagged as nothing, apposed to the post after "through its", is the person
            return self._apposed_to_the_post(through, last)
        if holder.label not in (PERSON, ORG):
            return None
        first_word = t.at(holder.start)
        if holder.label == ORG and not (
            # "through its national publicity secretary, Felix Ude, said": a name the
            # recognizer took for a body, apposed to the post it holds
            first_word > through + 2
            and t.text[first_word - 1] == ","
            and t.pos[first_word - 2] == "NOUN"
            and all(t.pos[i] == "PROPN" for i in range(first_word, last + 1))
            and 2 <= last + 1 - first_word <= 3
        ):
            return None
        record = self._actor_for(holder.text, PERSON, holder.start, single=True)
        return record.name if record is not None and record.kind == "person" else None

    def _named_in_phrase(self, source: int) -> str | None:
        """A person or organization named in the source's own phrase: the entity it is
        part of, its apposition, or a name compounded with it ("the UCI president" is
        not a name; "Culture Secretary Jeremy Hunt" is)."""
        t = self.t
        if self._apposed_to_whom_spoken_for(source):
            return None
        office = t.entity(source)
        if office is not None and office.label == PERSON and office_named(_strip_name(office.text)):
            # "The Dean of Kestwick, the Very Rev Alan Moss, said": the office is the
            # description of the person named in apposition to it, who speaks.
            for child in t.children[source]:
                holder = t.entity(child) if t.dep[child] == "appos" else None
                if holder is not None and t.pos[child] == "PROPN" and child >= office.last_token:
                    record = self._actor_for(holder.text, PERSON, holder.start, single=True)
                    if record is not None:
                        return record.name
        if self._name_describing_a_person_noun(source):
            return None
        office_name = self._office_as_name(source)
        if office_name is not None:
            holders = {
                n for at, n in self._role_holders.get(t.lower[source], ()) if at < t.start[source]
            }
            if len(holders) == 1:
                # "Tory MP Sarah Benn ... the MP for Eastleigh North said": the one person
                # the article gave the office's title before
                (only,) = holders
                known = self._by_form.get(only)
                return known.name if known is not None else only
            record = self._actor_for(office_name, PERSON, t.start[source], single=True)
            if record is not None:
                return record.name
        modifiers = [c for c in t.children[source] if t.dep[c] in ("appos", "compound")]
        if (
            source + 1 < len(t.lower)
            and t.lower[source + 1] in LIKENESS_NOUNS
            and t.ent[source] == PERSON
        ):
            return None  # "The Elvis Presley lookalike said", "lookalike" tagged ADV
        if t.pos[source] == "NOUN" and t.lemma[source] in LIKENESS_NOUNS:
            # "The Elvis Presley lookalike said": not Presley (round 25)
            modifiers = [c for c in modifiers if t.dep[c] != "compound"]
            entity = t.entity(source)
            if entity is not None and entity.label == PERSON:
                return None
        modifiers += self._named_after_its_body(source)
        # "Senate Majority Leader Chuck Schumer, D-N.Y., said", parsed with "Leader" as
        # the subject: the person the title belongs to speaks, not the body in the title.
        people = [c for c in modifiers if (e := t.entity(c)) is not None and e.label == PERSON]
        if t.pos[source] == "NOUN" and t.lemma[source] in COLLECTIVE_BODY_NOUNS:
            people = people or [
                c
                for c in modifiers
                if c < source
                and t.dep[c] == "compound"
                and t.pos[c] == "PROPN"
                and (self._namesakes(t.text[c]) or self._given_and_surname(c))
            ]
        if people and t.pos[source] == "NOUN" and t.lemma[source] in COLLECTIVE_BODY_NOUNS:
            # "The Tilley campaign said", "the Okafor group said": a body named after a
            # person speaks, not the person (round 21): the body, as the name and the
            # noun write it
            first = min(people)
            while first - 1 >= 0 and t.head[first - 1] == first and t.pos[first - 1] == "PROPN":
                first -= 1  # "The Noelle Baptiste campaign"
            named_body = self._actor_for(
                self.text[t.start[first] : t.end[source]], ORG, t.start[first]
            )
            if named_body is None or named_body.kind != "organization":
                return None
            return named_body.name
        for index in [source, *people, *(c for c in modifiers if c not in people)]:
            if index == source and people and t.lower[source] in _ROLE_WORDS:
                continue  # "The Taoiseach, Mary Byrne, said": an office the recognizer named
            if index == source and modifiers and self._dateline_place(source):
                # "KARACHI: Federal Minister X on Wednesday said", parsed with the
                # dateline's city as the subject: the city is where the story was filed
                continue
            if people and index not in people and index != source:
                entity = t.entity(index)
                if entity is not None and entity.label == ORG:
                    continue
            entity = t.entity(index)
            if entity is not None and index == source:
                entity = self._relabelled(entity)
            if (
                entity is not None
                and index == source
                and entity.label == ORG
                and t.lower[source] in _ROLE_WORDS
            ):
                # "The Police Public Relations Officer, DSP Ramesh Kumar, said": a post the
                # recognizer took for a body, with a person named in apposition to it.
                post_holder = self._name_apposed_to_post(source)
                if post_holder is not None:
                    return post_holder
            personal = t.pos[source] == "NOUN" and (
                t.lower[source] in _PERSONAL_NOUNS or t.lemma[source] in _PERSONAL_NOUNS
            )
            if (
                entity is not None
                and index != source
                and personal
                and t.dep[index] == "appos"
                and entity.label in _PLACE_LABELS
                and entity.last_token - entity.first_token >= 2
            ):
                # "the route director, Olivia Grange": a name in apposition to a person
                # noun is a person's, whatever place the recognizer took it for.
                entity = replace(entity, label=PERSON)
            if entity is not None and entity.label in (PERSON, ORG):
                label = entity.label
                if label == ORG and index != source and self._portfolio_of_title(index, source):
                    continue  # "the Finance Minister replied": not the body "Finance"
                if label == ORG and index != source and self._described_as_a_person(source):
                    # "Ines Cole, director of policy at the debt charity Fairwarm, said",
                    # parsed with the charity in apposition to her: she speaks, not it.
                    continue
                if label == ORG and index != source and t.pos[source] == "NOUN":
                    if t.dep[index] != "appos" or not personal:
                        continue  # "the UCI president": an ORG modifying a person noun
                    # "The shadow secretary, Ann Lee, said": a person however labelled.
                    label = PERSON
                if (
                    label == ORG
                    and index != source
                    and t.dep[index] == "compound"
                    and t.lower[source] in _TITLE_WORDS
                    and self._named_after_brief(source) is not None
                ):
                    # "Cabinet Secretary for Education Ann Lee said": the body before the
                    # title is part of the office of the person named after its brief
                    continue
                if (
                    label == PERSON
                    and index != source
                    and personal
                    and t.dep[index] == "compound"
                    and any(
                        t.dep[c] in ("det", "poss") and c < entity.first_token
                        for c in t.children[source]
                    )
                ):
                    # "The Stannard Vale coach admitted", "the Wayne Rooney lookalike
                    # said": a name between the determiner and a person noun says whose
                    # post it is (a club, a town, a firm the recognizer took for a
                    # person) or what kind of person; it is not the speaker (round 24)
                    continue
                if label == PERSON and self._shared_given_name(entity.text):
                    return None  # "Jack Mellor and Jack Dunstan ... Jack said": either
                if label == ORG and index == source and self._described_as_a_person(source):
                    # "Preston, the union's organiser, said" after "Alan Preston": a
                    # surname alone the recognizer took for a body, given a post
                    surnamed = self._surname_of_one(entity, source)
                    if surnamed is not None:
                        return surnamed
                # The subject of a speech verb: even one word names a speaker.
                record = self._actor_for(entity.text, label, entity.start, single=True)
                if record is not None and label == PERSON:
                    self._fuller_name(entity, record)
                if record is not None:
                    return record.name
            if entity is not None and entity.label in (GPE, NORP) and index == source:
                # "Writing on Instagram, Tamsin told her followers": a given name the
                # recognizer took for a place is the one person the article gave it.
                return (
                    self._given_name_of(entity.text)
                    or self._surname_of_one(entity, source)
                    or self._country_or_group(entity.text)
                )
        # "the Chief Minister said": capitalized words of the title before it, no name
        title_words = [
            c
            for c in t.children[source]
            if t.dep[c] == "compound"
            and c < source
            and t.text[c][:1].isupper()
            and (
                (
                    t.ent[c] not in (PERSON, ORG, GPE, NORP)  # (not "the Deputy" of a work)
                    and t.lower[c] in _ROLE_WORDS | ROLE_QUALIFIERS
                )
                or self._portfolio_of_title(c, source)
            )
        ]
        if (
            t.lower[source] in _ROLE_WORDS
            and t.text[source][:1].isupper()
            and not any(
                t.dep[c] == "appos" or (t.dep[c] == "compound" and c not in title_words)
                for c in t.children[source]
            )
            and any(t.lower[c] in ("the", "our", "their") for c in t.children[source])
        ):
            # "said the MP", "the CEO told", "the Prime Minister replied": a role written
            # in capitals is no name; the person the article gave that role before
            role, _ = self._person_by_role(
                t.start[source], {t.lower[source]}, {t.lower[c] for c in title_words}
            )
            return role
        if t.lower[source] in _ROLE_WORDS:
            appositive = self._titled_name(source)
            if appositive is not None:
                return appositive
        if t.pos[source] == "PROPN" or (t.pos[source] == "NOUN" and t.text[source][:1].isupper()):
            # A name the recognizer (or the tagger) missed: the capitalized words of the
            # phrase, looked up among the actors.
            first = source
            while first - 1 >= 0:
                if (
                    first - 2 >= 0
                    and t.text[first - 1] == "-"
                    and t.start[first - 1] + 1 == t.start[first]
                    and t.start[first - 2] + len(t.text[first - 2]) == t.start[first - 1]
                    and t.text[first - 2][:1].isupper()
                ):
                    first -= 2  # "Llewellyn-Price": one surname, hyphenated
                    continue
                if not (
                    t.head[first - 1] == source
                    and t.text[first - 1][:1].isupper()
                    and t.pos[first - 1] in ("PROPN", "NOUN")
                ):
                    break
                first -= 1
            words = " ".join(
                self.text[t.start[first] : t.start[source] + len(t.text[source])].split()
            )
            record = self._by_form.get(words)
            if record is None and t.ent[source] == "":
                found = self._by_last.get(words.split()[-1].casefold(), ())
                record = found[0] if len(found) == 1 else None
            if record is not None and record.kind in ("person", "organization", "group"):
                return record.name
            if record is None and t.dep[source] in _SUBJECTS and self._is_cue(t.head[source]):
                titled = words.split()[0].casefold().rstrip(".") in _TITLE_WORDS
                body = any(
                    t.dep[c] in ("appos", "compound")
                    and t.pos[c] == "NOUN"
                    and t.lemma[c] in BODY_NOUNS | ORG_KIND_NOUNS | COMPANY_NOUNS
                    for c in t.children[source]
                )
                if body and t.ent[source] not in (GPE, NORP, "LOC"):
                    # "Ofwat, the water regulator, said", "Watchdog Ofcom said" (the
                    # capitalized description is no part of the name)
                    named = words.split()
                    while len(named) > 1 and named[0].casefold() in DESCRIPTIVE_BODY_NOUNS:
                        named = named[1:]
                    record = self._actor_for(" ".join(named), ORG, t.start[source])
                    return record.name if record is not None else None
                described = any(
                    t.dep[c] == "appos" and self._personal(c) for c in t.children[source]
                )
                if t.ent[source] not in (GPE, NORP, "LOC") and (titled or described):
                    # "Dr Ann Lee, the agency's adviser, told ...", the recognizer unsure
                    person = self._actor_for(words, PERSON, t.start[first])
                    return person.name if person is not None else None
                # "... at pensioner Doreen Platt, 82. Doreen said": a given name alone,
                # which the recognizer missed or took for a thing ("said Doreen" as a
                # product), for the one person the article gave it
                given = (
                    self._given_name_of(words)
                    if t.ent[source] not in (PERSON, ORG, GPE, NORP, "LOC")
                    else None
                )
                if given is not None:
                    return given
                held = self._name_after_a_post_word(first, source)
                if held is not None:
                    return held
                return self._organization_named(words, t.start[first])
        return None

    def _portfolio_of_title(self, index: int, source: int) -> bool:
        """ "the Finance Minister", "the Health Secretary", "the Education Minister": a
        capitalized word the recognizer took for a body, compounded into a title written
        after "the" with no name. It is the title's portfolio, part of how the article
        names one person, never the speaker itself (a spokesman's body speaks, so the
        spokesperson nouns are not titles here; round 37)."""
        t = self.t
        if not (
            index < source
            and t.dep[index] == "compound"
            and t.head[index] == source
            and t.text[index][:1].isupper()
            and t.text[source][:1].isupper()
            and t.lower[source] in _TITLE_WORDS
            and t.lower[source] not in SPOKESPERSON_NOUNS
            and t.ent[index] not in (PERSON, GPE, NORP)
            and t.ent[source] not in (PERSON, ORG)
        ):
            return False
        return any(
            t.dep[c] == "det" and t.lower[c] in ("the", "this", "that") for c in t.children[source]
        )

    def _given_name_of(self, word: str) -> str | None:
        """The one person among the actors whose given name is `word`, if one only."""
        key = word.strip().casefold()
        if " " in key or key in self._surnames:
            return None
        people = list(self._by_given.get(key, {}).values())
        return self._materialize(people[0]) if len(people) == 1 else None

    def _titled_name(self, source: int) -> str | None:
        """ "Detective Constable Amy Lowther of West Mercia Police said", parsed with the
        title as the subject and the name in apposition, unrecognized: the person whose
        given name and surname (two or more capitalized words, outside any quote) stand
        in apposition to the title."""
        t = self.t
        for child in t.children[source]:
            if t.dep[child] != "appos" or t.pos[child] != "PROPN" or t.ent[child]:
                continue
            first = child
            while (
                first - 1 > source
                and t.head[first - 1] == child
                and t.dep[first - 1] == "compound"
                and t.pos[first - 1] == "PROPN"
            ):
                first -= 1
            words = t.text[first : child + 1]
            if len(words) < 2 or not all(w[:1].isupper() for w in words) or self._inside(child):
                return None
            record = self._actor_for(" ".join(words), PERSON, t.start[first])
            return record.name if record is not None and record.kind == "person" else None
        return self._named_after_brief(source)

    def _organization_named(self, words: str, position: int) -> str | None:
        """The subject of a speech verb written as a name the recognizer missed: the
        short form of an organization named before ("Tessel Freight NV ... Tessel Freight,
        which ..., said"), or a name an organization's word or acronym ends ("The Wessex
        RFU said", "Harbour Trust said")."""
        for mention in self._earlier(position):
            if mention.kind == "organization" and mention.name.startswith(words + " "):
                return self._materialize(mention)
        last = words.split()[-1]
        if (last.isupper() and 2 <= len(last) <= 6) or last in ORG_HEADS:
            record = self._actor_for(words, ORG, position)
            return record.name if record is not None else None
        return None

    def _reported_by_pronoun(self, mention: _Named, gender: str) -> bool:
        """Is the mention reported by a "he"/"she" of `gender` ("She said a colleague,
        Meg Doyle, had ...")?"""
        reporter = self._reporter(mention.start)
        return reporter is not None and _PRONOUN_GENDER.get(self.t.lower[reporter]) == gender

    def _subject_beside_a_main_one(self, mention: _Named, fitting: list[_Named]) -> bool:
        """ "Energy Minister Gurinder Bains defended the board, which was appointed by
        his predecessor, Carl Mertz. ‘…,’ he said": a subject (or passive agent) inside a
        relative clause is passed over for the sentence's own subject the pronoun fits
        (round 23)."""
        return self._in_relative_clause(mention) and bool(
            self._main_subjects_beside(mention, fitting)
        )

    def _other_main_subject(self, first: _Named, fitting: list[_Named]) -> bool:
        """ "Senator Ruth Caldwell clashed with Governor Amy Hollis, and Hollis walked
        out. ‘…,’ she said", "Mr Adeyemi resigned while Mr Okafor stayed. ‘…,’ he said":
        two people the pronoun fits are each a subject of the sentence the chosen one
        is in (neither in a relative clause nor reported by the other): the nearer is
        no surer than the other, so nobody is credited (a wrong speaker is worse than
        none; round 23)."""
        if not first.subject or self._in_relative_clause(first) or self._subject_of_root(first):
            return False  # "After Jon Kerr scored, manager Pete Wills praised his side"
        return bool(self._main_subjects_beside(first, fitting))

    def _person_by_role(
        self, position: int, nouns: set[str], modifiers: set[str]
    ) -> tuple[str | None, list[str]]:
        """ "The prosecutor said", "added the UCI president": the nearest named person
        before whom the article gave that role. A party word ("the Democratic governor")
        only rules out a person the article gives another party."""
        parties = {m for m in modifiers if m.capitalize() in PARTY_WORDS}
        modifiers = modifiers - parties
        for mention in self._earlier(position):
            if parties and any(
                r.capitalize() in PARTY_WORDS and r not in parties for r in mention.roles
            ):
                continue
            if mention.kind == "person" and mention.roles & nouns:
                if modifiers and not (mention.roles & modifiers or modifiers <= {"the"}):
                    continue
                if (mention.roles & ROLE_QUALIFIERS) - modifiers:
                    continue  # "Shadow health secretary Ann Lee" is not "the health secretary"
                if (modifiers & ROLE_QUALIFIERS) - mention.roles:
                    continue  # nor "Prime Minister Tom Lister" "the Deputy Prime Minister"
                name = self._materialize(mention)
                return name, [name]
        if not any(m.kind == "person" and m.roles & nouns for m in self._earlier(position)):
            # nobody near given the very word: the one given a closed compound ending on
            # it ("a retired schoolteacher ... the retired teacher said"; round 29)
            for mention in self._earlier(position):
                if mention.kind != "person" or not _compound_role_of(mention.roles, nouns):
                    continue
                if modifiers and not (mention.roles & modifiers or modifiers <= {"the"}):
                    continue
                if (mention.roles & ROLE_QUALIFIERS) - modifiers:
                    continue
                name = self._materialize(mention)
                return name, [name]
        if modifiers - {"the"}:
            return None, []
        # beyond the mentions near: the one person the article gave the role before
        holders = {
            name for noun in nouns for at, name in self._role_holders.get(noun, ()) if at < position
        }
        if len(holders) != 1:
            return None, []
        (name,) = holders
        record = self._by_form.get(name)
        name = record.name if record is not None else name
        return name, [name]

    def _organization(self, position: int, head: str) -> tuple[str | None, list[str]]:
        """ "the ministry said", "it said": the nearest organization named before whose
        name fits the noun; of the nearest few that fit, one named as a clause's subject
        or a speaker before one only mentioned ("Harbour Foods closed the plant ...
        contacted by the BBC ... it said")."""
        fitting: list[_Named] = []
        for mention in self._earlier(position):
            if (
                mention.aside
                or self._classifies_noun(mention)
                or mention.name.casefold() in _COMMON_BODY_NOUNS
            ):
                # "Drugmaker pulls pill" (a headline's capital): a body's common noun, no name
                # "wrote on Instagram ... ‘…,’ it said": not Instagram; "talks with the
                # Championship club": the league names what kind of club, not the club
                continue
            if mention.kind != "organization" and not (
                # "Brackley Town" the recognizer took for a person: the club by its name
                (head in INSTITUTION_NOUNS and institution_fits(head, mention.name))
                # "the private operator Bluewake Marine ... the company said": a name the
                # article itself calls a business
                or (head in COMPANY_NOUNS and self._called_business_before(mention, position))
                # "The charity Warmer Homes ... the charity said": the body by that noun
                or self._called_noun_before(mention, position, head)
                # "Carrigmore Racecourse" the recognizer took for a person: a name that
                # ends on the very noun ("the racecourse said") is no person's
                or _named_by_noun(mention.name, head)
            ):
                continue
            if head in CLUB_DESCRIPTION_NOUNS and any(
                w in COMPETITION_WORDS for w in mention.name.split()
            ):
                # "left the club ninth in the Premier Football League ... a spokesperson
                # for the club": a competition is no club, whatever the parse gave it
                continue
            if (
                institution_fits(head, mention.name)
                or head in mention.roles
                or (head in COMPANY_NOUNS and self._called_business_before(mention, position))
            ):
                # "The fitness app Strydo ... the company said", "League One club
                # Brackley Town ... the club said": the noun the article gave the name.
                fitting.append(mention)
                if len(fitting) >= _MAX_CANDIDATES:
                    break
        if not fitting:
            found = self._one_body_fitting(position, head)
            if found[0] is None:
                found = self._state_body_before(position, head)
            if found[0] is None:
                found = self._body_named_as_a_place(position, head)
            return found
        by_name = {m.name for m in fitting if _named_by_noun(m.name, head)}
        if len(by_name) > 1 and any(m.kind != "organization" for m in fitting):
            # "Carrigmore Racecourse and Listowel Racecourse ... the racecourse said",
            # names the recognizer took for people: either may be meant
            return None, sorted(by_name)
        chosen = next(
            (m for m in fitting if m.subject or self._has_spoken(m)),
            # "At Carrigmore Racecourse, the feature race, the Carrigmore Plate, ... the
            # racecourse said": a name that ends on the noun before one the parser only
            # gave it as a role through a chain of appositions
            next((m for m in fitting if _named_by_noun(m.name, head)), fitting[0]),
        )
        name = self._materialize(chosen)
        return name, [name]

    def _body_named_as_a_place(self, position: int, head: str) -> tuple[str | None, list[str]]:
        """ "Carrowfield City striker ... a statement from the club. ‘…,’ it said", "A
        spokesperson for Harlan County said ... the county said": a body whose name the
        recognizer took for a place, when the body's own noun ("club", "county") is a
        word of that name: the nearest such name a few places back (two different
        names: nobody). A bounded walk back over the place names alone."""
        if head in ANY_INSTITUTION:
            return None, []  # "it said" alone is no place's
        places = self._place_entities
        index = bisect_left(self._place_ends, position + 1) - 1
        names: list[Entity] = []
        steps = 0
        while index >= 0 and steps < _MAX_PLACES_BACK:
            entity = places[index]
            index -= 1
            steps += 1
            if position - entity.end > _LOOKBACK_CHARS:
                break
            if (
                not (
                    _named_by_noun(entity.text, head)
                    or (head in _BODY_WORDS and institution_fits(head, entity.text))
                )
                or len(entity.text.split()) < 2
            ):
                continue  # ("the county": a name that ends on it, "Harlan County")
            if self._inside(entity.first_token):
                continue
            names.append(entity)
        if len({e.text for e in names}) != 1:
            return None, []
        record = self._actor_for(names[0].text, ORG, names[0].start)
        if record is None or record.kind != "organization":
            return None, []
        return record.name, [record.name]

    def _one_body_fitting(self, position: int, head: str) -> tuple[str | None, list[str]]:
        """ "East Penwith District Council's cabinet backed the plan ... (far on) ... A
        spokesperson for the council said": beyond the mentions near, the one body the
        article named before whose name fits an institution's noun ("council", "club");
        nobody when it named two. The bodies fitting each noun are gathered once."""
        if head not in _BODY_WORDS or head in ANY_INSTITUTION:
            return None, []  # "it said" far from any body is no one's
        holders = self._bodies_fitting.get(head)
        if holders is None:
            holders = []
            for mention in self.named:
                if (
                    mention.kind == "organization"
                    and not mention.aside
                    and mention.name.casefold() not in _COMMON_BODY_NOUNS
                    and institution_fits(head, mention.name)
                    and all(m.name != mention.name for m in holders)
                ):
                    holders.append(mention)
                    if len(holders) > _MAX_PER_KEY:
                        break
            self._bodies_fitting[head] = holders
        before = [m for m in holders if m.start < position]
        names = {(self._by_form.get(m.name) or m).name for m in before}
        if len(names) != 1:
            return None, []
        name = self._materialize(before[0])
        return name, [name]


def _compound_role_of(roles: frozenset[str], nouns: set[str]) -> bool:
    """Is one of `roles` a closed compound ending on one of `nouns` ("a retired
    schoolteacher ... the retired teacher said", "goalkeeper" for "the keeper"), never a
    relative's ("grandmother" is no "mother"; round 29)?"""
    return any(
        len(role) - len(noun) >= 3 and role.endswith(noun) and role.isalpha()
        for noun in nouns
        if len(noun) >= 5 and noun not in KIN_NOUNS
        for role in roles
    )
