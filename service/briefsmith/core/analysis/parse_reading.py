"""Layer 2 of quote attribution: single readings of the parse near one place. Is this
token a cue, a title, a document, a dateline, a description, a name set off by commas;
what phrase does it head. Each reads a bounded window.

Each layer is a class that extends the one below; a method calls only methods of its own
layer and of the layers below (mentions < parse_reading < naming < cues < references <
attributor), so every module reads top-down and there is no import cycle. Pure."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from briefsmith.core.analysis.common import (
    _AUTHORING_LEMMAS,
    _BODY_WORDS,
    _CARRY_TAIL,
    _CLAUSE_CLIMB,
    _CUE_LEMMAS,
    _DATELINE_AFTER,
    _LOOKBACK_CHARS,
    _LOOKBACK_MENTIONS,
    _PERSONAL_NOUNS,
    _PLACE_LABELS,
    _POSSESSIVE_GENDER,
    _SENTENCE_ENDS,
    _SUBJECTS,
    _TITLE_WORDS_BETWEEN,
    _WATCH_REACH,
    _Named,
    _opens_quote,
    _strip_name,
)
from briefsmith.core.analysis.mentions import _Mentions
from briefsmith.core.analysis.tokens import (
    _BRIEF_AND_NAME_TOKENS,
    _TITLE_WORDS,
    NORP,
    ORG,
    PERSON,
    Entity,
    name_shaped,
)
from briefsmith.core.dependency import object_renamed_before
from briefsmith.core.extraction.actor_parse import (
    hyphen_in_word,
    nationality_of_state_body,
    office_named,
)
from briefsmith.core.extraction.quotes import (
    FoundQuote,
)
from briefsmith.core.lexicon import (
    AGENT_LOOKALIKES,
    AGENT_SUFFIXES,
    ANSWERING_LEMMAS,
    ASSOCIATE_NOUNS,
    COMPANY_NOUNS,
    DOCUMENT_NOUNS,
    FAMILY_NOUNS,
    GIVEN_NAMES,
    KIN_NOUNS,
    ORG_HEADS,
    OUTLET_NAME_HEADS,
    OWN_PAST_WORDS_NOUNS,
    OWNED_WRITING_NOUNS,
    PEERAGE_TITLES,
    PERSON_NOUNS,
    PLEA_LEMMAS,
    REPRESENTATIVE_NOUNS,
    SPOKESPERSON_NOUNS,
    STATE_BODY_NOUNS,
    UNNAMED_ONE_DETERMINERS,
    WATCH_LEMMAS,
    WATCHED_CLAUSE_MARKS,
    WRITTEN_NOUNS,
    country_names,
    demonym_country,
    fold,
    is_demonym,
)
from briefsmith.core.names import (
    given_name_gender,
    same_person,
)

# How many words of a person's kind may stand between "of" and the name ("a pal of
# the reality TV star Demi Rowe").
_KIND_BEFORE_NAME = 5


class _ParseReading(_Mentions):
    """Layer 2 of quote attribution: single readings of the parse near one place.
    (See the module.)"""

    def _description(self, noun: int, entity: Entity) -> str | None:
        """The noun phrase of an apposition, without the name, at most a dozen words."""
        t = self.t
        first = last = noun
        # "the vice-captain", "The club's vice-president": the tokenizer splits a hyphened
        # role and the parser may hang its halves apart; the word is whole, with what
        # hangs on either half.
        while last + 2 < len(t) and hyphen_in_word(t, last + 1):
            last += 2
        while first >= 2 and hyphen_in_word(t, first - 1):
            first -= 2
        stack = list(range(first, last + 1))
        while stack:
            node = stack.pop()
            for child in t.children[node]:
                if entity.first_token <= child < entity.last_token or t.dep[child] in (
                    "relcl",
                    "acl",
                    "punct",
                    "appos",
                ):
                    continue
                first, last = min(first, child), max(last, child)
                stack.append(child)
        if last - first > 12:
            return None
        return self.text[t.start[first] : t.end[last]] or None

    def _enclosing(self, passage: FoundQuote) -> FoundQuote | None:
        index = bisect_left(self._passage_starts, passage.open_at) - 1
        if index >= 0:
            outer = self.passages[index]
            if outer.open_at < passage.open_at and passage.close_at < outer.close_at:
                return outer
        return None

    def _written_name(self, head: int) -> str:
        """The words of a name the parser built as compounds before its head ("de los
        Santos"), as the text writes them."""
        t = self.t
        first = head
        while first > 0 and t.dep[first - 1] == "compound" and t.head[first - 1] == head:
            first -= 1
        return self.text[t.start[first] : t.end[head]]

    def _anothers_writing_read_from(self, preposition: int) -> bool:
        """ "Sen. X read from a letter by a widow:", "The minister read from a nurse's
        letter:": a writing the clause reads or quotes "from" that names another author
        (a "by" or "from" after it, a name or noun owning it) holds the words after the
        colon, not the reader's (round 21); "read from her diary:" stays the reader's."""
        t = self.t
        if t.dep[preposition] != "prep" or t.lower[preposition] != "from":
            return False
        for document in t.children[preposition]:
            if t.dep[document] != "pobj" or not (
                t.lemma[document] in DOCUMENT_NOUNS or t.lower[document] in OWNED_WRITING_NOUNS
            ):
                continue
            for child in t.children[document]:
                if t.dep[child] == "poss" and t.pos[child] in ("NOUN", "PROPN"):
                    return True
                if t.dep[child] == "prep" and t.lower[child] in ("by", "from"):
                    return True
                if t.dep[child] == "acl" and t.lemma[child] in _AUTHORING_LEMMAS:
                    return True
            after = document + 1
            if (
                after < len(t.text)
                and t.lower[after] == "by"
                and t.head[after] == t.head[preposition]
            ):
                return True  # "read from a letter by a widow", "by" hung on the verb
        return False

    def _phrase(self, head: int, complement: bool = False) -> str:
        """The noun phrase a common noun heads, up to the noun ("a council spokesman");
        with `complement`, with its "of" phrase ("organisers of the Kestrel Festival"),
        at most a dozen words."""
        t = self.t
        first = last = head
        for child in t.children[head]:
            if child < first and t.dep[child] in ("det", "amod", "compound", "nummod", "poss"):
                first = child
        if complement:
            of = next((c for c in t.children[head] if c > head and t.lower[c] == "of"), None)
            stack = [of] if of is not None else []
            visited = 0
            while stack:
                node = stack.pop()
                visited += 1
                if node - head > 12 or node < head or visited > 24:
                    return self.text[t.start[first] : t.end[head]]
                last = max(last, node)
                stack.extend(
                    c
                    for c in t.children[node]
                    if t.dep[c] not in ("relcl", "acl", "punct", "appos", "cc", "conj")
                )
        return self.text[t.start[first] : t.end[last]]

    def _personal(self, noun: int) -> bool:
        """Does a common noun stand for a person ("a passenger", "one cyclist")?"""
        t = self.t
        words = {t.lower[noun], t.lemma[noun]}
        if words & (_PERSONAL_NOUNS | PERSON_NOUNS | SPOKESPERSON_NOUNS):
            return not words & WRITTEN_NOUNS and t.lemma[noun] != "statement"
        lemma = t.lemma[noun]
        return (
            len(lemma) > 4
            and lemma.endswith(AGENT_SUFFIXES)
            and lemma not in AGENT_LOOKALIKES
            and lemma not in WRITTEN_NOUNS
            and t.entity(noun) is None
        )

    def _given_and_surname(self, index: int) -> bool:
        """Is the name the token at `index` ends a known given name and a surname,
        whatever the recognizer took it for ("The Noelle Baptiste campaign")?"""
        t = self.t
        words = [t.text[c] for c in t.children[index] if c < index and t.dep[c] == "compound"]
        words.append(t.text[index])
        return len(words) == 2 and name_shaped(words) and given_name_gender(words[0]) is not None

    def _coordinated_body(self, head: int) -> str | None:
        """ "a spokesperson for Devon and Cornwall Police": a body whose name joins two
        names with "and" (the parser splits it, and the recognizer may read the first
        as a person), when the actors hold it whole."""
        t = self.t
        if not any(t.lower[c] == "and" and t.dep[c] == "cc" for c in t.children[head]):
            return None
        joined = [c for c in t.children[head] if t.dep[c] == "conj" and c > head]
        if not joined:
            return None
        record = self._by_form.get(self.text[t.start[head] : t.end[joined[-1]]])
        return record.name if record is not None and record.kind != "person" else None

    def _body_held_as_person(self, mention: _Named) -> bool:
        """ "Harlow Steel warned of job losses. ‘…,’ the steelmaker said": a subject the
        recognizer called an organization that the actors hold, for now, as a person
        (they settle it as a body later), with no gender told and no given name first:
        the body a business's noun may stand for (round 24)."""
        if mention.kind != "person" or mention.label != ORG or not mention.subject:
            return False
        if mention.gender or self._learned_gender.get(mention.name) or mention.roles:
            return False
        record = self._by_form.get(mention.name)
        if record is not None and record.role:
            return False  # "Kemi Adeola, the firm's founder,": a person with a post
        words = mention.name.split()
        return len(words) >= 2 and fold(words[0]) not in GIVEN_NAMES

    def _inner_attribution(self, inside: range) -> int | None:
        """A closing mark set after the attribution instead of before it ("“The country
        is in ruins, added Mr. Lee. This is madness.”"): ", <speech verb> <Name>" inside
        the marks, with the name the verb's subject. The name's token, or None."""
        t = self.t
        for index in inside:
            if t.text[index] != "," or index + 2 >= inside.stop:
                continue
            verb = index + 1
            if t.lemma[verb] not in _CUE_LEMMAS or t.pos[verb] != "VERB":
                continue
            for child in t.children[verb]:
                if (
                    child > verb
                    and t.dep[child] in (*_SUBJECTS, "dobj", "attr", "dep", "npadvmod")
                    and t.ent[child] in (PERSON, ORG)
                ):
                    return child
        return None

    def _names_a_source(self, start: int, end: int) -> bool:
        """Does the phrase from `start` to its first comma (before `end`) end on a name,
        a person's or a body's ("to fire chief Ann Lee,", "to the Ports Authority,"),
        not on a common noun ("to Garda sources,", "to the survey,")?"""
        t = self.t
        for index in range(start, end):
            if t.text[index] == ",":
                return index > start and t.ent[index - 1] in (PERSON, ORG)
        return False

    def _takes_a_thing(self, verb: int) -> bool:
        """Does a speech verb take a quantity or thing as its object ("would add £6m",
        "added pressure") rather than words?"""
        t = self.t
        amounts = ("MONEY", "PERCENT", "QUANTITY", "CARDINAL")
        return any(
            t.dep[c] == "dobj"
            and (
                t.pos[c] in ("NUM", "SYM")
                or t.ent[c] in amounts
                or any(t.dep[n] == "nummod" or t.ent[n] in amounts for n in t.children[c])
            )
            for c in t.children[verb]
        )

    def _bare_attribution_after(self, quote: FoundQuote, last: int) -> bool:
        """ "‘…, could you?’ Mr Catterall asked.": after a question or an exclamation,
        the next sentence in the paragraph is only a name and a speech verb (its root,
        the name its subject, nothing said or told besides): the quote's attribution
        (with whom it was put to: "asked reporters"), not a sentence of its own ("‘Why?’
        Ann Lee said the answer was plain" is not; round 24)."""
        t = self.t
        index = last + 1
        while index < len(t) and t.start[index] <= quote.close_at:
            index += 1
        if index >= len(t) or self.text[quote.close_at : t.start[index]].count("\n"):
            return False
        first, end = t.sentence_bounds(t.sent[index])
        if first != index or end - first > 12:
            return False
        root = next((i for i in range(first, end) if t.dep[i] == "ROOT"), None)
        if root is None or t.lemma[root] not in _CUE_LEMMAS or t.pos[root] != "VERB":
            return False
        subjects = [c for c in t.children[root] if t.dep[c] in _SUBJECTS]
        if len(subjects) != 1 or subjects[0] > root:
            return False
        if t.pos[subjects[0]] != "PROPN":
            # "‘…?’ Banks asked.": a surname the tagger took for a common noun, which
            # the article gave a person (round 30)
            record = self._by_form.get(t.text[subjects[0]])
            if not (
                t.text[subjects[0]][:1].isupper() and record is not None and record.kind == "person"
            ):
                return False
        # "asked reporters", "asked the accused, Kwame Boateng", "said in reply"
        return (
            all(
                t.dep[c] in ("nsubj", "punct", "advmod", "npadvmod", "dobj", "dative", "prep")
                for c in t.children[root]
            )
            and t.text[end - 1] in _SENTENCE_ENDS
        )

    def _introduces(self, index: int, first: int) -> bool:
        """Does the previous sentence introduce the quote: it ends with a colon, and
        nothing but marks stands between it and the quote? ("Ann Lee said. Tom Reed
        praised the visitors: ‘…’": the colon is the quote's own sentence's, and Lee's
        "said" is no cue of these words; round 33.)"""
        t = self.t
        _, end = t.sentence_bounds(t.sent[index])
        between = self.text[t.start[end - 1] : t.start[first]]
        if any(ch.isalnum() for ch in between):
            return False
        return t.text[end - 1] == ":" or between.rstrip().endswith(":")

    def _paragraph_start(self, position: int) -> int:
        return self._paragraph_starts[bisect_right(self._paragraph_starts, position) - 1]

    def _paragraph_before(self, paragraph: int) -> int:
        """The start of the last paragraph with words before the one at `paragraph`."""
        index = bisect_right(self._paragraph_starts, paragraph - 1) - 1
        end = paragraph
        for _ in range(8):  # the blank lines between two paragraphs, never a long walk
            if index <= 0 or self.text[self._paragraph_starts[index] : end].strip():
                break
            end = self._paragraph_starts[index]
            index -= 1
        return self._paragraph_starts[max(index, 0)]

    def _denies_ahead(self, cue: int, first: int) -> bool:
        """ "He denied he had ‘lost the dressing room’": a denial before the quote, in
        its clause (no colon handing the quote to the denier as his own words)."""
        t = self.t
        return cue < first and not any(t.text[i] == ":" for i in range(cue + 1, first))

    def _states_a_claim(self, clause: int) -> bool:
        """A noun's clause that says what is claimed: "that ..."/"whether ..." or a
        speech verb's participle ("claiming ...", "suggesting ...")."""
        t = self.t
        if t.tag[clause] == "VBG":
            return t.lemma[clause] in _CUE_LEMMAS
        return any(
            t.dep[c] == "mark" and t.lower[c] in ("that", "whether") for c in t.children[clause]
        )

    def _named_apposition_before(self, subject: int, cue: int) -> int | None:
        """ "Pressed by the committee chair, Alan Reeve, on bonuses, Ms Pitt replied",
        parsed with the chair's name as the subject and the speaker's in apposition to
        it: a person's name is no apposition of another person's name, so the one that
        stands right before the verb speaks."""
        t = self.t
        if t.pos[subject] != "PROPN" or t.ent[subject] != PERSON:
            return None
        for child in t.children[subject]:
            if (
                t.dep[child] == "appos"
                and subject < child < cue
                and t.pos[child] == "PROPN"
                and t.ent[child] == PERSON
                and t.lower[child] != t.lower[subject]
                and all(t.pos[i] == "PUNCT" for i in range(child + 1, cue))
                # (not a name renaming an object inside the subject's description:
                # "Jo Reid, a friend of the victim, Alan Price, said"; round 31)
                and object_renamed_before(t.head, t.dep, t.pos, t.text, subject, child) is None
            ):
                return child
        return None

    def _modifies_noun_after(self, inside: range, last: int) -> bool:
        """ "posted ‘chemo’ updates", "a string of ‘away day’ raids": quoted words that
        modify the noun after the closing mark are a label on it, not a speaker's words."""
        t = self.t
        after = last + 1
        if after >= len(t) or not t.text[after][:1].islower():
            return False
        if any(t.head[i] == after for i in inside if t.dep[i] in ("compound", "amod", "nmod")):
            return True
        # The tagger often reads the noun as a verb ("‘chemo’ updates"): its role tells.
        noun_roles = ("dobj", "pobj", "nsubj", "nsubjpass")
        return (t.pos[after] == "NOUN" and t.dep[after] != "npadvmod") or t.dep[after] in noun_roles

    def _word_before_marks(self, first: int) -> int:
        """The token before the opening mark(s) of the quote whose first token is
        `first` (-1 at the start of the text)."""
        word = first - 1
        while word >= 0 and _opens_quote(self.t.text[word]):
            word -= 1
        return word

    def _related(self, noun: int) -> bool:
        """ "his client", "her son", "the star's agent": a common noun someone holds
        (a possessive pronoun or a name before it) stands for a person tied to them, not
        for a body ("its client" aside)."""
        t = self.t
        return any(
            t.dep[c] == "poss" and (t.lower[c] in ("his", "her", "their") or t.pos[c] == "PROPN")
            for c in t.children[noun]
        )

    def _phrase_head(self, noun: int) -> int:
        """The noun a compound or modifier leads to ("recycling" in "recycling scheme")."""
        t = self.t
        while t.dep[noun] in ("compound", "amod") and noun < t.head[noun] < len(t):
            noun = t.head[noun]
        return noun

    def _behalf(self, document: int) -> int | None:
        """The "behalf" a document or the verb it hangs on is read or issued on."""
        t = self.t
        for holder in (document, t.head[document]):
            for preposition in t.children[holder]:
                if t.lower[preposition] != "on" or t.dep[preposition] != "prep":
                    continue
                for noun in t.children[preposition]:
                    if t.lower[noun] == "behalf":
                        return noun
        return None

    def _is_written_thing(self, source: int) -> bool:
        return self.t.lower[source] in WRITTEN_NOUNS

    def _written_frame(self, inside: range) -> bool:
        """Do the quote's words hang from a sign, banner or note ("signs reading ...")?"""
        t = self.t
        roots = [i for i in inside if not (inside.start <= t.head[i] < inside.stop)]
        for root in roots[:4]:
            node = root
            for _ in range(4):
                head = t.head[node]
                if head == node:
                    break
                node = head
                if t.lower[node] in WRITTEN_NOUNS:
                    return True
        return False

    def _stands_alone(self, quote: FoundQuote) -> bool:
        """Is the quote a sentence of its own (no words of narrative around it)?"""
        sentence = self.a.sentences.containing(quote.open_at)
        if sentence is None:
            return True
        around = (
            self.text[sentence.start : quote.open_at]
            + self.text[quote.close_at + 1 : min(sentence.end, quote.close_at + 1 + _CARRY_TAIL)]
        )
        return not any(ch.isalnum() for ch in around)

    def _titles_the_next(self, index: int, speaker: str) -> bool:
        """ "Treasury Secretary Lena Ortiz", "Harlow Foods chief executive Dana Fitch": a
        body named in the title before the speaker's own name, only title words between
        (no punctuation), is part of how the speaker is named, not another speaker."""
        named = self.named[index]
        if named.kind != "organization" or index + 1 >= len(self.named):
            return False
        following = self.named[index + 1]
        if following.name != speaker and not same_person(
            _strip_name(following.name), speaker, following.kind
        ):
            return False
        between = self.text[named.start + len(named.name) : following.start]
        return len(between.split()) <= _TITLE_WORDS_BETWEEN and not any(
            ch in between for ch in ",;:.()\n"
        )

    def _another_after(self, quote: FoundQuote, speaker: str) -> bool:
        """ "“The ruling is final.” Judge Ann Lee, however, told the hearing ...": the
        sentence after the quote, in its paragraph, has someone else named as a clause's
        subject, so the quote may be theirs as much as the previous speaker's."""
        sentence = self.a.sentences.containing(quote.close_at)
        if sentence is None:
            return False
        following = self.a.sentences.containing(sentence.end + 1)
        if following is None or "\n" in self.text[quote.close_at : following.start]:
            return False
        index = bisect_left(self._named_starts, following.start)
        while index < len(self.named) and self.named[index].start < following.end:
            named = self.named[index]
            index += 1
            if not named.subject or named.name == speaker:
                continue
            if not same_person(_strip_name(named.name), speaker, named.kind):
                return True
        return False

    def _office_of_country(self, noun: int) -> str | None:
        """ "Norway's transport minister said": an office in lower case owned by a
        country, in the article's words (the one who holds it, unnamed)."""
        t = self.t
        owners = [c for c in t.children[noun] if t.dep[c] == "poss" and c < noun]
        if not owners or not t.text[noun].islower() or t.text[owners[0]] not in country_names():
            return None
        words = [t.text[i] for i in range(owners[0] + 1, noun)]
        if any(not (w in ("'s", "’s") or (w.isalpha() and w.islower())) for w in words):
            return None
        return " ".join(self.text[t.start[owners[0]] : t.end[noun]].split())

    def _state_body_name(self, noun: int) -> str | None:
        """The words of a state body's name ending at `noun` (see `_state_body`)."""
        t = self.t
        if not t.text[noun].islower() or t.lower[noun] not in STATE_BODY_NOUNS:
            return None
        owners = [c for c in t.children[noun] if t.dep[c] == "poss" and c < noun]
        if owners:
            first: int | None = owners[0] if t.text[owners[0]] in country_names() else None
        elif noun > 0 and t.head[noun - 1] == noun and is_demonym(t.text[noun - 1]):
            first = noun - 1  # "the French government said"
        else:
            first = nationality_of_state_body(t, noun)
        if first is None:
            return None
        return " ".join(self.text[t.start[first] : t.end[noun]].split())

    def _titled_in_sentence(self, source: int, sentence: int) -> str | None:
        """The one person a sentence after `source` names with the description's own
        word (at `source`) as title, or None."""
        t = self.t
        position = t.start[source]
        holders = {
            name
            for noun in {t.lower[source], t.lemma[source]}
            for at, name in self._role_holders.get(noun, ())
            if at > position and t.at(at) >= 0 and t.sent[t.at(at)] == sentence
        }
        if len(holders) != 1:
            return None
        (name,) = holders
        record = self._by_form.get(name)
        return record.name if record is not None else name

    def _nationality_marks_of(self, country: str) -> list[int]:
        t = self.t
        if self._nationality_marks is None:
            self._nationality_marks = {}
            for i in range(len(t)):
                if i > 0 and t.lower[i - 1] == "the" and t.dep[i] not in ("amod", "compound"):
                    continue  # "the Croatian said": the word standing for someone
                tied = demonym_country(t.text[i])
                if tied is None and (
                    (i + 1 < len(t) and t.lower[i + 1] in ("'s", "’s"))
                    or (i > 0 and t.lower[i - 1] == "of")
                ):
                    tied = country_names().get(t.text[i])
                if tied is not None:
                    self._nationality_marks.setdefault(tied, []).append(t.start[i])
        return self._nationality_marks.get(country, [])

    def _is_demonym_of_one(self, source: int) -> bool:
        """ "Verhaegen, the Dutchman who won in 2022, ... ‘…,’ the Dutchman said": a
        people's word for one person ("Dutchman", "Welshwoman"), which the recognizer
        may take for a body, stands for the person the article gave that word."""
        t = self.t
        return (
            t.pos[source] == "PROPN"
            and t.text[source][:1].isupper()
            # or one word the recognizer took for a person's name: "the Scot fumed" (no
            # name takes "the")
            and (
                t.lower[source].endswith(("man", "woman"))
                or t.ent[source] in (PERSON, NORP)
                # "the Dane said", which the recognizer may read as a body
                or demonym_country(t.text[source]) is not None
            )
            and {t.lower[c] for c in t.children[source] if t.dep[c] == "det"} == {"the"}
            and not any(t.dep[c] in ("compound", "appos") for c in t.children[source])
            # "the Earl said" after "The Earl of Wexcombe": a peer's bare title names
            # the peer (the actors hold it as an alias), not a people's word
            and t.text[source] not in PEERAGE_TITLES
        )

    def _age_of_description(self, source: int) -> str | None:
        """ "the 34-year-old said": the age (as the article writes it beside a name,
        "Tara Quinn, 34,") of someone referred back to by age alone."""
        t = self.t
        # read off the words, which the parser often hangs wrongly ("the 71-year-old
        # said" with "old" an adjective of "said"): the, N, -, year, -, old; a person's
        # noun may follow ("the 33-year-old defender said")
        if t.lemma[source] != "old" and source >= 1 and t.lemma[source - 1] == "old":
            if t.pos[source] != "NOUN" or t.lemma[source] in _BODY_WORDS:
                return None
            source -= 1
        if t.lemma[source] != "old" or source < 5:
            return None
        words = [t.lower[i] for i in range(source - 5, source)]
        if words[0] != "the" or not words[1].isdigit() or words[2:] != ["-", "year", "-"]:
            return None
        return words[1]

    def _office_as_name(self, source: int) -> str | None:
        """ "The Bishop of Selbury said": an office of a place, written as a title with no
        name beside it, names the one person who holds it ("Bishop of Selbury")."""
        t = self.t
        if not t.text[source][:1].isupper() or not any(
            t.lower[c] == "the" and t.dep[c] == "det" for c in t.children[source]
        ):
            return None
        if any(t.dep[c] in ("appos", "compound") for c in t.children[source]):
            return None
        of = next(
            (c for c in t.children[source] if c == source + 1 and t.lower[c] in ("of", "for")),
            None,
        )
        place = next((c for c in t.children[of] if t.dep[c] == "pobj"), None) if of else None
        if place is None or t.pos[place] != "PROPN":
            return None
        if any(t.dep[c] == "appos" and t.ent[c] == PERSON for c in t.children[place]):
            # "the Commissioner of the Metropolitan Police, Ann Lee, said": the holder is
            # named right after, hung by the parser on the body
            return None
        name = self.text[t.start[source] : t.end[place]]
        return name if office_named(name) else None

    def _described_as_a_person(self, source: int) -> bool:
        """A name (a proper noun) with a post or a person's noun in apposition to it
        ("Ines Cole, director of policy ...", "Tom Rae, a spokesman for ...")."""
        t = self.t
        return t.pos[source] == "PROPN" and any(
            t.dep[c] == "appos"
            and t.pos[c] == "NOUN"
            and (t.lower[c] in _PERSONAL_NOUNS or t.lemma[c] in _PERSONAL_NOUNS)
            for c in t.children[source]
        )

    def _dateline_place(self, index: int) -> bool:
        """Is the word a dateline's place: written in capitals, opening its paragraph,
        then a colon, a comma, a bracket or a dash ("KARACHI: ...", "LIMA (Reuters) -")?"""
        t = self.t
        entity = t.entity(index)
        if entity is None or entity.label not in (ORG, *_PLACE_LABELS) or not entity.text.isupper():
            return False
        paragraph = self.text.rfind("\n", 0, entity.start) + 1
        return not self.text[paragraph : entity.start].strip() and bool(
            _DATELINE_AFTER.match(self.text, entity.end)
        )

    def _apposed_to_whom_spoken_for(self, source: int) -> bool:
        """ "Allies of the Chancellor, Rachel Hume, said", parsed with the name in
        apposition to "Allies": one name after "of"/"for"/"to" and a title or a noun
        ("the Chancellor", "the premier") names that one, whom the friends or aides
        speak of, not many ("The lawyer for the defendant, Rupert Vale," may be either,
        and "The lawyers for Ann Pike, Vale and Rudd," are them)."""
        t = self.t
        words = {t.lemma[source], t.lower[source]}
        if t.tag[source] != "NNS" or not words & (
            KIN_NOUNS | REPRESENTATIVE_NOUNS | FAMILY_NOUNS | ASSOCIATE_NOUNS
        ):
            return False
        objects = [
            p
            for c in t.children[source]
            if t.dep[c] == "prep" and t.lower[c] in ("of", "for", "to")
            for p in t.children[c]
            if t.dep[p] == "pobj"
        ]
        if len(objects) != 1 or t.ent[objects[0]] == PERSON:
            return False
        apposed = [c for c in t.children[source] if t.dep[c] == "appos" and c > objects[0]]
        return (
            len(apposed) == 1
            and t.ent[apposed[0]] == PERSON
            and not any(t.dep[c] == "conj" for c in t.children[apposed[0]])
        )

    def _shared_given_name(self, word: str) -> bool:
        """Is `word` alone the given name of two or more people and nobody's surname?"""
        key = word.strip().casefold()
        if " " in key or key in self._surnames:
            return False
        return len(self._by_given.get(key, {})) >= 2

    def _listed_brief_end(self, source: int, preposition: int) -> int | None:
        """The last word before the speech verb when the words from the title's "for"
        to it are a brief listed with "and" and capitalized words only ("for Culture,
        Media and Sport Ann Lee said"), or None."""
        t = self.t
        verb = t.head[source]
        if verb > source:
            last = verb - 1
        else:
            # '"…," said Minister for Sport and Recreation Kwabena Asante.': the name
            # runs to the end of the capitalized words after "for"
            _, end = t.sentence_bounds(t.sent[source])
            end = min(end, preposition + _BRIEF_AND_NAME_TOKENS)
            last = preposition
            while last + 1 < end and (
                t.text[last + 1][:1].isupper() or t.lower[last + 1] in ("and", ",")
            ):
                last += 1
        while last > preposition and t.pos[last] == "PUNCT":
            last -= 1
        if last - preposition < 4:
            return None
        words = range(preposition + 1, last + 1)
        if not any(t.lower[i] == "and" for i in words) or not all(
            t.text[i][:1].isupper() or t.lower[i] in ("and", ",") for i in words
        ):
            return None
        return last

    def _in_clause_on(self, name: int, source: int) -> bool:
        """Is the name at `name` inside a relative or participle clause about the role
        noun at `source` ("The former soap star, who played landlady Bridie Kinsella,
        told ...": the part she played, not who she is)? Climbs a few heads."""
        t = self.t
        node = name
        for _ in range(_CLAUSE_CLIMB):
            head = t.head[node]
            if head == node:
                return False
            if head == source:
                return t.dep[node] in ("relcl", "acl")
            node = head
        return False

    def _of_another_party(self, source: int, name: int) -> bool:
        """ "A spokesman for the family of singer Marlon Vesey said", "A lawyer for the
        estate of Prince Obi said": the person is named after "of" on another noun of
        the role's phrase (the family, the estate, the parents), whom the role speaks
        for; the words are not that person's own."""
        t = self.t
        preposition = t.head[name]
        if t.dep[name] != "pobj" or t.lower[preposition] != "of" or t.ent[name] not in ("", PERSON):
            return False
        party = t.head[preposition]
        return source < party < name and party != source and t.pos[party] == "NOUN"

    def _spoken_for(self, source: int, name: int) -> bool:
        """ "The family of Darren Lowe said", "Lawyers for Paul Brant said": the person
        a relative or representative is "of" or "for" is who they speak of, not them."""
        t = self.t
        speaking_for = KIN_NOUNS | REPRESENTATIVE_NOUNS | FAMILY_NOUNS | ASSOCIATE_NOUNS
        if t.lemma[source] not in speaking_for and t.lower[source] not in speaking_for:
            return self._one_of_many_of(source, name)
        preposition = t.head[name]
        if (
            t.dep[name] == "pobj"
            and t.lower[preposition] in ("of", "for")
            and t.head[preposition] == source
        ):
            return True
        # "A lawyer for the developer Karl Brandt said" with the name parsed as a second
        # subject, "A source close to Prince Edmund said": back from the name over its
        # words and the noun it is given, to "of", "for" or "to" on the speaker's noun
        # (or on its "close"); past a comma only from many ("Aides to the premier, Dan
        # Kowalski, said"; "The lawyer for the defendant, Rupert Vale," may be either)
        many = t.tag[source] == "NNS"
        index = name
        while index - 1 > source and (
            t.pos[index - 1] in ("PROPN", "NOUN", "ADJ", "DET")
            or (many and t.text[index - 1] == ",")
        ):
            index -= 1
        preposition = index - 1
        if preposition <= source or t.lower[preposition] not in ("of", "for", "to"):
            return False
        holder = t.head[preposition]
        return holder == source or (t.lower[holder] == "close" and t.head[holder] == source)

    def _one_of_many_of(self, source: int, name: int) -> bool:
        """ "A pal of telly chef Darren Hulme told us", "One teammate of Ruth Obi said",
        "Critics of the striker Tom Reyes said": an unnamed one (or several) of those
        who stand in some relation to a named person, with that person after "of" (a
        word of kind in lower case between): whoever speaks is not the person named. A
        post renames its holder ("Director of rugby Fiona Harkness said" has no "a";
        "a Secretary of State Ann Lee" reaches a capitalized word before the name)."""
        t = self.t
        noun = source
        if noun > 1 and t.text[noun - 1] == "-" and t.start[noun] == t.end[noun - 1]:
            noun -= 2  # "A co-star of ...": the parser may hang "A" on "co"
        unnamed = t.tag[source] == "NNS" or any(
            (t.dep[c] == "det" and t.lower[c] in UNNAMED_ONE_DETERMINERS)
            or (t.dep[c] == "nummod" and t.lower[c] == "one")
            for c in (*t.children[source], *t.children[noun])
        )
        if not unnamed or t.ent[name] != PERSON:
            return False
        entity = t.entity(name)
        index = entity.first_token if entity is not None else name
        # back over the person's title and kind in lower case ("telly chef", "the
        # striker", "fly-half", "Senator")
        for _ in range(_KIND_BEFORE_NAME):
            before = index - 1
            if before <= source:
                break
            word = t.text[before]
            glued = word in ("-", "‑") and t.start[index] == t.end[before]
            if not (
                glued
                or word.casefold().rstrip(".") in _TITLE_WORDS
                or (word[:1].islower() and t.pos[before] in ("NOUN", "ADJ", "DET"))
            ):
                break
            index = before
        preposition = index - 1
        return (
            preposition > source
            and t.lower[preposition] == "of"
            and t.dep[preposition] == "prep"
            and t.head[preposition] == source
        )

    def _country_or_group(self, name: str) -> str | None:
        record = self._by_form.get(name)
        return record.name if record is not None else None

    def _known_name(self, mention: _Named) -> str:
        """The actor's name for a mention, looked up, never added."""
        return (self._by_form.get(mention.name) or mention).name

    def _earlier(self, position: int) -> Iterable[_Named]:
        floor = max(0, position - _LOOKBACK_CHARS)
        index = bisect_left(self._named_starts, position) - 1
        seen = 0
        while index >= 0 and self.named[index].start >= floor and seen < _LOOKBACK_MENTIONS:
            yield self.named[index]
            index -= 1
            seen += 1

    def _watched_by_another(self, first: _Named, fitting: list[_Named]) -> bool:
        """ "Dan Moore was led away as his brother, Tom Moore, watched. ‘…,’ he said":
        the one who watched, named after the subject in an "as"/"while" clause of its
        sentence, may be the one meant as well, so nobody is (round 27). A few tokens
        read: the mark between the two names, the watching verb just after the second."""
        t = self.t
        here = t.at(first.start)
        if here < 0:
            return False
        for other in fitting:
            there = t.at(other.start)
            if (
                other.name == first.name
                or there <= here
                or there - here > _WATCH_REACH
                or t.sent[there] != t.sent[here]
            ):
                continue
            if not any(t.lower[i] in WATCHED_CLAUSE_MARKS for i in range(here + 1, there)):
                continue
            end = min(len(t), there + _WATCH_REACH)
            if any(
                t.lemma[i] in WATCH_LEMMAS and t.pos[i] == "VERB" and t.sent[i] == t.sent[here]
                for i in range(there + 1, end)
            ):
                return True
        return False

    def _one_word_after_the(self, mention: _Named) -> bool:
        """Is the "person" named here one capitalized word after "the" ("The Sharks",
        "the Brumbies"): a side or a band the recognizer took for a person; or a
        newspaper ("The Herald caught up with his agent"; round 29), which no "he" or
        "she" stands for."""
        t = self.t
        token = t.at(mention.start)
        return (
            " " not in mention.name
            and token >= 1
            and t.lower[token - 1] == "the"
            and t.pos[token] == "PROPN"
            and (t.text[token].endswith("s") or t.text[token] in OUTLET_NAME_HEADS)
        )

    def _own_past_words(self, position: int, gender: str) -> bool:
        """Does the sentence of the "he"/"she" at `position` bring in, before it, where
        the words were kept: the pronoun's own memoir, diary or interview ("In his 2009
        memoir, Road Dust, he wrote", "In her diary she wrote") or one of a past year
        ("Asked in a 1998 interview ..., she said")? Then who has died since may be who
        is quoted."""
        t = self.t
        index = t.at(position)
        if index < 0:
            return False
        first, _ = t.sentence_bounds(t.sent[index])
        for noun in range(first, index):
            if t.lemma[noun] not in OWN_PAST_WORDS_NOUNS or t.pos[noun] != "NOUN":
                continue
            for child in t.children[noun]:
                if _POSSESSIVE_GENDER.get(t.lower[child]) == gender and t.dep[child] == "poss":
                    return True
                if t.text[child].isdigit() and len(t.text[child]) == 4:
                    return True  # "a 1998 interview"
        return False

    def _answers(self, position: int) -> bool:
        """Is the "he"/"she" at `position` the subject of a verb of answering ("he
        replied", "she answered")?"""
        t = self.t
        index = t.at(position)
        return index >= 0 and t.lemma[t.head[index]] in ANSWERING_LEMMAS

    def _acted_on_or_pleading(self, token: int) -> bool:
        """Is the name at `token` (up its own words) the subject of a passive ("was
        arrested") or of a plea ("Priya Malik, 41, denies arson"): someone the story
        is about at that point, not someone speaking?"""
        t = self.t
        node = token
        for _ in range(4):
            if node < 0 or t.dep[node] not in ("compound", "flat") or t.head[node] == node:
                break
            node = t.head[node]
        if node >= 0 and t.dep[node] == "appos":  # "the victim, Susan Pike, was left"
            node = t.head[node]
        if node < 0:
            return False
        return t.dep[node] == "nsubjpass" or (
            t.dep[node] == "nsubj" and t.lemma[t.head[node]] in PLEA_LEMMAS
        )

    @staticmethod
    def _asked_nearest(nearest: list[_Named]) -> Iterable[_Named]:
        """The one asked among the nearest fitting names, unless a nearer one is a
        subject since ("asked Lee: ‘…?’ Jailing him, Judge Reed said: ... She added":
        the judge has the turn, not the one asked before)."""
        for mention in nearest:
            if mention.question == "asked":
                yield mention
                return
            if mention.subject and not mention.reported:
                return

    def _person_shaped_body(self, mention: _Named) -> bool:
        """A subject the recognizer called an organization that the actors do not hold
        as one and that is written like a person's name (two or three capitalized
        words, no word of a body's name, no acronym)."""
        if mention.kind != "organization" or mention.label != ORG or not mention.subject:
            return False
        record = self._by_form.get(mention.name)
        if record is not None and record.kind != "person":
            return False
        words = mention.name.split()
        return 2 <= len(words) <= 3 and all(
            w.isalpha() and w[:1].isupper() and w[1:].islower() and w not in ORG_HEADS
            for w in words
        )

    def _name_heads(self, token: int) -> list[int]:
        """The head word of the name starting at `token` (up its compounds), and the
        nouns it stands in apposition or compound to ("his assistant Tony Rudd")."""
        t = self.t
        heads = [token]
        for _ in range(5):
            if t.dep[token] not in ("compound", "appos") or t.head[token] == token:
                break
            token = t.head[token]
            heads.append(token)
        return heads

    def _says(self, mention: _Named) -> bool:
        """Is the name here the subject of a speech verb ("Ivor Penrose told the court
        he had acted in self-defence")?"""
        t = self.t
        node = t.at(mention.start)
        for _ in range(4):  # up the name's own words
            if node < 0 or t.dep[node] not in ("compound", "flat") or t.head[node] == node:
                break
            node = t.head[node]
        return node >= 0 and t.dep[node] in _SUBJECTS and t.lemma[t.head[node]] in _CUE_LEMMAS

    def _has_spoken(self, mention: _Named) -> bool:
        """Was the person named here credited with a quote after this mention?"""
        record = self._by_form.get(mention.name)
        spoke = self._spoke.get(record.name if record is not None else mention.name)
        return spoke is not None and spoke > mention.start

    def _called_business_before(self, mention: _Named, position: int) -> bool:
        at, words = self._called_body.get(mention.name, (position, frozenset()))
        return at < position and bool(words & COMPANY_NOUNS)

    def _called_noun_before(self, mention: _Named, position: int, head: str) -> bool:
        at, words = self._called_body.get(mention.name, (position, frozenset()))
        return at < position and head in words

    def _called_body_before(self, mention: _Named, position: int) -> bool:
        return self._called_body.get(mention.name, (position, frozenset()))[0] < position
