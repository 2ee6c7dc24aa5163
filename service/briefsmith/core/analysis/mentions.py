"""Layer 1 of quote attribution: the index it starts from. The actors by every form of
their names, surname and initials, and each named mention in the parse (person or body,
its gender, roles, whether it is a subject, reports or is reported), which coreference
reads back from.

Each layer is a class that extends the one below; a method calls only methods of its own
layer and of the layers below (mentions < parse_reading < naming < cues < references <
attributor), so every module reads top-down and there is no import cycle. Pure."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from itertools import islice

from briefsmith.core.analysis.common import (
    _BODY_WORDS,
    _CUE_LEMMAS,
    _FRAME_TOKENS,
    _MAX_ADDED_ACTORS,
    _MAX_PER_KEY,
    _PLACE_LABELS,
    _ROLE_WORDS,
    _SUBJECTS,
    _addable,
    _age_token,
    _apposed_to_subject,
    _described_name_gender,
    _kind_of,
    _misparsed_subject,
    _Named,
    _named_after_subject_noun,
    _names_subject,
    _other_holder,
    _post_subject_before,
    _record_gender,
    _role_back,
    _root_of,
    _says_next,
    _strip_name,
    _subject_after_fronted_clause,
    _titled_by_courtesy_alone,
    _words_before,
)
from briefsmith.core.analysis.index import (
    Analysis,
)
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
from briefsmith.core.extraction.actor_parse import (
    apposed_name_after,
    lead_end_of,
    office_named,
    party_in_brackets,
    seat_in_brackets,
)
from briefsmith.core.extraction.actors import (
    ActorRecord,
    office_before_name_at,
)
from briefsmith.core.extraction.quotes import (
    FoundQuote,
    NameMentions,
)
from briefsmith.core.lexicon import (
    ADDRESS_HEADS,
    AGENT_POSTS,
    CLUB_DESCRIPTION_NOUNS,
    COMPANY_NOUNS,
    COMPETITION_WORDS,
    CONSTITUENCY_TAILS,
    DOCUMENT_NOUNS,
    EVIDENCE_LEMMAS,
    KIN_NOUNS,
    OFFICE_OF_TITLE,
    PERSON_NOUNS,
    PERSON_ONLY_TITLES,
    PLACE_HEADS,
    POST_NOMINALS,
    QUESTIONING_LEMMAS,
    REFLEXIVE_GENDER,
    ROLE_QUALIFIERS,
    SPEECH_LEMMAS,
    WEEKDAYS,
    title_word,
)
from briefsmith.core.names import (
    gender_told,
    given_name_gender,
    named_gender_told,
    same_person,
    same_spelling,
)


class _Mentions:
    """Layer 1 of quote attribution: the index it starts from. (See the module.)"""

    def __init__(self, analysis: Analysis, passages: list[FoundQuote]):
        self.a = analysis
        self.text = analysis.text
        self.t = analysis.tokens
        self.passages = passages
        self._passage_starts = [p.open_at for p in passages]
        self._by_form: dict[str, ActorRecord] = {}
        self._by_last: dict[str, list[ActorRecord]] = {}
        self._by_initials: dict[str, ActorRecord] = {}
        for record in analysis.actors:
            self._index_actor(record)
        self._learned_gender: dict[str, str] = {}
        # The age a person was referred back to by ("‘…,’ the 24-year-old said" read as
        # Luka Kovac): someone of another age later ("the 29-year-old said") is not them.
        self._described_ages: dict[str, str] = {}
        # Who was credited with a quote, and where their latest quote opens.
        self._spoke: dict[str, int] = {}
        # Quotes (by where they open) whose speech verb's subject is a name written as
        # no actor's yet ("‘…,’ de los Santos said"): the actor step may find the
        # name an alias later, and then the quote is theirs (see _settle_actors).
        self.unknown_names: dict[int, str] = {}
        # The names the recognizer took for places, in order, with their ends for a
        # bisection (a body written as a place is read back from them: "the county said").
        self._place_entities = [e for e in self.t.entities if e.label in (GPE, "LOC", "FAC")]
        self._place_ends = [e.end for e in self._place_entities]
        # The gender a title or kin word at a mention told of each person ("her
        # grandson Jack Lowe"), for telling namesakes apart; filled once mentions are read.
        self._told_gender: dict[str, str] = {}
        self.named = self._named_mentions()
        self._named_starts = [n.start for n in self.named]
        for mention in self.named:
            if mention.kind == "person" and mention.gender:
                self._told_gender.setdefault(mention.name, mention.gender)
        # People by given name ("Tamsin" for Tamsin Orrell: tabloids name people so),
        # and the surnames named, from the names the article writes in full.
        self._by_given: dict[str, dict[str, _Named]] = {}
        self._surnames: dict[str, dict[str, _Named]] = {}
        for mention in self.named:
            words = mention.name.split()
            if mention.kind == "person" and len(words) >= 2:
                self._surnames.setdefault(words[-1].casefold(), {}).setdefault(
                    mention.name, mention
                )
                if words[0].casefold().rstrip(".") not in _TITLE_WORDS:
                    self._by_given.setdefault(words[0].casefold(), {}).setdefault(
                        mention.name, mention
                    )
        # Who the article gave each role word, where first (bounded per word): "the
        # agent said" far from "Maybury's agent, Ray Colquhoun" is still him.
        self._role_holders: dict[str, list[tuple[int, str]]] = {}
        # Names the article calls a business or a body somewhere ("the private operator
        # Bluewake Marine", "exams regulator Ofqual"), where first and by which nouns:
        # a body, whatever the recognizer took the name for ("the company said", "a
        # spokesperson said" may stand for them).
        self._called_body: dict[str, tuple[int, frozenset[str]]] = {}
        # The bodies whose names fit an institution's noun, where first (filled per noun
        # when first asked): "the council" far from "East Penwith District Council".
        self._bodies_fitting: dict[str, list[_Named]] = {}
        self._state_bodies: dict[str, list[tuple[int, str]]] | None = None
        # Where the text ties a country to something ("Croatia's", "Croatian", "of
        # Croatia"), by country; gathered once, when a nationality first stands for someone.
        self._nationality_marks: dict[str, list[int]] | None = None
        for mention in self.named:
            # the body noun right before the name ("regulator Ofqual") or in apposition
            # to it ("Nordvind, a Danish developer"), not a job's ("Union boss Tom Reed")
            body_words = mention.roles & (COMPANY_NOUNS | _BODY_WORDS) & self._beside(mention)
            if body_words and not any(
                # "Bank manager Ann Lee" is called a person, by her job
                _role_back(r) or r in _ROLE_WORDS or r in PERSON_NOUNS
                for r in mention.roles
            ):
                self._called_body.setdefault(mention.name, (mention.start, body_words))
        for mention in self.named:
            if mention.kind != "person" or mention.roles & ROLE_QUALIFIERS:
                continue  # "former defender Marcus Hale" is not "the defender"
            for role in mention.roles:
                holders = self._role_holders.setdefault(role, [])
                if len(holders) < _MAX_PER_KEY and all(n != mention.name for _, n in holders):
                    holders.append((mention.start, mention.name))
        self._paragraph_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        self._lead_end = lead_end_of([s.end for s in analysis.sentences.sentences])

    # --- the text's named people and organizations, in order --------------------------

    def _named_mentions(self) -> list[_Named]:
        t = self.t
        found: list[_Named] = []
        # The surnames of the people named so far (given name and surname), to the name.
        surnames: dict[str, str] = {}
        for found_entity in t.entities:
            entity = self._relabelled(found_entity)
            if entity.label == PERSON and entity.last_token - entity.first_token >= 2:
                surnames.setdefault(t.text[entity.last_token - 1], _strip_name(entity.text))
            elif (
                entity.label in (ORG, *_PLACE_LABELS)
                and entity.last_token - entity.first_token == 1
                and entity.text in surnames
                and self._by_form.get(entity.text) is None
            ):
                # "Jordan Abiola scored ... Abiola, 19, works": one word that is the
                # surname of a person named before, and no other actor's name.
                entity = replace(entity, label=PERSON)
            if entity.label not in (PERSON, ORG) or self._inside_quote(entity.start):
                continue
            if self._cut_given_name(entity):
                continue  # "Governor Ma. Cristina Velasco": the name goes on after the stop
            if seat_in_brackets(t, entity.first_token, entity.last_token) or party_in_brackets(
                t, entity.first_token, entity.last_token
            ):
                continue  # "Ann Lee (PN–Kuala Nerus)" called a person: her seat, no speaker
            if (
                entity.last_token < len(t.text)
                and t.lemma[entity.last_token] in CLUB_DESCRIPTION_NOUNS
                and any(w in COMPETITION_WORDS for w in entity.text.split())
            ):
                continue  # "the Championship club": where a club plays, describing it
            record = self._actor_for(entity.text, entity.label, entity.start, create=False)
            name = record.name if record is not None else _strip_name(entity.text)
            root = _root_of(t, entity.first_token, entity.last_token)
            if (
                record is None
                and entity.label == PERSON
                and office_named(name)
                and apposed_name_after(t, root, entity.last_token)
            ):
                continue  # "The Dean of Kestwick, the Very Rev Alan Moss": his office
            if record is None and not _addable(name, entity.label, _names_subject(t, root)):
                continue
            roles = self._roles(entity, root)
            # "Striker Ben Ashworth" found as one name: the words before the name proper
            roles.update(w.casefold() for w in entity.text.split() if w not in name.split())
            # "Dr." and "Sgt." are the titles "Dr" and "Sgt" (US copy writes the stop;
            # round 38)
            roles = {title_word(role) for role in roles}
            gender = (
                named_gender_told(
                    roles
                    | _words_before(t, entity.first_token)
                    | self._apposed(entity.first_token),
                    name,
                )
                or self._reflexive_gender(root)
                or (_described_name_gender(name) if entity.label == PERSON else None)
            )
            if _other_holder(record, gender):
                continue
            found.append(
                _Named(
                    entity.start,
                    name,
                    # The actors' kind when they hold the name (the recognizer may call a
                    # company a person), else the recognizer's.
                    _kind_of(record, entity.label),
                    gender,
                    frozenset(roles),
                    # a person who acts in a passive ("led by Dr Ann Lee") is its subject;
                    # a body ("contacted by the BBC") is not the one an "it" stands for
                    _names_subject(t, root, agent=entity.label == PERSON)
                    or _apposed_to_subject(t, entity.first_token, entity.last_token)
                    or _subject_after_fronted_clause(t, root, entity.last_token)
                    or (
                        # a person's name (not "the consultancy Harnett Bowe said"
                        # after an analyst), and not "a friend of Ann Lee said"
                        entity.label == PERSON
                        and t.dep[root] not in ("pobj", "dobj", "dative", "poss")
                        and _says_next(t, entity.last_token)
                    ),
                    entity.label,
                )
            )
        # Names the recognizer missed but the actors hold ("Apex said", "Mr Okafor"), or
        # took for a building or a work ("Rachel Obi" as a FAC): only names it took for
        # someone or somewhere that acts are left to it.
        acting = sorted((e for e in t.entities if e.label in _ACTING_LABELS), key=lambda e: e.start)
        covered = {(e.start, e.end) for e in acting}
        entity_starts = [e.start for e in acting]
        for mention in NameMentions(
            self.text, self.a.actors, {"person", "organization", "group"}
        ).mentions:
            index = bisect_right(entity_starts, mention.start) - 1
            overlapping = acting[index] if index >= 0 else None
            inner = acting[index + 1] if index + 1 < len(acting) else None
            if (mention.start, mention.end) in covered or (
                overlapping is not None
                and mention.start < overlapping.end
                # "The Scottish FA said": a people's or place's word that only begins
                # the name does not stand for it (a person or body found there does)
                and (overlapping.label in (PERSON, ORG) or overlapping.end >= mention.end)
            ):
                continue
            if inner is not None and inner.start < mention.end and inner.label in (PERSON, ORG):
                continue  # "Chief Medical Officer Elena Ruiz": the person found inside
            if self._inside_quote(mention.start) or not self.a.is_parsed(
                mention.start, mention.end
            ):
                continue
            record = self._by_form.get(mention.name)
            if record is None:
                continue
            token = t.at(mention.start)
            kind = "person" if record.kind == "person" else "organization"
            before = _words_before(t, token) if token >= 0 else set()
            span = t.between(mention.start, mention.end)
            root = _root_of(t, span.start, span.stop) if len(span) else token
            subject = root >= 0 and (
                t.dep[root] in _SUBJECTS
                or _misparsed_subject(t, root)
                or _named_after_subject_noun(t, span.start if len(span) else token, root)
                or (len(span) > 0 and _apposed_to_subject(t, span.start, span.stop))
                or (len(span) > 0 and _subject_after_fronted_clause(t, root, span.stop))
            )
            if _other_holder(record, gender_told(before)):
                continue
            found.append(
                _Named(
                    mention.start,
                    record.name,
                    kind,
                    gender_told(before),
                    frozenset(w for w in before if w in _ROLE_WORDS)
                    | _post_subject_before(t, span.start if len(span) else token, root),
                    subject,
                    PERSON if kind == "person" else ORG,
                )
            )
        people, self._unknown_name_subjects = self._unlabelled_name_subjects()
        found.extend(people)
        found.sort(key=lambda n: n.start)
        found = self._surname_subjects(found)
        for named in found:
            named.question = self._question_role(named.start)
            named.reported = named.subject and self._reported(named.start)
            named.aside = named.kind == "organization" and self._aside(named.start)
        # What a title or gendered noun at one mention tells about a name holds for all
        # its mentions ("Mr Bellamy" ... "Arthur Bellamy").
        genders: dict[str, set[str]] = {}
        for named in found:
            if named.gender:
                genders.setdefault(named.name, set()).add(named.gender)
        for named in found:
            known = genders.get(named.name, set())
            if named.gender is None and len(known) == 1:
                named.gender = next(iter(known))
        return found

    def _unlabelled_name_subjects(self) -> tuple[list[_Named], list[int]]:
        """Subjects written like a person's name (two or three capitalized words, no
        word of a body's name) that the recognizer did not find whole ("Emeka Eze
        travels", "Chidinma Obi waited" with only "Chidinma" a place): a person when
        the given name is a known one, else where such a subject stands, which no
        "he"/"she" reaches past (it may be the one meant). One pass over the tokens."""
        t = self.t
        people: list[_Named] = []
        unknown: list[int] = []
        for index in range(len(t)):
            if t.dep[index] not in _SUBJECTS or t.pos[index] != "PROPN":
                continue
            first = index
            # its own name words before it ("Olumide" may hang from the verb as an
            # adverb when the parser does not know the name)
            while (
                first > 0
                and t.pos[first - 1] == "PROPN"
                and t.sent[first - 1] == t.sent[index]
                and t.head[first - 1] in (index, t.head[index])
            ):
                first -= 1
            words = [t.text[i] for i in range(first, index + 1)]
            # "City Councilmember Tomas Reyes said": the office's words before the name
            office_at = office_before_name_at(words)
            words = words[office_at:]
            first += office_at
            while words and words[0].casefold().rstrip(".") in _TITLE_WORDS:
                words = words[1:]
                first += 1
            labels = {t.ent[i] for i in range(first, index + 1)}
            if (
                not name_shaped(words)
                or PERSON in labels
                # "Home Secretary" (but "Imran Sheikh": a known given name first)
                or (
                    any(w.casefold() in _ROLE_WORDS for w in words)
                    and not given_name_gender(words[0])
                )
            ):
                continue
            if first > 0 and t.pos[first - 1] == "DET":
                continue  # "the Hartshead Central Library opened": a thing's name
            whole = t.entity(first)
            if whole is not None and whole.first_token == first and whole.last_token == index + 1:
                continue  # the recognizer's name, read with its entities
            start = t.start[first]
            if self._inside_quote(start) or not self.a.is_parsed(start, t.end[index]):
                continue
            gender = given_name_gender(words[0])
            if gender is None:
                # two words the recognizer left unread, neither a place's word
                place_word = words[-1] in ADDRESS_HEADS | PLACE_HEADS
                if labels == {""} and len(words) == 2 and not place_word:
                    unknown.append(start)
                continue
            people.append(_Named(start, " ".join(words), "person", gender, subject=True))
        return people, unknown

    def _aside(self, position: int) -> bool:
        """Is the name at `position` where or to whom words went: the object of "on" or
        "via" after a speech verb ("wrote on Instagram", "said in a post on X") or the
        one told ("told Reuters")?"""
        t = self.t
        token = t.at(position)
        if token < 0:
            return False
        node = token
        for _ in range(4):  # up the name's own words to its head
            head = t.head[node]
            if t.dep[node] not in ("compound", "flat", "amod") or t.pos[head] != "PROPN":
                break
            node = head
        head = t.head[node]
        if t.dep[node] in ("dobj", "dative") and t.lemma[head] == "tell":
            return True

        if t.dep[node] != "pobj" or t.lower[head] not in ("on", "via"):
            return False
        verb = t.head[head]
        return t.lemma[verb] in _CUE_LEMMAS or t.lemma[verb] in DOCUMENT_NOUNS | {"post"}

    def _reported(self, position: int) -> bool:
        """Is the name at `position` the subject of a clause that a speech verb with a
        subject of its own reports ("Lee told the inquiry that Reed had ignored her"), or
        of a relative clause that describes another subject ("Ann Lee, whose father Tom
        played in the side, said ...": the sentence is Lee's, not Tom's)?"""
        return self._reporter(position) is not None

    def _reporter(self, position: int) -> int | None:
        """Whose the sentence is when the name at `position` is only reported in it (see
        `_reported`): the reporting verb's subject ("Lee", or "She" in "She said a
        colleague, Meg Doyle, had ..."), or the subject a relative clause describes."""
        t = self.t
        node = t.at(position)
        if node < 0:
            return None
        for _ in range(4):
            if t.dep[node] != "compound" or t.head[node] == node:
                break
            node = t.head[node]
        if t.dep[node] == "appos":  # "whose son, Arun, was working": the son's clause
            node = t.head[node]
        if t.dep[node] not in _SUBJECTS:
            return None
        verb = t.head[node]
        if t.dep[verb] == "relcl":
            described = t.head[verb]
            return described if described < node and t.dep[described] in _SUBJECTS else None
        for _ in range(3):
            if t.dep[verb] not in ("ccomp", "conj") or t.head[verb] == verb:
                return None
            verb = t.head[verb]
            # "Lee told the inquiry that ...", "The jury heard that ..."
            if t.lemma[verb] in SPEECH_LEMMAS or t.lemma[verb] in EVIDENCE_LEMMAS:
                return next(
                    (
                        c
                        for c in t.children[verb]
                        if t.dep[c] in _SUBJECTS and c < node and not self._inside(c)
                    ),
                    None,
                )
        return None

    def _surname_subjects(self, found: list[_Named]) -> list[_Named]:
        """ "Asked by presenter Karen Aldous ... Aldous pressed her": a capitalized word
        the recognizer left unlabelled, the subject of its clause, that is the surname
        of a person named before it, is that person. One pass over the tokens."""
        t = self.t
        people = [n for n in found if n.kind == "person" and len(n.name.split()) >= 2]
        surnames: dict[str, _Named] = {}
        added: list[_Named] = []
        next_person = 0
        for index in range(len(t)):
            word = t.text[index]
            if not (
                t.dep[index] in _SUBJECTS
                and t.ent[index] == ""
                and len(word) > 2
                and word[:1].isupper()
                and word[1:].islower()
            ):
                continue
            while next_person < len(people) and people[next_person].start < t.start[index]:
                person = people[next_person]
                surnames[person.name.split()[-1]] = person
                next_person += 1
            earlier = surnames.get(word)
            if (
                earlier is None
                or self._inside(index)
                or not self.a.is_parsed(t.start[index], t.end[index])
            ):
                continue
            added.append(
                _Named(t.start[index], earlier.name, "person", earlier.gender, subject=True)
            )
        if not added:
            return found
        return sorted(found + added, key=lambda n: n.start)

    def _apposed(self, first: int) -> set[str]:
        """The nouns of a description set before a name ("her husband, the painter Tom
        Reyes"): back over nouns, adjectives, determiners and one comma, at most six
        tokens, in the name's sentence."""
        t = self.t
        words: set[str] = set()
        commas = 0
        for index in range(first - 1, max(-1, first - 7), -1):
            if t.sent[index] != t.sent[first]:
                break
            if t.text[index] == ",":
                commas += 1
                if commas > 1:
                    break
                continue
            if t.pos[index] not in ("NOUN", "ADJ", "DET", "PROPN") or t.ent[index] == PERSON:
                break
            words.add(t.lower[index])
        return words

    def _reflexive_gender(self, root: int) -> str | None:
        """ "Tom Reyes built the kilns himself": a reflexive pronoun in the clause of
        which the name is the subject."""
        t = self.t
        if t.dep[root] not in _SUBJECTS:
            return None
        stack = [(t.head[root], 0)]
        visited = 0
        while stack and visited < _FRAME_TOKENS:
            node, depth = stack.pop()
            visited += 1
            for child in t.children[node][:_FRAME_TOKENS]:
                gender = REFLEXIVE_GENDER.get(t.lower[child])
                if gender is not None:
                    return gender
                # not into clauses of their own, which may have another subject
                if (
                    depth < 3
                    and t.dep[child] not in ("ccomp", "advcl", "relcl", "parataxis")
                    and not any(t.dep[g] in _SUBJECTS for g in t.children[child])
                ):
                    stack.append((child, depth + 1))
        return None

    def _relabelled(self, entity: Entity) -> Entity:
        """A surname the recognizer calls a place ("Chebet, who ...", "Hartwig said")
        is a person when the article names a person so, or gives it a "who" clause; a
        name with letters after it ("Claire Holt KC") is a person's, whatever the
        recognizer took it for."""
        words = entity.text.split()
        if (
            entity.label == ORG
            and len(words) >= 3
            and words[-1] in POST_NOMINALS
            and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words[:-1])
        ):
            return replace(entity, label=PERSON)
        if (
            entity.label in (ORG, *_PLACE_LABELS)
            and name_shaped(words)
            and given_name_gender(words[0])
        ):
            # "Nadia Ferreira travels from York": a known given name and a surname,
            # whatever the recognizer took them for
            return replace(entity, label=PERSON)
        first = entity.first_token
        if (
            entity.label in (ORG, *_PLACE_LABELS)
            and len(words) == 1
            and given_name_gender(words[0])
            and first >= 2
            and entity.last_token < len(self.t.text)
            and self.t.text[first - 1] == ","
            and self.t.text[entity.last_token] == ","
            and self.t.lemma[first - 2] in KIN_NOUNS
        ):
            # "Okafor's widow, Grace, wept": a given name set off after a word of kin is
            # that relative's, whatever the recognizer took it for (round 30)
            return replace(entity, label=PERSON)
        if entity.label == PERSON and words[-1] in CONSTITUENCY_TAILS:
            # "Mr Ong Boon Keat (Serangoon Hills GRC)": a member's seat, no person.
            return replace(entity, label=GPE)
        titled = words[1:] if words[:1] == ["the"] else words
        weekday = entity.last_token
        if (
            entity.label in (ORG, PERSON)
            and len(titled) == 2
            and titled[0].casefold().rstrip(".") in PERSON_ONLY_TITLES
            and titled[1].isalpha()
            and titled[1][:1].isupper()
            and titled[1][1:].islower()
            and weekday + 1 < len(self.t.text)
            and self.t.text[weekday] in WEEKDAYS
            and self.t.sent[weekday] == self.t.sent[entity.first_token]
            and (self.t.text[weekday + 1] == "," or self.t.lemma[weekday + 1] in SPEECH_LEMMAS)
        ):
            # "Mrs Ebiere Sunday, a trader, said", "Mr Blessing Monday said": a surname
            # that is a day's name (the recognizer's date) after a title and a given name
            return replace(
                entity,
                label=PERSON,
                end=self.t.end[weekday],
                text=self.text[entity.start : self.t.end[weekday]],
                last_token=weekday + 1,
            )
        if (
            entity.label == ORG
            and 3 <= len(titled) <= 4
            and titled[0].casefold().rstrip(".") in PERSON_ONLY_TITLES
            and all(
                w[:1].isupper() and all(p.isalpha() and p[1:].islower() for p in w.split("-"))
                for w in titled[1:]
            )
        ):
            # "the Rev Nkechi Obi-Harland", "Dr Ann Lee-Cole": a title then a given name
            # and a surname
            return replace(entity, label=PERSON)
        if entity.label not in (GPE, NORP, "LOC"):
            return entity
        t = self.t
        people = [r for r in self._by_last.get(entity.text.casefold(), ()) if r.kind == "person"]
        root = _root_of(t, entity.first_token, entity.last_token)
        who = any(
            t.dep[c] == "relcl"
            and any(t.lower[g] == "who" for g in t.children[c] if t.dep[g] in _SUBJECTS)
            for c in t.children[root]
        )
        # "Lorraine, 56, said": an age in apposition is a person's
        aged = any(
            t.dep[c] == "appos" and t.pos[c] == "NUM" and _age_token(t.text[c])
            for c in t.children[root]
        )
        if len(people) == 1 or who or aged:
            return replace(entity, label=PERSON)
        return entity

    def _question_role(self, position: int) -> str | None:
        """Is the name at `position` the one asking a question ("asked by Ann Lee",
        "Ann Lee asked him") or the one asked ("asked Ann Lee:")?"""
        t = self.t
        token = t.at(position)
        if token < 0:
            return None
        node = token
        while t.dep[node] == "compound" and t.head[node] != node:
            node = t.head[node]
        if t.dep[node] == "appos":
            node = t.head[node]  # "questioned the defendant, Peter Crane,"
        head = t.head[node]
        if t.lemma[head] == "ask" and any(
            t.dep[c] == "prep" and t.lower[c] == "for" for c in t.children[head]
        ):
            # "Prosecutor Ann Lee had asked for 17 years": a request made, no question
            # put to anyone (round 30)
            return None
        if t.lemma[head] in QUESTIONING_LEMMAS and t.pos[head] in ("VERB", "AUX"):
            if t.dep[node] == "nsubjpass":
                return "asked"  # "Ann Lee was asked whether she would run again"
            if t.dep[node] in _SUBJECTS:
                return "asker"
            if t.dep[node] in ("dobj", "dative", "iobj"):
                return "asked"
        if t.dep[node] == "pobj" and t.lower[head] == "by":
            verb = t.head[head]
            if t.lemma[verb] in QUESTIONING_LEMMAS or (
                # "Challenged by Ann Lee over the timing, he said": the one challenging
                # (not "The survey, led by Dr Sam Cato, found": a noun's own participle
                # tells who did the work, no challenge; round 30)
                t.tag[verb] == "VBN"
                and t.dep[verb] == "advcl"
                and not any(t.dep[c] in _SUBJECTS for c in t.children[verb])
            ):
                return "asker"
        return None

    def _roles(self, entity: Entity, root: int) -> set[str]:
        """Role words the article gives a name: titles and nouns before it in its phrase
        ("Foreign Secretary", "UCI president"), its apposition (", a spokeswoman for")
        or the noun it is in apposition to."""
        t = self.t
        words: set[str] = set()
        for child in t.children[root]:
            if child < entity.first_token and t.dep[child] in ("compound", "amod", "nmod"):
                words.add(t.lower[child])
                # "Former health minister Ann Lee": what qualifies the role ("the former
                # minister" is her)
                words.update(
                    t.lower[g] for g in t.children[child] if t.dep[g] in ("compound", "amod")
                )
            if t.dep[child] == "appos":
                words.add(t.lower[child])
                words.update(t.lower[c] for c in t.children[child] if t.dep[c] == "compound")
                # "Harold Kemp, a retired firefighter": what qualifies the post ("the
                # retired firefighter" is him; round 29), not a qualifier that sets the
                # post aside ("former")
                words.update(
                    t.lower[c]
                    for c in t.children[child]
                    if t.dep[c] == "amod"
                    and t.pos[c] == "ADJ"
                    and t.lower[c] not in ROLE_QUALIFIERS
                    and t.lower[c].isalpha()
                )
        words |= _post_subject_before(t, entity.first_token, root)
        # "her husband, the engineer Tom Reyes": up the apposition to "husband"
        node = root
        for _ in range(3):
            if t.dep[node] not in ("appos", "compound") or t.head[node] == node:
                break
            dep, node = t.dep[node], t.head[node]
            if dep == "appos" or t.pos[node] == "NOUN":
                words.add(t.lower[node])
            if t.pos[node] != "NOUN":
                break
        for index in range(entity.first_token - 1, max(0, entity.first_token - 3) - 1, -1):
            if t.pos[index] in ("CCONJ", "PUNCT", "ADP"):
                # "Westmoor Council and the Environment Agency": a noun across "and" or
                # a comma names the other body, not what this one is; nor across a
                # preposition ("an architect from Durban": where she is from, no
                # architect; round 29).
                break
            if t.sent[index] == t.sent[entity.first_token] and t.pos[index] in ("NOUN", "PROPN"):
                words.add(t.lower[index])
        # "Edna Quarrington, 81, was woken": the age, however the parser hung it, is
        # what "the 81-year-old" refers back to.
        after = entity.last_token
        if (
            after + 2 < len(t.text)
            and t.text[after] == ","
            and t.text[after + 1].isdigit()
            and t.text[after + 2] == ","
        ):
            words.add(t.text[after + 1])
        # "Copper Bell, trained by Ann Lee, won ... said the trainer": the agent of a
        # participle that names a racing or sporting post holds it
        by = t.head[root]
        if t.dep[root] == "pobj" and t.lower[by] == "by" and t.head[by] != by:
            post = AGENT_POSTS.get(t.lower[t.head[by]])
            if post is not None:
                words.add(post)
        # "Gov. Ann Lee" is "the governor", "Det Sgt Tom Reyes" "the sergeant"
        words.update(
            OFFICE_OF_TITLE[w.rstrip(".")] for w in list(words) if w.rstrip(".") in OFFICE_OF_TITLE
        )
        return words

    def _index_actor(self, record: ActorRecord) -> None:
        for form in record.all_names():
            self._by_form.setdefault(form, record)
            words = form.split()
            if record.kind == "person" and words:
                bucket = self._by_last.setdefault(words[-1].casefold(), [])
                if record not in bucket and len(bucket) < _MAX_PER_KEY:
                    bucket.append(record)
            elif len(words) > 1:
                initials = "".join(w[0] for w in words if w[:1].isupper())
                if len(initials) >= 2:
                    self._by_initials.setdefault(initials, record)

    def _actor_for(
        self, name: str, label: str, position: int, *, create: bool = True, single: bool = False
    ) -> ActorRecord | None:
        """The actor a name written in the text stands for; a person or organization
        the article names that is not among the actors yet is added. Dictionary
        lookups only (exact form, surname bucket, acronym), never a scan of all actors."""
        clean = _strip_name(name)
        if not clean or not any(ch.isupper() for ch in clean):
            return None
        written = " ".join(name.split())
        if written == clean and " " not in clean:
            # The recognizer's name may leave out the title written before it ("Major"
            # of "Major Mwangi"): read it from the text.
            written = self._with_title_before(clean, position)
        if written != clean and written.split()[0].casefold().rstrip(".") in _TITLE_WORDS:
            # "Mrs Singh" beside "Dr Singh": the actor known by the very title written
            # is the one meant, before the bare surname is looked up.
            titled = self._by_form.get(written)
            if titled is not None and titled.kind == "person":
                return titled
        kind = "person" if label == PERSON else "organization"
        if " " not in clean:
            # (the recognizer may call "Mr Quill" a body: the surname still names people)
            namesakes = self._namesakes(clean)
            if len(namesakes) > 1:
                # "Alan Pryce and his wife Joan Pryce ... Mrs Pryce said": a bare surname
                # two people carry names the one its title's gender fits, else nobody
                # (a wrong person is worse than none).
                return self._namesake_by_title(namesakes, name, position)
        best = self._by_form.get(clean)
        if best is not None and best.kind not in ("person", "organization", "group"):
            return None  # a place or country the actors already hold: it does not speak
        if best is None and kind == "person":
            last = clean.split()[-1].casefold()
            best = next(
                (
                    r
                    for r in self._by_last.get(last, ())
                    # A bare surname alias cannot vouch for a fuller name: "Smith"
                    # (John Smith's) does not make "Jane Smith" him.
                    if any(
                        same_person(clean, n, "person")
                        for n in r.all_names()
                        if len(n.split()) >= len(clean.split())
                    )
                ),
                None,
            )
        if best is None and kind == "organization":
            letters = clean.replace(".", "")
            if letters.isupper():
                best = self._by_initials.get(letters)
            else:
                initials = "".join(w[0] for w in clean.split() if w[:1].isupper())
                acronym = self._by_form.get(initials) if len(initials) >= 2 else None
                if acronym is not None and acronym.kind == "organization":
                    best = acronym
        given = clean.casefold()
        if (
            best is None
            and " " not in clean
            and hasattr(self, "_by_given")
            and given not in self._surnames
        ):
            # "… and her sister Anjali Sharma … ‘…,’ Anjali said", the given name taken
            # for a body: the one person the article gave it (never a surname)
            people = list(self._by_given.get(given, {}).values())
            if len(people) > 1:
                return None  # two people given that name: it tells neither
            if people:
                best = self._by_form.get(people[0].name)
        if best is None and kind == "person":
            # "Severnvale Water" called a person beside the organization "Severnvale".
            owner = self._by_form.get(clean.split()[0])
            if owner is not None and owner.kind in ("organization", "group"):
                return owner
        if best is None:
            if not create or not _addable(clean, label, single):
                return None
            if len(self.a.actors) >= _MAX_ADDED_ACTORS:
                return None
            best = ActorRecord(clean, kind, first=position)  # type: ignore[arg-type]
            self.a.actors.append(best)
        if clean != best.name and clean not in best.aliases:
            best.aliases.append(clean)
        self._index_actor(best)
        return best

    def _with_title_before(self, surname: str, position: int) -> str:
        """ "Major Mwangi" for the surname "Mwangi" written right after the rank (one
        title word), else the surname as it was given."""
        token = self.t.at(position)
        before = token - 1
        if (
            token > 0
            and self.t.text[token] == surname
            and self.t.sent[before] == self.t.sent[token]
            and self.t.lower[before].rstrip(".") in _TITLE_WORDS
            and self.t.text[before][:1].isupper()
        ):
            return f"{self.t.text[before]} {surname}"
        return surname

    def _namesakes(self, surname: str) -> list[str]:
        """The people the article names in full with this surname (actors held, and
        names written out before the actors are settled): more than one are kin or
        namesakes a bare surname does not tell apart."""
        key = surname.casefold()
        full = [r.name for r in self._by_last.get(key, ()) if r.kind == "person"]
        full.extend(islice(getattr(self, "_surnames", {}).get(key, {}), _MAX_PER_KEY))
        people: list[str] = []
        for name in full:
            words = name.split()
            if (
                len(words) > 1
                and same_spelling(words[-1], surname)
                and not any(same_person(name, other, "person") for other in people)
            ):
                people.append(name)
        return people

    def _namesake_by_title(
        self, namesakes: list[str], name: str, position: int
    ) -> ActorRecord | None:
        """The one of several people sharing a surname whom the title written with it
        ("Mr", "Mrs", "Lord", "Dame") fits by gender, when exactly one does. (The one the
        article names by this very title, "Dr Singh" beside "Mrs Singh", _actor_for finds
        first.)"""
        token = self.t.at(position)
        told = gender_told(
            {w.casefold() for w in name.split()}
            | (_words_before(self.t, token) if token >= 0 else set())
        )
        if told is None:
            return None
        genders = [
            given_name_gender(n)
            or self._told_gender.get(n)
            or _record_gender(self._by_form.get(n))
            # "Dr Hale", never named in full, is not the "Mr Hale" beside him.
            or _titled_by_courtesy_alone(n)
            for n in namesakes
        ]
        fitting = [n for n, g in zip(namesakes, genders, strict=True) if g == told]
        if len(fitting) != 1 or None in genders:
            return None
        return self._by_form.get(fitting[0]) or self._actor_for(fitting[0], PERSON, position)

    # --- quotes --------------------------------------------------------------------

    def _inside_quote(self, position: int) -> bool:
        index = bisect_right(self._passage_starts, position) - 1
        return (
            index >= 0 and self.passages[index].open_at < position < self.passages[index].close_at
        )

    def _inside(self, token: int) -> bool:
        return self._inside_quote(self.t.start[token])

    def _cut_given_name(self, entity: Entity) -> bool:
        """Is a one-word person the recognizer found an abbreviated given name the parser
        cut off at its stop from the name it opens ("Governor Ma. Cristina Velasco", "Md.
        Rafiqul Islam"): two letters, a stop, then a person's name of two words or more?"""
        t = self.t
        if (
            entity.label != PERSON
            or entity.last_token - entity.first_token != 1
            or len(t.text[entity.first_token]) > 2
            or entity.last_token + 1 >= len(t.text)
            or t.text[entity.last_token] != "."
        ):
            return False
        following = t.entity(entity.last_token + 1)
        return (
            following is not None
            and following.label == PERSON
            and following.first_token == entity.last_token + 1
            and following.last_token - following.first_token >= 2
            and self.text[entity.end : following.start].strip() == "."
        )

    def _tokens_of(self, mention: _Named) -> range:
        """The tokens a named mention spans (empty when it ends past the parse)."""
        return self.t.between(mention.start, mention.start + len(mention.name))

    def _beside(self, mention: _Named) -> set[str]:
        """The word right before a name and the nouns in apposition to it."""
        t = self.t
        first = t.at(mention.start)
        if first < 0:
            return set()
        words = {t.lower[first - 1]} if first > 0 else set()
        span = self._tokens_of(mention)
        root = _root_of(t, span.start, span.stop) if len(span) else first
        words.update(t.lower[c] for c in t.children[root] if t.dep[c] == "appos")
        return words
