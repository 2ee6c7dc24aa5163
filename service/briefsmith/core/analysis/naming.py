"""Layer 3 of quote attribution: who a phrase names. Names apposed to posts and
descriptions, kin and owners, bodies and their posts, a name brought in later, the
subject of a clause, words shown or read out rather than spoken.

Each layer is a class that extends the one below; a method calls only methods of its own
layer and of the layers below (mentions < parse_reading < naming < cues < references <
attributor), so every module reads top-down and there is no import cycle. Pure."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import islice

from briefsmith.core.analysis.common import (
    _BODY_WORDS,
    _COMMON_BODY_NOUNS,
    _CUE_LEMMAS,
    _FRAME_TOKENS,
    _KNOWN_TO_WORDS,
    _LABEL_DETERMINERS,
    _LOOKBACK_CHARS,
    _MAX_CANDIDATES,
    _NAME_THEN_AGE,
    _NOMINAL_DEPS,
    _PERSONAL_NOUNS,
    _POSSESSIVE_GENDER,
    _PRONOUN_GENDER,
    _ROLE_WORDS,
    _SAID_OR_DESCRIBED,
    _SENTENCE_ENDS,
    _SPEECH_END_MARKS,
    _SUBJECTS,
    _misparsed_subject,
    _Named,
    _root_of,
    _spoken_through,
    _strip_name,
    _subject_after_fronted_clause,
    _watched_clause,
)
from briefsmith.core.analysis.parse_reading import _ParseReading
from briefsmith.core.analysis.tokens import (
    _ACTING_LABELS,
    _TITLE_WORDS,
    GPE,
    NORP,
    ORG,
    PERSON,
    Entity,
    name_shaped,
)
from briefsmith.core.dependency import hangs_within
from briefsmith.core.extraction.actors import (
    ActorRecord,
)
from briefsmith.core.extraction.quotes import (
    FoundQuote,
)
from briefsmith.core.lexicon import (
    ACCUSATION_LEMMAS,
    AGENT_LOOKALIKES,
    AGENT_SUFFIXES,
    BROADCASTER_NAME_WORDS,
    CLAIM_NOUNS,
    COMITATIVE_PREPOSITIONS,
    COUNTERPART_NOUNS,
    DEATH_LEMMAS,
    DEATH_RESULT_WORDS,
    DOCUMENT_NOUNS,
    ENCOUNTER_LEMMAS,
    ENCOUNTER_PREFIXES,
    FAMILY_NOUNS,
    GIVEN_NAMES,
    HEARD_EVIDENCE_NOUNS,
    KILLING_LEMMAS,
    KIN_NOUNS,
    NAMED_THING_NOUNS,
    NEAR_MISS_ADVERBS,
    NICKNAMING_LEMMAS,
    ORG_HEADS,
    OUTLET_NAME_HEADS,
    OVERHEARD_LEMMAS,
    OWNED_WRITING_NOUNS,
    PERCEIVING_LEMMAS,
    PERSON_NOUNS,
    PREFIXED_ENCOUNTER_LEMMAS,
    PRESS_CONTACT_LEMMAS,
    PRESS_NOUNS,
    PRESS_SELF_NOUNS,
    QUOTING_LEMMAS,
    READ_BACK_DESCRIPTION_NOUNS,
    REFUSING_LEMMAS,
    ROLE_NOUNS,
    SAID_MORE_ADVERBS,
    SENTENCE_LEMMAS,
    SHOWN_TEXT_NOUNS,
    SO_CALLED_WORDS,
    SPEAKING_OUT_LEMMAS,
    SPEECH_LEMMAS,
    SPOKESPERSON_NOUNS,
    STATE_BODY_NOUNS,
    STYLING_LEMMAS,
    TITLING_LEMMAS,
    WATCH_LEMMAS,
    WORD_BEARING_LEMMAS,
    WRITTEN_NOUNS,
    country_names,
    demonym_country,
    fold,
    state_names,
)
from briefsmith.core.names import (
    given_name_gender,
)

# Words of a person or a post, which open no body's name ("Minister for Transport"),
# built once.
_PERSON_WORDS = _TITLE_WORDS | ROLE_NOUNS | PERSON_NOUNS | SPOKESPERSON_NOUNS


class _Naming(_ParseReading):
    """Layer 3 of quote attribution: who a phrase names. (See the module.)"""

    def _roles_from_apposition(self) -> None:
        """A person the article describes in apposition ("Ann Lee, a spokeswoman for the
        port," / "the port's spokeswoman, Ann Lee,") gets that description as a role,
        when the actors have none for them."""
        t = self.t
        for entity in t.entities:
            if entity.label != PERSON or not self.a.is_parsed(entity.start, entity.end):
                continue
            record = self._by_form.get(_strip_name(entity.text))
            if record is None or record.kind != "person" or record.role:
                continue
            root = _root_of(t, entity.first_token, entity.last_token)
            described = [
                c
                for c in t.children[root]
                if t.dep[c] == "appos" and (t.pos[c] == "NOUN" or t.lemma[c] in ROLE_NOUNS)
            ]
            if not described and t.dep[root] == "appos" and t.pos[t.head[root]] == "NOUN":
                head = t.head[root]
                if head < t.head[head] < entity.first_token:
                    # "The charges were approved, according to the state's director of
                    # public prosecutions, Ann Lee,": the parser hung the name on a noun
                    # across the sentence's verb; the role rules read what is set
                    # before the name.
                    continue
                if t.dep[head] == "ROOT":
                    # "Teenage opener's unbeaten 112 sinks holders Pendle Bridge": a noun
                    # that is its sentence's root heads a verbless headline or standfirst,
                    # whose words are the story's; only the noun set right before the
                    # name describes it ("holders").
                    if head == entity.first_token - 1:
                        record.role = t.text[head]
                    continue
                described = [head]
            if described and any(t.lower[c] == "whose" for c in t.children[described[0]]):
                # "Amara Obi, whose grandmother, Ada Obi,": the tie is to the name before
                # "whose", which the parse rules name (_described_before).
                continue
            if described:
                role = self._description(described[0], entity)
                noun = described[0]
                plural = t.text[noun]
                if role and role.endswith(plural) and t.tag[noun] == "NNS":
                    # "Non-executive directors Ann Lee and Tom Bell": each one a director.
                    role = role[: -len(plural)] + t.lemma[noun]
                    if any(t.dep[c] == "nummod" for c in t.children[noun]):
                        # "Three nurses - Ann Lee, ... -": each one a nurse; the count is
                        # no one's role ("Three man").
                        role = t.lemma[noun]
                elif role and role.endswith(plural) and plural[-1] == "s" and plural[:-1].isupper():
                    role = role[:-1]  # "Conservative MPs Ann Lee and Tom Bell": each an MP
                record.role = role

    def _one_speaking(self, index: int) -> bool:
        """ "with one writing: ‘…’": a speech verb's -ing form right after a bare "one",
        which the parser often takes for a noun ("one writing" as a number of writings)."""
        t = self.t
        word = t.lower[index]
        if index == 0 or t.lower[index - 1] != "one" or not word.endswith("ing"):
            return False
        stem = word[:-3]
        forms = {stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem}
        return bool(forms & _CUE_LEMMAS) and not self._inside(index)

    def _subordinate_beside(self, cue: int, first: int, last: int) -> bool:
        """Is the cue after a quote a subordinate clause ("while X insisted ...") of the
        clause the quote's words hang in, which has its own subject ("Ann Lee attacked
        the budget as ‘a betrayal’, while Tom Reed insisted it was fair"): the words are
        that clause's, never the subordinate speaker's."""
        t = self.t
        main = t.head[cue]
        if (
            t.dep[cue] != "advcl"
            or main == cue
            or not any(t.dep[c] == "mark" for c in t.children[cue])
        ):
            return False
        if not any(t.dep[c] in _SUBJECTS and c < first for c in t.children[main]):
            return False
        words = range(first, last + 1)
        return any(
            t.head[i] not in words
            and t.head[i] != i
            and hangs_within(t.head, t.head[i], main, arcs=4)
            for i in words
            if self._inside(i)
        )

    def _clause_of_another(self, clause: int, cue: int) -> bool:
        """Is `clause` a fronted adverbial clause of the cue with its own subject, a noun
        ("As the airline defended its ‘safety record’, Ann Lee said: ...", "While the
        council praised its ‘world-class’ bins, a resident said"): the quote in it is
        that subject's words or the writer's, not the cue's speaker's."""
        t = self.t
        return (
            t.dep[clause] == "advcl"
            and t.head[clause] == cue
            and clause < cue
            and t.pos[clause] in ("VERB", "AUX")
            and any(t.dep[c] == "mark" for c in t.children[clause])
            and any(
                t.dep[c] in ("nsubj", "nsubjpass")
                and t.pos[c] in ("NOUN", "PROPN")
                and not self._inside(c)
                for c in t.children[clause]
            )
        )

    def _speaking_subject(self, token: int) -> bool:
        """Is the subject a name, a pronoun or a noun for a person?"""
        t = self.t
        entity = t.entity(token)
        if entity is not None:
            return entity.label in (PERSON, ORG)
        return t.pos[token] in ("PROPN", "PRON") or (
            t.pos[token] == "NOUN" and self._personal(token)
        )

    def _ended_before(self, cue: int, first: int) -> bool:
        """Does a sentence end between a cue before the quote and its opening mark ("A
        letter was read by Neil Ash. ‘My son was my world,’ she wrote": the parser may
        hang the quote on "read")?"""
        t = self.t
        return cue < first and any(
            t.text[index] in _SENTENCE_ENDS and not self._inside(index)
            for index in range(cue + 1, first)
        )

    def _accuses(self, node: int, path: list[int]) -> bool:
        """ "Ann Lee accused the board of ‘treating villages as an afterthought’": the
        charge is the accuser's words when the quote hangs from the verb's "of" and the
        accuser is its (active) subject or its "by" agent; "he was accused of ‘…’", with
        nobody accusing, credits no one."""
        t = self.t
        if t.lemma[node] not in ACCUSATION_LEMMAS or self._inside(node):
            return False
        if not path or t.lower[path[-1]] != "of":
            return False
        return any(t.dep[c] in ("nsubj", "agent") for c in t.children[node])

    def _asking_before(self, quote: FoundQuote, first: int) -> int | None:
        """An "ask" just before a question, in its sentence or the one introducing it."""
        t = self.t
        paragraph_start = self._paragraph_start(quote.open_at)
        for index in range(first - 1, max(-1, first - _FRAME_TOKENS), -1):
            if t.start[index] < paragraph_start or self._inside(index):
                break
            if t.sent[index] < t.sent[first] - 1:
                break
            if t.lemma[index] == "ask" and t.pos[index] in ("VERB", "AUX"):
                return index
        return None

    def _claim_subject(self, node: int) -> bool:
        """ "Posts claiming the singer had ‘cancelled the tour’ were false": the parser
        often makes the quoted verb the head, with the claim ("posts claiming") its
        subject."""
        t = self.t
        return any(
            t.dep[c] in _SUBJECTS
            and t.pos[c] == "NOUN"
            and t.lemma[c] in CLAIM_NOUNS
            and any(t.dep[g] == "acl" and self._states_a_claim(g) for g in t.children[c])
            for c in t.children[node]
            if not self._inside(c)
        )

    def _adjunct_clause(self, cue: int) -> int | None:
        """ "Lee rejected the claim, calling it “…”": a participle set off by a comma,
        with no subject of its own, adds to its clause (however the parse hangs it):
        the clause's verb, or None."""
        t = self.t
        if (
            t.tag[cue] != "VBG"
            or cue == 0
            or t.text[cue - 1] != ","
            or t.dep[cue] not in ("acl", "advcl")
            or any(t.dep[c] in _SUBJECTS for c in t.children[cue])
        ):
            return None
        node = t.head[cue]
        if t.pos[node] == "NOUN" and (t.lower[node] in WRITTEN_NOUNS or self._personal(node)):
            return None  # "a banner, saying …", "officials, saying …": theirs
        for _ in range(4):
            if t.pos[node] in ("VERB", "AUX") and not self._inside(node):
                return node
            if t.head[node] == node:
                return None
            node = t.head[node]
        return None

    def _post_holder_in_subject(self, subject: int, cue: int) -> int | None:
        """ "Canadian Union of Postal Workers president Jan Kowal said", parsed with the
        body as the subject and the person inside its "of" phrase: the person named
        last, right before the cue, after a post word, speaks."""
        t = self.t
        last = cue - 1
        if t.ent[subject] != ORG or last <= subject or t.ent[last] != PERSON:
            return None
        person = t.entity(last)
        if person is None or self._inside(last) or self._one_of_many_of(subject, last):
            return None  # "Teammates of striker Tom Reyes said" (the recognizer's body)
        post = person.first_token - 1
        if (
            post <= subject
            or t.pos[post] != "NOUN"
            or t.lemma[post] not in _PERSONAL_NOUNS
            or not hangs_within(t.head, last, subject, arcs=4)
        ):
            return None
        return last

    def _labels_noun_after(self, quote: FoundQuote, inside: range, last: int) -> bool:
        """ "the ‘pay as you throw’ scheme", "a ‘once in a generation’ chance": the quoted
        words end with no mark of their own and sit before a noun they modify, so they
        name it. Speech ends on its own punctuation ("‘…,’ she said") or stands apart from
        the words after it; words modifying something said ("her ‘we cannot afford it’
        remark") are still someone's."""
        t = self.t
        after = last + 1
        if quote.text.rstrip()[-1:] in _SPEECH_END_MARKS or after >= len(t):
            return False
        if t.pos[after] != "NOUN" or not t.text[after][:1].islower():
            return False
        if not any(
            t.pos[i] in ("NOUN", "PROPN", "NUM", "PRON")
            or (t.pos[i] == "VERB" and t.tag[i] not in ("VBG", "VBN"))
            for i in inside
        ):
            # "the ‘cowardly and senseless’ attack", "the ‘insulting and derisory’ offer":
            # words that only judge (adjectives, adverbs) are someone's verdict; a name
            # holds a noun or a verb ("pay as you throw", "once in a generation").
            return False
        head = self._phrase_head(after)
        if t.lemma[after] in SPEECH_LEMMAS or t.lemma[head] in _SAID_OR_DESCRIBED:
            # "her ‘we cannot afford it’ remark", "a ‘kind and funny’ grandfather": words
            # about something said or someone described are still someone's.
            return False
        if any(t.head[i] == after for i in inside if t.dep[i] in ("compound", "amod", "nmod")):
            return True
        # The parser often hangs the words elsewhere; a determiner or a possessive just
        # before the marks, which only the noun after can take, tells ("the council's
        # ‘…’ scheme", "a ‘once in a generation’ chance").
        before = inside.start - 1
        return before >= 0 and (
            t.lower[before] in _LABEL_DETERMINERS or t.lower[before] in ("'s", "’s")
        )

    def _shown_words(self, first: int) -> bool:
        """ "Users saw the message ‘…’", "were greeted with signs reading ‘…’", "saw a new
        notice, ‘…’": words set right after a written thing's noun (or after its "reading"
        or "saying") that no one owns ("his message ‘…’" is his), outside anyone's quote,
        which someone comes across (sees, reads, is shown; "posted a photo with the caption
        ‘…’" is the poster's): what the thing shows."""
        t = self.t
        word = self._word_before_marks(first)
        if word >= 1 and t.text[word] == "," and not self._inside(word):
            word -= 1  # "saw a new notice, ‘…’": the words in apposition to the thing
        if (
            word >= 0
            and t.lower[word] == "with"
            and t.head[word] != word
            and t.lemma[t.head[word]] in WORD_BEARING_LEMMAS
            and t.dep[t.head[word]] == "acl"
        ):
            word = t.head[word]  # "T-shirts printed with ‘…’"
        borne = False  # "leaflets headed ‘…’": the thing bears the words, whoever sees it
        if (
            word >= 0
            and t.dep[word] == "acl"
            and (t.lower[word] in ("reading", "saying") or t.lemma[word] in WORD_BEARING_LEMMAS)
        ):
            borne = t.lemma[word] in WORD_BEARING_LEMMAS
            word = t.head[word]  # "signs reading ‘…’"
        elif word >= 0 and t.lower[word] in ("reading", "saying") and t.dep[word] == "advcl":
            # "beamed back a message reading ‘…’", the parser hanging "reading" on the verb:
            # the thing is that verb's object
            objects = [c for c in t.children[t.head[word]] if t.dep[c] == "dobj" and c < word]
            if len(objects) == 1:
                word = objects[0]
        if (
            word < 0
            or not {t.lower[word], t.lemma[word]} & (WRITTEN_NOUNS | SHOWN_TEXT_NOUNS)
            or t.pos[word] != "NOUN"
            or self._inside(word)
            or any(t.dep[c] == "poss" for c in t.children[word])
        ):
            return False
        if borne:
            return True
        verb = t.head[word]
        if t.dep[word] == "pobj":
            verb = t.head[verb]  # "greeted with the message"
        if t.pos[verb] != "VERB" or self._inside(verb):
            return False
        if t.lemma[verb] == "send":
            # "Drivers were sent the message ‘…’": the ones who got it
            return any(t.dep[c] == "nsubjpass" for c in t.children[verb])
        return t.lemma[verb] in PERCEIVING_LEMMAS or t.lemma[verb] in WORD_BEARING_LEMMAS

    def _device(self, subject: int) -> bool:
        """Is the subject of a verb that shows or repeats words a device or a thing that
        sends them ("the sat-nav", "the voice recorder", "the probe's final transmission"):
        a common noun for no person, no body and no document, which no name stands in?"""
        t = self.t
        words = {t.lower[subject], t.lemma[subject]}
        return (
            (t.pos[subject] == "NOUN" or (t.pos[subject] == "PROPN" and t.text[subject].islower()))
            and t.entity(subject) is None
            and (not self._personal(subject) or self._thing_compound(subject))
            and not words
            & (_BODY_WORDS | _COMMON_BODY_NOUNS | DOCUMENT_NOUNS | OWNED_WRITING_NOUNS)
        )

    def _thing_compound(self, noun: int) -> bool:
        """A person's noun made a thing's by the nouns before it ("the voice recorder",
        "the flight data recorder", where "recorder" alone is a judge): a compound of a
        common noun for no person and no body."""
        t = self.t
        return any(
            t.dep[c] == "compound"
            and t.pos[c] == "NOUN"
            and t.entity(c) is None
            and not self._personal(c)
            and not {t.lower[c], t.lemma[c]} & (_BODY_WORDS | _COMMON_BODY_NOUNS)
            for c in t.children[noun]
        )

    def _read_thing(self, first: int) -> int | None:
        """The written thing whose words "read(s)" right before the marks (its colon
        between) gives, where the parser missed the verb: "A note found in the cab read:
        ‘…’" and "A plaque on the memorial reads ‘…’" (the tagger taking "read(s)" for a
        noun after the thing, its subject), "an email sent by X, which read: ‘…’" (the
        relative clause hung on another noun): the thing, the one that speaks."""
        t = self.t
        word = self._word_before_marks(first)
        if word >= 1 and t.text[word] == ":":
            word -= 1
        if word < 1 or t.lower[word] not in ("read", "reads") or self._inside(word):
            return None
        relative = t.pos[word] == "VERB" and any(
            t.dep[c] == "nsubj" and t.lower[c] in ("which", "that") for c in t.children[word]
        )
        if not relative and (t.pos[word] != "NOUN" or t.dep[word] == "attr"):
            return None  # (a noun after a copula: "The book is a gripping read: ‘…’")
        things = []
        for index in range(word - 1, -1, -1):
            if t.text[index] in _SENTENCE_ENDS or self._inside(index):
                break
            if t.pos[index] == "NOUN" and {t.lower[index], t.lemma[index]} & (
                WRITTEN_NOUNS | SHOWN_TEXT_NOUNS | DOCUMENT_NOUNS | OWNED_WRITING_NOUNS
            ):
                things.append(index)
        if not things:
            return None
        if relative:
            return things[0]  # the nearest, "which" stands for it
        thing = things[-1]  # the sentence's first, its subject
        # (or the noun the tagger glued to "read" as a compound: "The probe's final
        # transmission read ‘…’" taken for one noun "transmission read")
        return thing if t.dep[thing] in (*_SUBJECTS, "ROOT") or t.head[thing] == word else None

    def _showing_thing(self, subject: int) -> bool:
        """Is the subject of a verb that shows or sends words a thing, not a person: a
        sign or a screen, a vessel or a craft ("The destroyer", "the lander", though
        shaped like a person's noun), a common noun for no person ("the log", "the
        minutes", which the recognizer may call a time), or a name a thing's noun stands
        before ("The frigate HMS Ardent")?"""
        t = self.t
        if {t.lower[subject], t.lemma[subject]} & (
            WRITTEN_NOUNS | SHOWN_TEXT_NOUNS | NAMED_THING_NOUNS
        ):
            return True
        if any(
            t.dep[c] in ("amod", "compound") and t.lemma[c] in NAMED_THING_NOUNS
            for c in t.children[subject]
        ):
            return True
        entity = t.entity(subject)
        return (
            t.pos[subject] == "NOUN"
            and not self._personal(subject)
            and (entity is None or entity.label not in _ACTING_LABELS)
        )

    def _overheard_speaker(self, first: int) -> int | None:
        """The subject of "was heard", "was recorded", "was overheard" when a speech verb
        in "-ing" hangs on it right before the quote ("The pilot could be heard telling
        passengers ‘…’", "The minister was overheard calling the plan ‘…’"): the one
        caught saying the words."""
        t = self.t
        word = self._word_before_marks(first)
        if word >= 1 and t.text[word] == ":" and not self._inside(word):
            word -= 1  # "recalled his father telling him: ‘…’"
        cue = None
        for index in range(word, max(-1, word - 5), -1):
            if t.text[index] in (",", ".", ";", ":") or self._inside(index):
                break
            if t.tag[index] == "VBG" and (
                t.lemma[index] in _CUE_LEMMAS or t.lemma[index] == "call"
            ):
                cue = index
                break
        if cue is None:
            return None
        node = cue
        for _ in range(4):
            head = t.head[node]
            if head == node:
                return None
            node = head
            if t.pos[node] == "VERB" and t.lemma[node] in OVERHEARD_LEMMAS:
                subjects = [c for c in t.children[node] if t.dep[c] == "nsubjpass"]
                if not subjects:
                    # active: "The voice recorder captured the captain saying ‘…’",
                    # "Cameras filmed Ann Lee telling fans ‘…’": the one caught is the
                    # object before the speech verb
                    subjects = [c for c in t.children[node] if t.dep[c] == "dobj" and c < cue]
                if not subjects and t.head[cue] == node:
                    # "She remembers her grandmother saying: ‘…’": the speech verb's own
                    # subject, the one remembered saying the words
                    subjects = [c for c in t.children[cue] if t.dep[c] == "nsubj"]
                return subjects[0] if len(subjects) == 1 else None
        return None

    def _colon_before(self, first: int) -> int | None:
        """The colon right before the quote's opening marks, outside any other quote."""
        colon = self._word_before_marks(first)
        if colon < 0 or self.t.text[colon] != ":" or self._inside(colon):
            return None
        return colon

    def _follows_a_kind_noun(self, first: int) -> bool:
        """ "the 2019 thriller ‘…’", "Her debut novel, ‘…’", "the song ‘…’": the quoted
        words stand right after a noun for a work (a slogan, a motto or a message is
        quoted like a sign, and stays)."""
        t = self.t
        word = self._word_before_marks(first)
        if word >= 0 and t.text[word] == ",":  # "Her debut novel, ‘…’"
            word -= 1
        return word >= 0 and t.lemma[word] in NAMED_THING_NOUNS and not self._inside(word)

    def _after_the(self, first: int) -> bool:
        """ "joined the ‘March for Clean Water’", "ran in the ‘Race for Life’": title-case
        words right after "the" with no speech cue over them name an event, a campaign
        or a group (a sign is read after "reading" or "saying", never after "the")."""
        word = self._word_before_marks(first)
        return word >= 0 and self.t.lower[word] == "the" and not self._inside(word)

    def _is_given_as_a_name(self, first: int) -> bool:
        """ "Dubbed the ‘king of the comeback’, ...", "nicknamed ‘the quiet assassin’",
        "the so-called ‘Gang of Four’",
        "an exhibition titled ‘…’", "known as ‘…’", "billed as ‘…’": the quoted words
        are the name something goes by, nobody's speech. (A verb with a subject of its
        own, "critics dubbed it ‘a farce’", is read as a cue.)"""
        t = self.t
        word = self._word_before_marks(first)
        if word >= 2 and t.text[word - 1] == "-" and not self._inside(word):
            # "the so-called ‘Gang of Four’", "his self-styled ‘army’"
            hyphenated = self.text[t.start[word - 2] : t.end[word]].casefold()
            if hyphenated in SO_CALLED_WORDS:
                return True
        if word >= 0 and t.lower[word] in _LABEL_DETERMINERS:
            word -= 1
        styled_as = word >= 1 and t.lower[word] == "as"
        if styled_as:
            word -= 1
            while word >= 1 and t.pos[word] == "ADV":  # "known locally as ‘…’"
                word -= 1
            # "Known to fans as ‘…’", "known to his friends as ‘…’": past whom to
            before = word
            while before >= 1 and before > word - 4 and t.pos[before] in _KNOWN_TO_WORDS:
                before -= 1
            if before < word and before >= 1 and t.lower[before] in ("to", "among"):
                word = before - 1
        if word < 0 or self._inside(word) or "\n" in self.text[t.end[word] : t.start[first]]:
            return False  # (a headline's last word is no title given to the words below)
        if t.lemma[word] in TITLING_LEMMAS and not styled_as:
            # not a subject whose verb the quote carries ("said the title ‘was ...’")
            return t.dep[word] not in ("nsubj", "nsubjpass")
        participle = t.tag[word] == "VBN"
        if styled_as and t.lemma[word] in STYLING_LEMMAS:
            return participle
        return participle and t.lemma[word] in NICKNAMING_LEMMAS

    def _passive_agent(self, verb: int) -> int | None:
        """The one a passive verb's "by" names ("branded ‘…’ by club captain Leon Marsh"),
        or None."""
        t = self.t
        _, sentence_end = t.sentence_bounds(t.sent[verb])
        for index in range(verb + 1, min(sentence_end, verb + _FRAME_TOKENS)):
            # The parser often hangs the "by" on the quoted words rather than the verb.
            if t.lower[index] != "by" or t.dep[index] not in ("agent", "prep"):
                continue
            if self._inside(index):
                continue
            objects = [c for c in t.children[index] if t.dep[c] == "pobj"]
            return objects[0] if objects and not self._inside(objects[0]) else None
        return None

    def _quoted_as_saying(self, cue: int) -> int | None:
        """ "The paper quoted Ann Lee as saying ...", "Lee was quoted as saying ...": the
        one quoted (the object, or the passive's subject), not who quotes them."""
        t = self.t
        preposition = t.head[cue]
        if t.dep[cue] != "pcomp" or t.lower[preposition] != "as":
            return None
        verb = t.head[preposition]
        if t.lemma[verb] not in QUOTING_LEMMAS:
            return None
        return next(
            (
                c
                for c in t.children[verb]
                if t.dep[c] in ("dobj", "nsubjpass") and not self._inside(c)
            ),
            None,
        )

    def _person_before_description(self, end: int) -> int | None:
        """The last word of a person's name followed by a comma and a description that
        opens with a post or a person's noun ("director of ...", "a spokesman for ...")
        and runs, with no other comma, to `end`."""
        t = self.t
        first, _ = t.sentence_bounds(t.sent[end])
        for comma in range(end - 1, max(first, end - _FRAME_TOKENS), -1):
            if t.text[comma] != ",":
                continue
            opening = comma + 1
            if opening < end and t.pos[opening] == "DET":
                opening += 1
            described = t.lower[opening] in _PERSONAL_NOUNS or t.lemma[opening] in _PERSONAL_NOUNS
            if (
                not described
                and opening == comma + 1
                and t.lower[opening] in ("of", "from")
                and t.ent[end] == ORG
                and t.pos[comma - 1] == "PROPN"
            ):
                # "Gavin Petrakis, of the Licensed Engineers Association, said": the
                # body the person is of closes the description; the person speaks
                # (also when the recognizer read the name as a body)
                named = t.entity(comma - 1)
                described = named is not None and self._relabelled(named).label == PERSON
            if described and not self._inside(comma - 1):
                named = t.entity(comma - 1)
                if named is not None and self._relabelled(named).label == PERSON:
                    return comma - 1
            return None
        return None

    def _sentence_speaker(self, cue: int) -> int | None:
        """When the parse gives the cue no subject of its own ("... told us X and
        described it as ‘…’", with the "and" parsed inside a quote), the subject of the
        sentence's main speech verb before it."""
        t = self.t
        first, _ = t.sentence_bounds(t.sent[cue])
        for index in range(cue - 1, max(first, cue - _FRAME_TOKENS) - 1, -1):
            if (
                t.dep[index] == "ROOT"
                and t.lemma[index] in SPEECH_LEMMAS
                and not self._inside(index)
            ):
                subjects = [
                    c
                    for c in t.children[index]
                    if t.dep[c] in _SUBJECTS and t.pos[c] != "PUNCT" and not self._inside(c)
                ]
                return subjects[0] if subjects else None
        return None

    def _opens_with_words(self, paragraph: int, source: int) -> bool:
        """Does the paragraph open with the quoted words `source` reports ("‘…,’ the
        report said" after the paragraph that named the report)? News runs one sentence
        to a paragraph: the sentence before is then the last of the paragraph before
        (round 36)."""
        t = self.t
        first = t.between(paragraph, t.start[source]).start
        return (
            first < source
            and t.sent[first] == t.sent[source]
            and any(self._inside(i) for i in range(first, min(first + 2, source)))
        )

    def _document_read_out(self, source: int) -> int | None:
        """The statement an "it said"/"it read" stands for: the nearest document noun in
        the sentence or the one before (same paragraph, or the one before it when the
        quote's paragraph opens with the words), when it was read out or issued
        on someone's behalf ("Her lawyer read a statement. ‘…,’ it said")."""
        t = self.t
        if t.lower[source] != "it":
            return None
        sentence = t.sent[source]
        start, _ = t.sentence_bounds(max(0, sentence - 1))
        paragraph = self._paragraph_start(t.start[source])
        for index in range(source - 1, start - 1, -1):
            if t.start[index] < paragraph and not self._opens_with_words(paragraph, source):
                # (the paragraph before, when this one opens with the words: "Her lawyer
                # read a statement outside court. ¶ ‘…,’ it said"; round 37)
                return None
            if t.pos[index] != "NOUN" or t.lemma[index] not in DOCUMENT_NOUNS:
                continue
            if self._inside(index):
                continue
            verb = t.head[index]
            # ("A letter from the family was read out at the cathedral": read, passive)
            read = (t.lemma[verb] == "read" and t.dep[index] in ("dobj", "nsubjpass")) or any(
                t.lemma[c] == "read" and t.dep[c] == "acl" for c in t.children[index]
            )
            return index if read or self._behalf(index) is not None else None
        return None

    def _document_continued(
        self, source: int, quote: FoundQuote, earlier: list[FoundQuote]
    ) -> FoundQuote | None:
        """ "One victim said in a statement ...: “…,” he wrote. ¶ “…,” the statement
        continued": "the statement" is the one the previous quote came from, in its
        paragraph or the one before, so its speaker is that quote's (nobody, when that
        was nobody) and not the body named last. The previous quote, or None."""
        if not earlier or "the" not in {
            self.t.lower[c] for c in self.t.children[source] if self.t.dep[c] == "det"
        }:
            return None
        previous = earlier[-1]
        opened = self._paragraph_start(previous.open_at)
        here = self._paragraph_start(quote.open_at)
        back = here - 1  # the last character of the paragraph before the quote's
        while back > opened and self.text[back].isspace():
            back -= 1
        if here != opened and self._paragraph_start(max(0, back)) != opened:
            return None
        noun = self.t.lower[source]
        # (Before the noun itself: "The note left by the driver read ‘…’" names its note
        # where the quote's frame begins, which is no mention of the previous quote's.)
        said_in = self.text[opened : min(quote.open_at, self.t.start[source])]
        return previous if re.search(rf"\b{re.escape(noun)}\b", said_in, re.I) else None

    def _state_body(self, noun: int) -> str | None:
        """ "Russia's foreign ministry said", "a spokesman for the German economy
        ministry": a state body written in lower case after its country (as owner) or
        its nationality and a word of which body: the organization the phrase names (an
        actor of that name, added when the article's actors lack it)."""
        name = self._state_body_name(noun)
        if name is None:
            return None
        record = self._actor_for(name, ORG, self.t.start[noun])
        return record.name if record is not None and record.kind != "person" else None

    def _kin_roles(self, name: str, position: int) -> set[str]:
        """The kin words ("father", "mother") the article gave the person named `name`
        near before `position`."""
        roles: set[str] = set()
        for mention in self._earlier(position):
            record = self._by_form.get(mention.name)  # looked up, never added
            if mention.kind == "person" and name in (mention.name, record and record.name):
                roles |= mention.roles & KIN_NOUNS
        return roles

    def _said_last(self, name: str, position: int) -> bool:
        """Is the nearest mention of `name` before `position` the subject of a speech
        verb ("Mahesh Kaval said the family was told ...")?"""
        t = self.t
        for mention in self._earlier(position):
            record = self._by_form.get(mention.name)
            if name not in (mention.name, record and record.name):
                continue
            token = t.at(mention.start)
            if token < 0:
                return False
            node = self._name_heads(token)[-1]
            return t.dep[node] == "nsubj" and t.lemma[t.head[node]] in SPEECH_LEMMAS
        return False

    def _countries_of(self, name: str, position: int) -> set[str]:
        """The countries the article tied a person to before `position`: a people's word
        right before a mention ("Welshman Rhys Pugh", or taken into the name), its
        country's possessive ("Croatia's Ivo Basic"), "of" and the country after it."""
        t = self.t
        found: set[str] = set()
        for mention in self._earlier(position):
            if mention.kind != "person" or self._known_name(mention) != name:
                continue
            first = t.at(mention.start)
            if first < 0:
                continue
            last = t.at(mention.start + len(mention.name) - 1)
            # the word before the name, the name's first word, and a people's word in
            # the title before it ("The Indian grandmaster Arjun Rao")
            peoples = [t.text[first - 1]] if first > 0 else []
            peoples.append(mention.name.split()[0])
            before = first - 1
            while (
                before >= max(0, first - 4)
                and t.pos[before] in ("DET", "ADJ", "NOUN", "PROPN")
                and t.sent[before] == t.sent[first]
            ):
                peoples.append(t.text[before])
                before -= 1
            countries = []
            if first > 1 and t.text[first - 1] in ("'s", "’s"):
                countries.append(t.text[first - 2])
            if last >= 0 and last + 2 < len(t) and t.lower[last + 1] == "of":
                countries.append(t.text[last + 2])
            found |= {c for w in peoples if (c := demonym_country(w)) is not None}
            found |= {c for w in countries if (c := country_names().get(w)) is not None}
        return found

    def _family_of(self, source: int) -> str | None:
        """ "His family said: ‘…’", "In a statement, her family said": the family of
        someone the article has named (the "his"/"her"/"their" a person before it),
        credited in the article's words ("Lumsden's family" is _kin_of_named's)."""
        t = self.t
        if t.lemma[source] not in FAMILY_NOUNS or t.tag[source] != "NN":
            return None
        owners = [c for c in t.children[source] if t.dep[c] == "poss"]
        if not owners and [t.lower[c] for c in t.children[source] if c < source] == ["the"]:
            # "In a statement, the family said": the family of the story's named person
            if (
                t.lower[source - 1] != "the"
                or self._inside(source - 1)
                or not any(m.kind == "person" for m in self._earlier(t.start[source]))
            ):
                return None
            return self.text[t.start[source - 1] : t.end[source]]
        if (
            len(owners) != 1
            or t.lower[owners[0]] not in ("his", "her", "their")
            or self._inside(owners[0])
            or not any(m.kind == "person" for m in self._earlier(t.start[source]))
        ):
            return None
        return self.text[t.start[owners[0]] : t.end[source]]

    def _kin_named_later(self, source: int) -> str | None:
        """ "... after the victim's husband said his life had ‘…’" in the lead, and
        further on "her husband, Tobias Penhallow": a relative of someone the lead only
        describes is the one person the article later gives that kin word."""
        t = self.t
        position = t.start[source]
        if t.lemma[source] not in KIN_NOUNS or t.tag[source] != "NN" or position >= self._lead_end:
            return None
        owners = [c for c in t.children[source] if t.dep[c] == "poss"]
        if len(owners) != 1 or t.pos[owners[0]] != "NOUN" or self._inside(owners[0]):
            return None  # "Platt's father" is _kin_of_named's; "his father" a pronoun's
        holders = {
            name for at, name in self._role_holders.get(t.lower[source], ()) if at > position
        }
        if len(holders) != 1:
            return None
        (name,) = holders
        record = self._by_form.get(name)
        return record.name if record is not None else name

    def _body_described_since(self, source: int) -> int | None:
        """ "... a statement from the club. ‘…,’ it said": a body the article last
        referred to by a common noun ("the club", "the ministry"), when no body was
        named after it, is what "it" stands for. The noun's token, or None. Reads back
        from the pronoun to the sentence before, outside quotes."""
        t = self.t
        # the sentence before the one the pronoun's quote opens (a quote may be parsed
        # as a sentence of its own)
        floor, _ = t.sentence_bounds(max(0, t.sent[source] - 2))
        named_floor = max(
            (
                t.at(m.start)
                for m in self._earlier(t.start[source])
                if m.kind == "organization" and not m.aside
            ),
            default=-1,
        )
        for index in range(source - 1, max(floor, named_floor, source - _FRAME_TOKENS) - 1, -1):
            if (
                t.pos[index] == "NOUN"
                and t.lemma[index] in _BODY_WORDS
                and not self._inside(index)
                and {t.lower[c] for c in t.children[index] if t.dep[c] == "det"} == {"the"}
            ):
                return index
        return None

    def _group_of_one(self, source: int) -> str | None:
        """ "Fans were quick to react online, with one writing: ‘…’", "Residents say
        they were ignored. One told the Gazette": a bare "one" speaks for the people
        that are the subject of its sentence or the one before (the group's words);
        nobody when a banner or sign is near ("supporters unfurled a banner ... fans
        answered with one saying ‘…’": the "one" may be a banner)."""
        t = self.t
        here = t.sent[source]
        first, _ = t.sentence_bounds(max(0, here - 1))
        window = range(source - 1, max(first, source - _FRAME_TOKENS) - 1, -1)
        if any(t.lemma[i] in WRITTEN_NOUNS and not self._inside(i) for i in window):
            return None
        for index in window:
            if (
                t.tag[index] == "NNS"
                and t.dep[index] in _SUBJECTS
                and not self._inside(index)
                and self._personal(index)
            ):
                return self._phrase(index, complement=True)
        return None

    def _bare_description(self, noun: int) -> frozenset[str]:
        """ "the defender said", "said the centre-half", "the retiree said": "the" and a
        word for what a player or a person in the story is, nothing else before it; the
        word's forms, or none."""
        t = self.t
        if t.pos[noun] != "NOUN" or self._inside(noun):
            return frozenset()
        words = {t.lower[noun], t.lemma[noun]}
        before = [c for c in t.children[noun] if c < noun]
        if noun >= 2 and t.text[noun - 1] == "-" and t.head[noun - 2] == noun:
            # "the centre-half", "the left-hander": the parser splits the word
            words |= {f"{t.lower[noun - 2]}-{t.lower[noun]}"}
            before = [c for c in before if c < noun - 2]
        if (
            t.ent[noun] not in (PERSON, ORG, GPE, NORP)  # ("the centre-half" may be a DATE)
            and [t.lower[c] for c in before] == ["the"]
            and words & READ_BACK_DESCRIPTION_NOUNS
        ):
            return frozenset(words)
        return frozenset()

    def _alone_since(self, name: str, position: int) -> bool:
        """ "Midfielder Ivo Basic scored the winner. The Croatian said ...": the person
        named in the sentence just before (or the same one) is the only one the text
        brings in from there: no other name and no noun for a person ("beat a
        qualifier", "his opponent") outside quotes between that mention and
        `position`, but for the mention's own title."""
        t = self.t
        mention = next((m for m in self._earlier(position) if self._known_name(m) == name), None)
        if mention is None:
            return False
        first = t.at(mention.start)
        end = t.at(position)
        if first < 0 or end < 0 or t.sent[end] - t.sent[first] > 1:
            return False
        # (the name as written, past a title the mention starts with: "Midfielder Ivo
        # Basic")
        at = self.text.find(mention.name, mention.start, mention.start + 80)
        at = mention.start if at < 0 else at
        span = t.between(mention.start, at + len(mention.name))
        start = t.sentence_bounds(t.sent[first])[0]
        for index in range(start, end):
            if index in span or self._inside(index) or t.head[index] in span:
                continue
            if t.pos[index] not in ("NOUN", "ADJ") or (
                t.pos[index] == "ADJ" and t.dep[index] not in _NOMINAL_DEPS
            ):
                continue
            # a noun for a person ("beat a qualifier" with the noun tagged an adjective
            # and lemmatized "qualifi"); one only by its ending ("the winner" may be a
            # goal) when the text does not write it with "the"
            words = {t.lower[index], t.lemma[index]}
            by_ending = (
                len(t.lower[index]) > 4
                and t.lower[index].endswith(AGENT_SUFFIXES)
                and t.lower[index] not in AGENT_LOOKALIKES
            )
            if words & COUNTERPART_NOUNS or (
                (self._personal(index) or by_ending)
                and (
                    words & (_PERSONAL_NOUNS | PERSON_NOUNS | SPOKESPERSON_NOUNS)
                    or not any(t.lower[c] == "the" for c in t.children[index])
                )
            ):
                return False
        # and no one else named since, by the names the attribution reads
        # (a name with a known given name, whatever kind the recognizer gave it; the
        # actor's kind over the mention's: "signed from Hajduk Split" is a club)
        return not any(
            ((self._by_form.get(m.name) or m).kind == "person" or given_name_gender(m.name))
            and m.start >= mention.start
            and self._known_name(m) != name
            for m in self._earlier(position)
        )

    def _aged_next(self, source: int, age: str) -> set[str]:
        """The people the sentence after `source`'s gives the age `age` ("Pryor, 27,")."""
        t = self.t
        following = t.sent[source] + 1
        if following >= len(t.sent_starts):
            return set()
        first, last = t.sentence_bounds(following)
        if last <= first:
            return set()
        start, end = t.start[first], t.end[last - 1]
        index = bisect_left(self._named_starts, start)
        found: set[str] = set()
        while index < len(self.named) and self.named[index].start < end:
            mention = self.named[index]
            written = _NAME_THEN_AGE.match(self.text, mention.start)
            if mention.kind == "person" and (
                age in mention.roles or (written is not None and written.group(1) == age)
            ):
                found.add(self._known_name(mention))
            index += 1
        return found

    def _introduced_as(self, source: int) -> int | None:
        """ "A spokesman for the council said ... ‘…,’ the spokesman added", "A senior
        army official accused ... ‘…,’ the official said": the nearest earlier "a"/"one"
        noun of the same word that was a speaking subject, when no named person or
        other such noun stands between (a bounded walk back)."""
        t = self.t
        floor = max(0, t.start[source] - _LOOKBACK_CHARS)
        index = source - 1
        steps = 0
        while index >= 0 and t.start[index] >= floor and steps < 400:
            steps += 1
            if (
                t.lemma[index] == t.lemma[source]
                and t.pos[index] == "NOUN"
                and t.dep[index] in _SUBJECTS
                and not self._inside(index)
            ):
                determiners = {
                    t.lower[c] for c in t.children[index] if t.dep[c] in ("det", "nummod")
                }
                head = t.head[index]
                # ("A spokesperson for the club declined to comment on the figure.
                # ‘…,’ the spokesperson said": the one who declined speaks on)
                speaks = (
                    t.lemma[head] in _CUE_LEMMAS
                    or t.lemma[head] in ACCUSATION_LEMMAS
                    or t.lemma[head] in REFUSING_LEMMAS
                )
                if determiners & {"a", "an", "one"} and speaks:
                    return index
                if determiners & {"a", "an", "one", "another"}:
                    return None  # someone else of that description came in between
            index -= 1
        return None

    def _apposed_to_the_post(self, through: int, last: int) -> str | None:
        """The person named by the proper nouns ending at `last`, apposed to the post
        noun right after "through its" (a title first is read as the person's), when the
        actors hold that person."""
        t = self.t
        post = through + 2
        # (apposed to the post, or a second object of "through" the parser gave it)
        if t.pos[post] != "NOUN" or (t.dep[last], t.head[last]) not in (
            ("appos", post),
            ("pobj", through),
        ):
            return None
        first = last
        while first - 1 > post and t.pos[first - 1] == "PROPN" and t.head[first - 1] == last:
            first -= 1
        if not 2 <= last + 1 - first <= 4 or t.text[first - 1] != ",":
            return None
        name = self.text[t.start[first] : t.end[last]]
        record = self._actor_for(name, PERSON, t.start[first], create=False, single=True)
        return record.name if record is not None and record.kind == "person" else None

    def _named_after_its_body(self, source: int) -> list[int]:
        """ "The chief executive of Marlow Water, Jane Pitt, said", parsed with the name
        in apposition to the body after "of"/"at": a person's name is never a body's
        apposition, so it names the one post the phrase heads (only one post, and a
        body or a thing after it: "The mother of the victim, Ann Lee," may be either)."""
        t = self.t
        # (a post the tagger reads as a proper noun for its capital: "said the
        # Commissioner of the Metropolitan Police, Ann Lee")
        titled_post = t.pos[source] == "PROPN" and t.lower[source] in _ROLE_WORDS
        if not (titled_post or (t.pos[source] == "NOUN" and t.tag[source] == "NN")) or not (
            self._personal(source)
            or t.lower[source] in _ROLE_WORDS
            # any job with its article: "A consultant at Riverside Hospital, Dr Amir
            # Khan, said" (the name is a person's, so no apposition of the body's)
            or any(
                t.dep[c] == "det" and t.lower[c] in ("a", "an", "the") for c in t.children[source]
            )
        ):
            return []
        named: list[int] = []
        for preposition in t.children[source]:
            if t.dep[preposition] != "prep" or t.lower[preposition] not in (
                "of",
                "at",
                "in",
                "for",
            ):
                continue
            for body in t.children[preposition]:
                entity = t.entity(body)
                if t.dep[body] != "pobj" or not (
                    # (a club the recognizer calls a person: "of Hartley Rovers, Derek Vane")
                    (
                        t.lower[preposition] in ("of", "at")
                        and (
                            (
                                entity is not None
                                and (entity.label == ORG or t.text[body] in ORG_HEADS)
                            )
                            or (t.pos[body] == "NOUN" and not self._personal(body))
                        )
                    )
                    # a place the post is held in or for ("the general secretary of the
                    # union in Wales, Ann Lee", "the Secretary of State for Wales, Ann
                    # Lee"): a person's name is never a place's apposition
                    or (
                        entity is not None
                        and entity.label == GPE
                        and t.lower[preposition] in ("in", "for")
                    )
                ):
                    continue
                named += [
                    c
                    for word in self._body_phrase_words(body)
                    for c in t.children[word]
                    if (
                        t.dep[c] == "appos"
                        # (set off by a comma with no "and": an apposition the parser
                        # read as a conjunct, "of the College of X, Dr Ann Lee")
                        or (
                            t.dep[c] == "conj"
                            and t.text[c - 1] != "&"
                            and not any(t.dep[x] == "cc" for x in t.children[word])
                        )
                    )
                    and c > body
                    # (a surname the tagger reads as a common noun, still a PERSON)
                    and (t.pos[c] == "PROPN" or t.text[c][:1].isupper())
                    and (e := t.entity(c)) is not None
                    and e.label == PERSON
                ]
        return named if len(named) == 1 else []

    def _body_phrase_words(self, body: int) -> list[int]:
        """The body's noun and the words after it, up to the comma, that hang on it within
        three steps: the parser may hang a name set after the body on the body name's
        last word ("of the Royal College of Nursing, Dr Ann Lee": on "Nursing") or on a
        place after it ("of the Institute of Directors in Scotland, Ann Lee"). At most
        twelve words, each at most five steps below the body: a window, never the
        sentence."""
        t = self.t
        words = [body]
        for word in range(body + 1, min(body + 13, len(t.text))):
            if t.text[word] == ",":
                break
            node = word
            for _ in range(5):
                node = t.head[node]
                if node == body:
                    words.append(word)
                    break
        return words

    def _body_apposed(self, noun: int) -> str | None:
        """ "a spokesperson for the UN refugee agency, UNHCR,", "a spokesman for the
        regulator, Ofgem,": the body the recognizer names in apposition right after a
        common noun a spokesperson speaks for (never a person: "a spokesman for the
        developer, Karl Brandt," speaks of him)."""
        t = self.t
        for child in t.children[noun]:
            if t.dep[child] != "appos" or child <= noun or child > noun + 2:
                continue
            entity = t.entity(child)
            if entity is None or entity.label != ORG or self._inside(child):
                continue
            if entity.first_token <= noun:
                continue
            if name_shaped(entity.text.split()) and given_name_gender(entity.text.split()[0]):
                continue
            record = self._actor_for(entity.text, ORG, entity.start)
            if record is not None and record.kind == "organization":
                return record.name
        return None

    def _name_after_a_post_word(self, first: int, source: int) -> str | None:
        """ "Sunrise Textiles MD Anil Rao told reporters", no word of it recognized: a
        firm's name, a post in capitals or a post's word, then a given name and surname
        (the last two or three words, a known given name first) is the person."""
        t = self.t
        for cut in range(source - 1, first, -1):
            post = t.text[cut - 1]
            name = list(t.text[cut : source + 1])
            if (
                2 <= len(name) <= 3
                and name_shaped(name)
                and given_name_gender(name[0]) is not None
                and (
                    (post.isupper() and post.isalpha() and len(post) >= 2)
                    or post.casefold() in _ROLE_WORDS
                )
            ):
                record = self._actor_for(" ".join(name), PERSON, t.start[cut])
                return record.name if record is not None and record.kind == "person" else None
        return None

    def _name_apposed_to_post(self, source: int) -> str | None:
        """ "The Police Public Relations Officer, DSP Ramesh Kumar, said": the person whose
        given name and surname (two or more capitalized words after the post, closed by
        commas, outside any quote) stand in apposition to a post, whatever the recognizer
        took either for; a rank or title written before the name is no part of it."""
        t = self.t
        for child in t.children[source]:
            if t.dep[child] != "appos" or t.pos[child] != "PROPN" or child <= source + 1:
                continue
            first = child
            while (
                first - 1 > source
                and t.head[first - 1] == child
                and t.dep[first - 1] == "compound"
                and t.pos[first - 1] == "PROPN"
            ):
                first -= 1
            if t.text[first - 1] != "," or child + 1 >= len(t.text) or t.text[child + 1] != ",":
                return None
            words = list(t.text[first : child + 1])
            while len(words) > 2 and (words[0].isupper() or words[0].casefold() in _TITLE_WORDS):
                words = words[1:]  # "DSP", "Inspector": a rank before the name
            if (
                len(words) < 2
                or not name_shaped(words)
                or any(w.isupper() for w in words)
                or self._inside(child)
            ):
                return None
            record = self._actor_for(" ".join(words), PERSON, t.start[first])
            return record.name if record is not None and record.kind == "person" else None
        return None

    def _named_after_brief(self, source: int) -> str | None:
        """ "Minister for Health Ann Lee said", "Secretary of State for Culture, Media and
        Sport Tom Bell said", parsed with the title as the subject and the brief and the
        name as one object of its "for" or "of": the person among the actors (named as
        the actor step read the office: no new one) whose full name ends that object."""
        t = self.t
        # (a title written as one, with no article: not "The lawyer for Ann Pike" nor
        # "A spokesman for the widow of ...")
        if (
            not t.text[source][:1].isupper()
            or t.lower[source] not in _TITLE_WORDS
            or any(t.dep[c] in ("det", "poss") for c in t.children[source])
        ):
            return None
        for preposition in t.children[source]:
            if t.dep[preposition] != "prep" or t.lower[preposition] not in ("for", "of"):
                continue
            objects = [c for c in t.children[preposition] if t.dep[c] == "pobj"]
            if len(objects) != 1 or t.pos[objects[0]] != "PROPN" or self._inside(objects[0]):
                continue
            last = objects[0]
            listed = self._listed_brief_end(source, preposition)
            if listed is not None:
                # "Minister for Culture, Media and Sport Ann Lee said": the parser hangs
                # the name on the list's last item ("Media" ... conj "Lee"), not on "for"
                first, last = preposition + 1, listed
            else:
                first = last
                while (
                    first - 1 > preposition
                    and t.head[first - 1] == last
                    and t.dep[first - 1] == "compound"
                ):
                    first -= 1
            # (the brief stands between "for" and the name)
            for cut in range(first + 1, last):
                words = t.text[cut : last + 1]
                if not all(w[:1].isupper() for w in words):
                    continue
                entity = t.entity(cut)
                # (a new actor only for the recognizer's person whose name this is)
                named = (
                    entity is not None
                    and entity.label == PERSON
                    and (entity.first_token, entity.last_token) == (cut, last + 1)
                ) or (
                    # (or, unrecognized, a known given name and a surname or two)
                    entity is None and fold(t.text[cut]) in GIVEN_NAMES and 2 <= last + 1 - cut <= 3
                )
                record = self._actor_for(" ".join(words), PERSON, t.start[cut], create=named)
                if record is not None and record.kind == "person" and " " in record.name:
                    return record.name
        return None

    def _fuller_name(self, entity: Entity, record: ActorRecord) -> None:
        """ "Esteban Mora Cevallos" where the recognizer saw only "Mora Cevallos": a
        capitalized given name compounded with the speaker's name completes it (the
        shorter name kept as an alias)."""
        t = self.t
        before = entity.first_token - 1
        root = _root_of(t, entity.first_token, entity.last_token)
        if (
            before < 0
            or t.pos[before] != "PROPN"
            or (t.ent[before] != "" and (before == 0 or t.ent[before - 1] == t.ent[before]))
            or t.head[before] != root
            or t.dep[before] != "compound"
            or not t.text[before][:1].isupper()
            or t.lower[before].rstrip(".") in _ROLE_WORDS | PERSON_NOUNS
            or t.text[before].isupper()  # "MP Ann Lee"
            or (before > 0 and t.pos[before - 1] == "PROPN")  # "Chief Inspector Ann Lee"
            or self._inside(before)
            or record.name != _strip_name(entity.text)
        ):
            return
        fuller = self.text[t.start[before] : entity.end]
        if fuller in self._by_form:
            return
        record.aliases.append(record.name)
        record.name = fuller
        self._index_actor(record)

    def _name_after(self, source: int) -> str | None:
        """ "Cabinet member for environment Cllr Ann Lee said", "the administrator, Ann
        Lee, told": the proper name right after a role noun (within its phrase)."""
        t = self.t
        index = source + 1
        limit = min(len(t), source + 12)
        # skip the role's own complement ("for environment", ", the")
        while index < limit and not (t.pos[index] == "PROPN" and t.text[index][:1].isupper()):
            if t.lemma[index] in SPEECH_LEMMAS or t.text[index] in (".", ";", ":"):
                return None
            if index == t.head[source] and t.pos[index] in ("VERB", "AUX"):
                # "Residents called councillor Amos Reid ‘…’": past the role's own verb,
                # a name is its object, not the role's holder.
                return None
            index += 1
        words: list[int] = []
        while index < limit and t.pos[index] == "PROPN" and t.text[index][:1].isupper():
            words.append(index)
            index += 1
            if (
                index + 1 < limit
                and t.text[index] in ("-", "‑")
                and t.start[index] == t.end[index - 1]
                and t.end[index] == t.start[index + 1]
                and t.pos[index + 1] == "PROPN"
                and t.text[index + 1][:1].isupper()
            ):
                # "the club captain, Sarah Jones-Whitfield,": a double-barrelled surname
                # goes on past its hyphen (round 31)
                index += 1
        if (
            words
            and words[0] == source + 2
            and t.lower[source + 1] in ("for", "of")
            and t.dep[words[-1]] == "pobj"
            and t.head[words[-1]] == source + 1
            and t.head[source + 1] == source
            and t.text[source][:1].isupper()
            and t.lower[source].rstrip(".") not in _PERSON_WORDS
            and t.lemma[source] not in _PERSON_WORDS
        ):
            # "Transport for Greater Manchester said": the words after "for" close the
            # name of a body the capitalized noun opens, and hold no one who speaks
            # (round 35); a person's word ("Minister for Transport") opens no body
            whole = self.text[t.start[source] : t.end[words[-1]]]
            record = self._actor_for(whole, ORG, t.start[source])
            return record.name if record is not None and record.kind == "organization" else None
        if len(words) < 2 or t.ent[words[-1]] not in ("", PERSON, ORG):
            return None
        post = words[0] - 2
        if (
            source < post
            and t.text[words[0] - 1] == ","
            and t.pos[post] == "NOUN"
            and t.dep[post] == "pobj"
            and t.lower[t.head[post]] == "by"
        ):
            # "The union's leader, in a speech watched by its president, Mr Bola Ade,
            # said", "The residents' association, in a letter signed by its chair, Ms Jo
            # Hart, called": the name is set off after another post, in a "by" phrase,
            # whose holder it names (round 31)
            return None
        if self._in_clause_on(words[-1], source):
            return None
        if t.ent[words[-1]] == ORG and t.dep[words[-1]] not in ("appos", *_SUBJECTS):
            return None
        if self._of_another_party(source, words[-1]):
            return None
        if self._spoken_for(source, words[-1]):
            # "The mother of victim Lily Cole, Dawn Cole, shouted": the name in apposition
            # (the parser hangs it on the other name) is the mother's
            apposed = [
                t.entity(c)
                for c in t.children[words[-1]]
                if t.dep[c] == "appos" and t.pos[c] == "PROPN"
            ]
            if len(apposed) != 1 or apposed[0] is None or apposed[0].label != PERSON:
                return None
            record = self._actor_for(apposed[0].text, PERSON, apposed[0].start)
            return record.name if record is not None else None
        name = self.text[t.start[words[0]] : t.end[words[-1]]]
        record = self._actor_for(name, PERSON, t.start[words[0]])
        return record.name if record is not None else None

    def _surname_of_one(self, entity: Entity, source: int) -> str | None:
        """ "… his schoolfriend Fergus Laidlaw … ¶ Laidlaw, the band's drummer, said":
        a surname alone that the recognizer took for a place or a body, as the subject
        of a speech verb, is the one person the article named in full with it (never a
        country's or a state's name, and nobody when several share it); the post in
        apposition is their role when they have none yet."""
        t = self.t
        word = entity.text
        if " " in word or word in country_names() or word in state_names():
            return None
        namesakes = self._namesakes(word)
        if len(namesakes) != 1:
            return None
        record = self._by_form.get(namesakes[0]) or self._actor_for(
            namesakes[0], PERSON, entity.start
        )
        if record is None or record.kind != "person":
            return None
        posts = [c for c in t.children[source] if t.dep[c] == "appos" and self._personal(c)]
        if not record.role and posts:
            record.role = self._description(posts[0], entity)
        return record.name

    def _materialize(self, mention: _Named) -> str:
        """The actor's name for a named mention chosen as a speaker (added to the
        actors if the article's name was not among them)."""
        record = self._actor_for(mention.name, mention.label, mention.start, single=mention.subject)
        return record.name if record is not None else mention.name

    def _watcher_of(self, first: _Named, fitting: list[_Named]) -> _Named | None:
        """ "The victim's father, Sam Eze, watched as Dan Obi was led away. ‘…,’ he
        said": the subject of what someone watched ("as ...", "while ...") is no surer a
        "he" than the one who watched, the sentence's own subject, who goes on (round
        26). The watcher, when the pronoun fits them and they are named before."""
        t = self.t
        here = t.at(first.start)
        verb = self._watching_verb(first)
        if verb is None:
            return None
        for other in fitting:
            there = t.at(other.start)
            if other is first or there < 0 or there >= here or t.sent[there] != t.sent[here]:
                continue
            top = self._name_heads(there)[-1]
            if (t.dep[top] in _SUBJECTS and t.head[top] == verb) or (
                t.head[verb] == top and t.dep[verb] == "acl" and t.dep[top] == "ROOT"
            ):
                return other
        return None

    def _described_as_anothers(self, first: _Named, fitting: list[_Named], gender: str) -> bool:
        """ "Paul Reeve was walking home. ¶ His attacker, Wayne Hollis, fled. ‘…,’ he
        said": a name described as someone's of the pronoun's own gender ("his
        attacker", "her rival") has that someone beside it, whom the pronoun fits as
        well; when that one is named before and neither has spoken, either may be
        meant, so nobody is credited (round 26)."""
        t = self.t
        here = t.at(first.start)
        if here < 0 or self._has_spoken(first) or self._says(first):
            return False
        top = self._name_heads(here)[-1]
        if t.dep[top] in _SUBJECTS and t.lemma[t.head[top]] in _CUE_LEMMAS:
            return False  # "His son, Tom Reilly, said the family was shaken"
        owned = any(
            t.pos[h] == "NOUN"
            and any(
                t.dep[c] == "poss" and _POSSESSIVE_GENDER.get(t.lower[c]) == gender
                for c in t.children[h]
            )
            for h in self._name_heads(here)[1:]
        )
        if not owned:
            return False
        others = [m for m in fitting if m.name != first.name and m.start < first.start]
        # "Lourdes Pacquing said ... ¶ Her daughter, Marites Lagman, spent the night ...
        # ‘…,’ she said": one brought in by her kin to a speaker goes on (round 26)
        return bool(others) and not any(self._has_spoken(m) for m in others)

    def _watching_verb(self, mention: _Named) -> int | None:
        """The verb of watching ("watched", "looked on") whose watched clause the name
        here is the subject of ("watched as Dan Obi was led away")."""
        t = self.t
        here = t.at(mention.start)
        if here < 0:
            return None
        node = self._name_heads(here)[-1]
        clause = t.head[node]
        if t.dep[node] != "nsubjpass" or t.dep[clause] != "advcl":
            return None  # (one who acts while watched may speak of it as well: round 23)
        verb = t.head[clause]
        if t.lemma[verb] not in WATCH_LEMMAS or _watched_clause(t, verb) != clause:
            return None
        if any(t.dep[c] == "dobj" for c in t.children[verb]):
            return None  # "watched the match while Dan Obi cooked": no one watched
        return verb

    def _speaks_through_its(self, mention: _Named) -> bool:
        """Is the name here the subject of a speech verb it speaks "through its" post
        ("Dublin Bus, through its communications manager, Orla Byrne, said")? Then it
        is a body, whatever the recognizer called it."""
        t = self.t
        token = t.at(mention.start)
        if token < 0:
            return False
        heads = self._name_heads(token)
        node = heads[-1]
        if t.dep[node] not in _SUBJECTS or any(t.dep[h] == "appos" for h in heads[:-1]):
            return False  # (not the spokesman apposed to the body)
        verb = t.head[node]
        return any(
            t.lower[c] == "through"
            and node < c < verb
            and c + 1 < len(t.text)
            and t.lower[c + 1] == "its"
            and _spoken_through(t, c)
            for c in (*t.children[verb], *t.children[node])
        )

    def _beside_a_patient(self, first: _Named, position: int) -> bool:
        """ "The command, through its spokesman, Abdullahi Haruna, said Musa Bello had
        been charged. ‘…,’ he said": past a person the body reports something was done
        to, the spokesman is no surer the "he" than that person (round 26)."""
        t = self.t
        here = t.at(first.start)
        if here < 0:
            return False
        heads = self._name_heads(here)
        if t.dep[heads[-1]] in _SUBJECTS and not any(t.dep[h] == "appos" for h in heads[:-1]):
            return False  # "Mullane said Copper Lantern would be aimed at ...": who reports
        for mention in islice(self._earlier(position), _MAX_CANDIDATES):
            there = t.at(mention.start)
            if (
                mention.kind != "person"
                or mention.start <= first.start
                or there < 0
                or t.sent[there] != t.sent[here]
            ):
                continue
            if mention.name != first.name and self._patient_reported_by_a_body(mention):
                return True
        return False

    def _patient_reported_by_a_body(self, mention: _Named) -> bool:
        """Is the person named here one a body reports something was done to ("Police
        said Daniel Reeve, 34, had been charged", "The Garda Press Office said a man,
        Liam Noone, was charged")? The body's spokesman may be the "he" who speaks
        next as well as the person: nobody is credited (round 25). What a person did
        ("The club said Jones had signed") is unchanged."""
        t = self.t
        token = t.at(mention.start)
        if token < 0:
            return False
        node = self._name_heads(token)[-1]
        if t.dep[node] == "appos":
            node = t.head[node]  # "a man, Liam Noone, ... was charged"
        if t.dep[node] != "nsubjpass":
            return False
        clause = t.head[node]
        report = t.head[clause]
        if t.dep[clause] != "ccomp" or t.lemma[report] not in SPEECH_LEMMAS:
            return False
        return any(
            t.dep[c] == "nsubj" and t.pos[c] in ("NOUN", "PROPN") and t.ent[c] != PERSON
            for c in t.children[report]
        )

    def _kept_silent(self, mention: _Named, position: int) -> bool:
        """Did the person named here keep silent ("Prosecutor Ian Moss left court
        without comment", "declined to comment", "refused to speak to reporters", "did
        not respond to requests for comment")? Then a "he"/"she" said next is not theirs
        (round 25). Declining to comment ON something is no silence ("declined to
        comment on the deal. ‘…,’ he said"), nor "would not say whether ...", nor a
        silence with a sentence told after it ("He spoke at City Hall")."""
        t = self.t
        token = t.at(mention.start)
        here = t.at(position)
        if token < 0 or here < 0 or t.sent[here] - t.sent[token] > 1:
            return False
        node = self._name_heads(token)[-1]
        if t.dep[node] not in ("nsubj", "nsubjpass"):
            return False
        verb = t.head[node]
        children = t.children[verb]

        def unrestricted(word: int) -> bool:
            return not any(
                (t.dep[c] == "prep" and t.lower[c] in ("on", "about"))
                or t.dep[c] == "ccomp"
                or (t.dep[c] == "advmod" and t.lower[c] in SAID_MORE_ADVERBS)
                for c in t.children[word]
            )

        if t.lemma[verb] in REFUSING_LEMMAS:
            return any(
                t.dep[c] == "xcomp" and t.lemma[c] in SPEAKING_OUT_LEMMAS and unrestricted(c)
                for c in children
            )
        if t.lemma[verb] in SPEAKING_OUT_LEMMAS and any(t.dep[c] == "neg" for c in children):
            return unrestricted(verb)
        return any(
            t.dep[c] == "prep"
            and t.lower[c] == "without"
            and any(
                t.dep[g] in ("pobj", "pcomp") and t.lemma[g] in SPEAKING_OUT_LEMMAS
                for g in t.children[c]
            )
            for c in children
        )

    def _owner_of_the_gender_between(
        self, first: _Named, fitting: list[_Named], gender: str
    ) -> bool:
        """ "Dr Helen Varga said ... ¶ Priya Castell's daughter died ... ¶ ‘…,’ she
        said": a person the pronoun fits by gender, named in a later paragraph than the
        subject chosen but only as an owner, may be the one meant (the paragraph is
        about her), so neither is credited."""
        t = self.t
        paragraph = self._paragraph_start(first.start)
        for mention in fitting:
            if mention is first or mention.start < first.start:
                break
            if mention.name == first.name or self._paragraph_start(mention.start) <= paragraph:
                continue
            known = mention.gender or self._learned_gender.get(mention.name)
            heads = self._name_heads(t.at(mention.start))
            if known == gender and any(t.dep[h] == "poss" for h in heads):
                return True
        return False

    def _met_since(self, first: _Named, fitting: list[_Named], gender: str) -> bool:
        """ "Greaves said ... ¶ The paper caught up with his agent, Colm Reddy, outside
        his office. ¶ ‘…,’ he said": the nearest person the pronoun fits is named in a
        later sentence than the subject chosen, only as an object (met, spoken to,
        visited), in a sentence with no "he"/"she" of that gender as its subject (which
        would carry the chosen one on): that person may be the one meant, so neither
        is credited."""
        t = self.t
        if not fitting or fitting[0] is first or fitting[0].name == first.name:
            return False
        nearest = fitting[0]
        if nearest.subject or nearest.reported or nearest.question is not None:
            return False
        here, there = t.at(nearest.start), t.at(first.start)
        if here < 0 or there < 0 or t.sent[here] <= t.sent[there]:
            return False
        node = self._name_heads(here)[-1]
        verb = t.head[node]
        if t.dep[node] == "pobj" and t.lower[verb] == "including":
            verb = t.head[verb] if t.pos[t.head[verb]] == "VERB" else verb
            # "Analysts at the bank, including X, were less sure": one of those named
        elif t.dep[node] == "pobj" and t.lower[verb] in ("to", "with"):
            verb = t.head[verb]  # "spoke to X", "caught up with X"
        elif t.dep[node] not in ("dobj", "dative"):
            return False  # "a defeat at Colnbrook": a place the recognizer took for a name
        if t.pos[verb] != "VERB" or self._inside(verb):
            return False
        opening, closing = t.sentence_bounds(t.sent[here])
        return not any(
            t.dep[i] in _SUBJECTS and _PRONOUN_GENDER.get(t.lower[i]) == gender
            for i in range(opening, closing)
        )

    def _agent_in_the_pronouns_sentence(
        self, first: _Named, fitting: list[_Named], position: int
    ) -> bool:
        """ "Ann Lee wrote of ‘…’. The survey, led by Dr Sam Cato, found ‘…,’ she said":
        the nearest person the pronoun fits is the agent of a passive in the pronoun's
        own sentence ("led by", "written by", "carried out by"), the one chosen is
        further back: the one who led the work may be meant, so neither is credited
        (round 30)."""
        t = self.t
        if not fitting or fitting[0] is first or fitting[0].name == first.name:
            return False
        nearest = fitting[0]
        here, there, at = t.at(nearest.start), t.at(first.start), t.at(position)
        if here < 0 or there < 0 or at < 0 or t.sent[here] != t.sent[at]:
            return False
        if t.sent[there] >= t.sent[here]:
            return False
        node = self._name_heads(here)[-1]
        preposition = t.head[node]
        return t.dep[node] == "pobj" and t.dep[preposition] == "agent"

    def _sole_agent_of_the_subject(self, mention: _Named, position: int) -> bool:
        """ "The new survey, led by Dr Fenella Cato, found ‘…,’ she said": the agent of a
        participle on the subject of the pronoun's own sentence ("led by", "chaired by",
        "written by"), when nobody else the pronoun fits is in reach, is the one who
        speaks of the work (round 31; with someone further back, neither is: round 30)."""
        t = self.t
        here, at = t.at(mention.start), t.at(position)
        if here < 0 or at < 0 or t.sent[here] != t.sent[at]:
            return False
        node = self._name_heads(here)[-1]
        agent = t.head[node]
        if t.dep[node] != "pobj" or t.dep[agent] != "agent":
            return False
        participle = t.head[agent]
        noun = t.head[participle]
        return (
            t.dep[participle] == "acl"
            and t.tag[participle] == "VBN"
            and noun != participle
            and t.dep[noun] in ("nsubj", "nsubjpass")
            and noun < here
        )

    def _died(self, token: int) -> bool:
        """Is the name at `token` (up its own words) the subject of a death ("Ada died",
        "Peter was killed"): not who a later pronoun's words are from?"""
        t = self.t
        if token < 0:
            return False
        node = self._name_heads(token)[-1]
        if t.dep[node] == "nsubj":
            return t.lemma[t.head[node]] in DEATH_LEMMAS
        if t.dep[node] != "nsubjpass":
            return False
        verb = t.head[node]
        if t.lemma[verb] in KILLING_LEMMAS:
            return True
        # "The gunman, Ryan Tait, was shot dead", "was stabbed to death" (round 26)
        children = t.children[verb]
        if t.lemma[verb] in SENTENCE_LEMMAS or any(
            t.lower[c] in NEAR_MISS_ADVERBS for c in children
        ):
            return False  # "was sentenced to death", "was nearly beaten to death"
        return any(
            (t.lower[c] in DEATH_RESULT_WORDS and t.dep[c] != "nsubjpass")
            or (
                t.dep[c] == "prep"
                and t.lower[c] == "to"
                and any(t.lower[g] in DEATH_RESULT_WORDS for g in t.children[c])
            )
            for c in children
        )

    def _spoken_of_before_a_speaker(
        self, first: _Named, fitting: list[_Named], position: int = -1
    ) -> bool:
        """ "Judge Anne Molloy said ... ¶ The jury had heard that the victim, Susan
        Pike, was left with a broken jaw. ¶ ‘…,’ she told him": the nearest person is
        only spoken of (the subject of what a court heard or someone reported, or of a
        passive: what was done to them) and has not spoken, while a person the pronoun
        fits as well spoke before: either may be meant, so nobody is."""
        if self._has_spoken(first) or (first.question == "asked" and self._answers(position)):
            # "Nwosu was asked if the union would ... ¶ ‘No …,’ he replied": a passive
            # of asking brings in who answers next (round 18)
            return False
        token = self.t.at(first.start)
        acted_on = self._acted_on_or_pleading(token)  # "denies arson" is no speech
        if not (first.reported or acted_on) or (self._says(first) and not acted_on):
            return False
        return any(
            m.name != first.name
            and m.subject
            and not m.reported
            and (self._has_spoken(m) or self._says(m))
            for m in fitting[:_MAX_CANDIDATES]
        )

    def _coordinated_peer(self, chosen: _Named, fitting: list[_Named], gender: str) -> bool:
        """ "Sam Okafor and Robin Tate run stalls. ‘…,’ she said": the chosen person
        shares a subject with another the pronoun fits as well (the same gender, or
        one the article does not tell): either may be meant."""
        t = self.t
        here = t.at(chosen.start)
        if here < 0:
            return False
        for other in fitting:
            if other is chosen or other.name == chosen.name:
                continue
            there = t.at(other.start)
            if there < 0 or t.sent[there] != t.sent[here]:
                continue
            # "Mick Dale and his assistant Tony Rudd": up to the noun a name is set beside
            ours, theirs = self._name_heads(here), self._name_heads(there)
            # "Striker Kane Obi and midfielder Luca Berti both scored", parsed with the
            # second name the object of its post noun: up to that noun (round 23)
            for heads in (ours, theirs):
                post = t.head[heads[-1]]
                if (
                    t.dep[heads[-1]] == "dobj"
                    and t.dep[post] == "conj"
                    and t.pos[t.head[post]] == "PROPN"
                ):
                    heads.append(post)  # (the tagger may call the post noun a verb)
            if any(
                t.dep[a] == "conj" and t.head[a] in other_heads
                for a, other_heads in ((x, theirs) for x in ours)
            ) or any(t.dep[b] == "conj" and t.head[b] in ours for b in theirs):
                return True
        return False

    def _in_relative_clause(
        self, mention: _Named, clauses: tuple[str, ...] = ("relcl", "acl")
    ) -> bool:
        """Is the name here inside a relative or participle clause of a noun ("the
        board, which was appointed by Carl Mertz,", "Mayor Tom Keegan, who was elected
        after Ray Dunne retired,"): not who the sentence is about (round 23)?"""
        t = self.t
        token = t.at(mention.start)
        if token < 0:
            return False
        node = self._name_heads(token)[-1]
        for _ in range(12):
            head = t.head[node]
            if head == node:
                return False
            if t.dep[node] in clauses:
                return True
            node = head
        return False

    def _main_subjects_beside(self, mention: _Named, fitting: list[_Named]) -> list[_Named]:
        """The other people a pronoun fits who are subjects of the same sentence outside
        any relative clause, and not spoken of by someone else (round 23)."""
        t = self.t
        here = t.at(mention.start)
        if here < 0:
            return []
        found = []
        for other in fitting:
            if other is mention or other.name == mention.name or not other.subject:
                continue
            there = t.at(other.start)
            if there < 0 or t.sent[there] != t.sent[here]:
                continue
            if other.reported or other.question is not None or self._in_relative_clause(other):
                continue
            heads = self._name_heads(there)
            if set(self._name_heads(here)) & set(heads):
                continue  # "The MLA, Suresh Pillai,": one person in apposition
            if t.dep[heads[-1]] not in _SUBJECTS and not (
                len(heads) > 1 and _misparsed_subject(t, heads[-1], noun=True)
            ):
                continue  # "The director of The Lantern Keeper, Tomás Reyes, said"
            found.append(other)
        return found

    def _met_in_the_same_sentence(self, first: _Named, fitting: list[_Named]) -> bool:
        """ "Minister Tom Reed met union leader Bob Pike. ‘…,’ he said", "Sgt Ann Lowe
        questioned the driver, Kate Moss. ‘…,’ she said": the chosen
        subject met or questioned, face to face, another the pronoun fits: either may
        speak next, so nobody is credited (round 23). So too after a cross-examination
        ("Karen Boyd cross-examined the witness, Sarah Quinn", which the tokenizer
        splits at its hyphen; round 24). The one questioned, when the pronoun's nearest
        is the one asked, answers (round 11: `_asked_nearest`)."""
        if self.t.at(first.start) < 0 or not first.subject:
            return False
        return any(
            other is not first
            and other.name != first.name
            and (self._met_by(first, other, fitting) or self._alongside(first, other, fitting))
            for other in fitting
        )

    def _alongside(self, subject: _Named, other: _Named, fitting: list[_Named]) -> bool:
        """ "Sarah Lomax cut the ribbon alongside Dr Helen Achterberg, the consultant who
        will run the unit. ‘…,’ she said": one the subject's verb brings in beside her,
        whom the pronoun fits as well, may be the one who speaks next (round 35)."""
        t = self.t
        here, there = t.at(subject.start), t.at(other.start)
        if here < 0 or there < here or t.sent[there] != t.sent[here]:
            return False
        if any(m.name == subject.name and m.start > other.start for m in fitting):
            return False  # named again after the other
        verb = t.head[self._name_heads(here)[-1]]
        return any(
            t.dep[h] == "pobj"
            and t.lower[t.head[h]] in COMITATIVE_PREPOSITIONS
            and t.head[t.head[h]] == verb
            for h in self._name_heads(there)
        )

    def _met_by(self, subject: _Named, other: _Named, fitting: list[_Named]) -> bool:
        """Is `other` the object, in the same sentence, of the verb of meeting or
        questioning whose subject is `subject`?"""
        t = self.t
        here, there = t.at(subject.start), t.at(other.start)
        if here < 0 or there < 0 or t.sent[there] != t.sent[here]:
            return False
        verb = t.head[self._name_heads(here)[-1]]
        verbs = {verb}
        if (
            t.lower[verb] in ENCOUNTER_PREFIXES
            and verb + 2 < len(t)
            and t.text[verb + 1] == "-"
            and t.lemma[verb + 2] in ENCOUNTER_LEMMAS | PREFIXED_ENCOUNTER_LEMMAS
        ):
            verbs.add(verb + 2)  # "cross-examined": "cross" "-" "examined"
        elif t.lemma[verb] not in ENCOUNTER_LEMMAS or t.pos[verb] != "VERB":
            return False
        if any(m.name == subject.name and m.start > other.start for m in fitting):
            return False  # "... met Jack Dunn. Pike later briefed members.": named again
        heads = self._name_heads(there)
        return any(
            (t.dep[h] == "dobj" or (t.dep[h] == "npadvmod" and len(verbs) > 1))
            and t.head[h] in verbs
            for h in heads
        )

    def _subject_of_root(self, mention: _Named) -> bool:
        """Is the name here the subject (or a passive's agent) of its sentence's main
        verb, not of a clause set beside or under it (round 23)?"""
        t = self.t
        token = t.at(mention.start)
        if token < 0:
            return False
        heads = self._name_heads(token)
        node = heads[-1]
        if t.dep[node] == "pobj" and t.dep[t.head[node]] == "agent":
            node = t.head[node]
        verb = t.head[node]
        # (the name's own head word: "..., the judge, Paul Kerr, stopped him")
        name_head = next((h for h in heads if t.dep[h] == "appos"), heads[0])
        return (
            (t.dep[node] in _SUBJECTS or t.dep[node] == "agent") and t.head[verb] == verb
        ) or _subject_after_fronted_clause(t, name_head, name_head + 1)

    def _heard_from(self, mention: _Named) -> bool:
        """Is the person named here the one a hearing heard from ("The inquest heard from
        pathologist Dr Ian Moss", "The tribunal took evidence from its finance director,
        Martin Cole")? A witness brought in so speaks next, though no subject."""
        t = self.t
        token = t.at(mention.start)
        if token < 0:
            return False
        node = self._name_heads(token)[-1]
        if t.dep[node] != "pobj" or t.lower[t.head[node]] != "from":
            return False
        verb = t.head[t.head[node]]
        if (
            t.pos[verb] == "NOUN"
            and t.dep[verb] == "dobj"
            and t.lemma[verb] in HEARD_EVIDENCE_NOUNS
            and t.pos[t.head[verb]] == "VERB"
            and not self._inside(verb)
        ):
            return True  # "The committee heard evidence from X", "from" on the noun
        if t.pos[verb] != "VERB" or self._inside(verb):
            return False
        return t.lemma[verb] == "hear" or any(
            t.dep[c] == "dobj" and t.lemma[c] in HEARD_EVIDENCE_NOUNS for c in t.children[verb]
        )

    def _reached_by_the_press(self, mention: _Named) -> bool:
        """Is the person named here the one the press got hold of ("The Herald caught up
        with his agent, Colm Reddy", "This newspaper spoke to the club's chairman, X",
        "We reached the principal, X, by phone", "ABC News spoke with grazier X")? The
        one reached speaks next, though no subject (round 29). The verb's own words."""
        t = self.t
        token = t.at(mention.start)
        if token < 0:
            return False
        node = self._name_heads(token)[-1]
        if t.dep[node] == "pobj" and t.lower[t.head[node]] in ("to", "with"):
            verb = t.head[t.head[node]]
            if t.dep[verb] == "prt":
                verb = t.head[verb]  # "caught up with": "with" on the particle
        elif t.dep[node] == "dobj":
            verb = t.head[node]
        else:
            return False
        if t.pos[verb] != "VERB" or t.lemma[verb] not in PRESS_CONTACT_LEMMAS or self._inside(verb):
            return False
        if any(
            t.dep[c] == "conj"
            and (t.lemma[c] in REFUSING_LEMMAS or any(t.dep[g] == "neg" for g in t.children[c]))
            for c in t.children[verb]
        ):
            return False  # "The Herald contacted the owner, X, but he did not respond"
        subject = next((c for c in t.children[verb] if t.dep[c] == "nsubj"), None)
        if subject is None:
            return False
        if t.lower[subject] == "we" or (
            t.pos[subject] == "NOUN"
            and t.lemma[subject] in PRESS_SELF_NOUNS | PRESS_NOUNS
            and any(t.lower[c] in ("this", "our") for c in t.children[subject])
        ):
            return True
        if t.pos[subject] != "PROPN":
            return False
        words = [t.text[c] for c in t.children[subject] if t.dep[c] == "compound" and c < subject]
        return any(
            w in OUTLET_NAME_HEADS or w in BROADCASTER_NAME_WORDS for w in [*words, t.text[subject]]
        )

    def _state_body_before(self, position: int, head: str) -> tuple[str | None, list[str]]:
        """ "Denmark's energy ministry suspended the permit. The ministry said": the one
        state body written in lower case after its country or nationality (which the
        recognizer names no entity) whose noun is `head`, named before outside quotes;
        nobody when two were. The text's state bodies are gathered in one pass."""
        if head not in STATE_BODY_NOUNS:
            return None, []
        t = self.t
        if self._state_bodies is None:
            self._state_bodies = {}
            for index in range(len(t)):
                if t.lower[index] in STATE_BODY_NOUNS and not self._inside(index):
                    name = self._state_body_name(index)
                    if name is not None:
                        self._state_bodies.setdefault(t.lower[index], []).append(
                            (t.start[index], name)
                        )
        before = {name for at, name in self._state_bodies.get(head, ()) if at < position}
        if len(before) != 1:
            return None, []
        (name,) = before
        record = self._actor_for(name, ORG, position)
        if record is None or record.kind == "person":
            return None, []
        return record.name, [record.name]

    def _classifies_noun(self, mention: _Named) -> bool:
        """Is the name here only a modifier of a common noun after it ("talks with the
        Championship club"), the noun being someone else? Not when the noun acts ("The
        GMB union accused ...": the GMB)."""
        t = self.t
        span = self._tokens_of(mention)
        if not len(span):
            return False
        root = _root_of(t, span.start, span.stop)
        head = t.head[root]
        return (
            t.dep[root] == "compound"
            and head >= span.stop
            and t.pos[head] == "NOUN"
            and t.dep[head] not in _SUBJECTS
        )
