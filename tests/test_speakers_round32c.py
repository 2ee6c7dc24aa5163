# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Round 32c speakers, from classes both outside writers' probes share:

- an unnamed one (or several) of those related to a named person, with the person after
  "of" ("A pal of telly chef X told us", "one teammate of X said", "Critics of the
  striker X said") is not that person: a wrong speaker before, now the described
  speaker (or nobody). A post still renames its holder ("Director of rugby X said",
  "a Secretary of State X"), and a body's spokesperson still speaks for it;
- a name the clause before a colon gives that is not yet an actor ("Lagat herself was
  more guarded: ‘…’") is never passed over for the speaker of the sentence before;
- a short quote that is a whole sentence of its own ("Doss was blunter: ‘It's
  embarrassing.’", "‘It's footy,’ he said") is listed when its speaker is named; a
  short phrase inside a sentence ("was ‘deeply hurt’" with no speaker, "chanted ‘Out!’")
  is not.

Every passage here is synthetic, written for these tests (invented people, clubs, firms
and places), across British, Irish, Australian, Indian, Nigerian, Kenyan, South African,
Canadian, Singaporean and US copy, in sport, showbiz, courts, politics, business, health
and local news.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _speaker_of(text: str, part: str) -> str:
    speakers = [q.speaker for q in build_brief("Headline\n\n" + text).quotes if part in q.text]
    assert len(speakers) <= 1
    return speakers[0] if speakers else "(no quote)"


# --- an unnamed one of many before "of" and a named person ---------------------------


@pytest.mark.parametrize(
    ("text", "part", "wrong"),
    [
        (
            "A pal of telly chef Rory Blennerhassett told us: 'Rory is in bits. He knows he let everyone down.'",
            "in bits",
            "Rory Blennerhassett",
        ),
        (
            'A teammate of Tendai Moyo said: "He trains harder than anyone at this club, every single day."',
            "trains harder",
            "Tendai Moyo",
        ),
        (
            '"She was furious when the team sheet went up on Friday," one team-mate of striker Aoife Brennan said.',
            "furious when",
            "Aoife Brennan",
        ),
        (
            'A co-star of Priyanka Venkataraman said: "The set was a happy place until the final week of shooting."',
            "happy place",
            "Priyanka Venkataraman",
        ),
        (
            'A long-time critic of Senator Obinna Eze said: "He has never once answered a straight question in the chamber."',
            "straight question",
            "Obinna Eze",
        ),
        (
            'A former classmate of Jasmine Tan Wei Ling told the court: "She was quiet and kept to herself in school."',
            "quiet and kept",
            "Jasmine Tan Wei Ling",
        ),
        (
            'Teammates of fly-half Connor McAllister said: "He has carried this squad all season long."',
            "carried this squad",
            "Connor McAllister",
        ),
    ],
)
def test_one_of_many_before_of_is_not_the_person_named(text, part, wrong):
    speaker = _speaker_of(text, part)
    assert speaker != "(no quote)"
    assert speaker != wrong


@pytest.mark.parametrize(
    ("text", "part", "speaker"),
    [
        # a post before its holder, with a field in lower case: the holder speaks
        (
            'Director of rugby Siobhan Farrelly said: "We were second best at the breakdown all afternoon."',
            "second best",
            "Siobhan Farrelly",
        ),
        (
            'Professor of medicine Adaeze Okonkwo said: "The early results are genuinely encouraging for patients."',
            "genuinely encouraging",
            "Adaeze Okonkwo",
        ),
        # a body's spokesperson speaks for it
        (
            'A spokeswoman for Harbourview Hospital said: "All patients have been moved to safety tonight."',
            "moved to safety",
            "Harbourview Hospital",
        ),
        # a named speaker after "of" in a body's name is untouched
        (
            'Canadian Union of Postal Workers president Jan Kowalczyk said: "We will strike on Monday if we must."',
            "strike on Monday",
            "Jan Kowalczyk",
        ),
    ],
)
def test_posts_relatives_and_bodies_keep_their_speaker(text, part, speaker):
    assert _speaker_of(text, part) == speaker


# --- a name before a colon is never passed over for the last speaker ----------------


@pytest.mark.parametrize(
    ("text", "part", "wrong"),
    [
        (
            'Her coach Jonah Ruto said the hamstring strain was minor. Chebet herself was more guarded: "We will see how it feels on Friday."',
            "how it feels",
            "Jonah Ruto",
        ),
        (
            'Selector Anil Deshmukh said the squad was settled. Raghuvanshi was less certain: "Nobody has told me anything yet."',
            "Nobody has told",
            "Anil Deshmukh",
        ),
        (
            'Council leader Bronwyn Atkins said the budget was balanced. Tregenza was scathing: "These figures would not survive an audit."',
            "survive an audit",
            "Bronwyn Atkins",
        ),
    ],
)
def test_unknown_name_before_colon_is_not_the_last_speaker(text, part, wrong):
    speaker = _speaker_of(text, part)
    assert speaker != "(no quote)"
    assert speaker != wrong


@pytest.mark.parametrize(
    ("text", "part", "speaker"),
    [
        # the same shapes with a name the article already gave: still credited
        (
            'Coach Jonah Ruto said the strain was minor. Faith Chebet was more guarded: "We will see how it feels on Friday."',
            "how it feels",
            "Faith Chebet",
        ),
        (
            'Council leader Bronwyn Atkins said the budget was balanced. She was blunt: "These figures are honest and they add up."',
            "figures are honest",
            "Bronwyn Atkins",
        ),
    ],
)
def test_known_name_or_pronoun_before_colon_still_speaks(text, part, speaker):
    assert _speaker_of(text, part) == speaker


# --- a short quote that is a whole sentence ------------------------------------------


@pytest.mark.parametrize(
    ("text", "part", "speaker"),
    [
        (
            'Comets coach Terrell Vaughn praised the effort. Forward Marcus Oyelowo was blunter: "It\'s embarrassing."',
            "embarrassing",
            "Marcus Oyelowo",
        ),
        (
            'Opposition MP Grainne Costigan scoffed: "He\'s dreaming."',
            "dreaming",
            "Grainne Costigan",
        ),
        (
            'Declan Furlong has played through pain all season. "It\'s hurling," Furlong said.',
            "hurling",
            "Declan Furlong",
        ),
        (
            'Asked how many homes had been finished, Housing Minister Thabo Nkosi paused. "Not one," he admitted.',
            "Not one",
            "Thabo Nkosi",
        ),
    ],
)
def test_short_whole_sentence_with_named_speaker_is_listed(text, part, speaker):
    assert _speaker_of(text, part) == speaker


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a short phrase inside a sentence, nobody named as saying it
        ('The club said the players were "deeply hurt" by the abuse online.', "deeply hurt"),
        # a chant inside its sentence, nobody's named speech
        (
            'Fans chanted "Sack Hargreaves!" outside the ground on Saturday night.',
            "Sack Hargreaves",
        ),
        # a whole short sentence nobody is named as saying
        ('"Never again." The words were painted on the wall of the burnt-out shop.', "Never again"),
    ],
)
def test_short_quote_without_a_named_speaker_is_not_listed(text, part):
    assert _speaker_of(text, part) == "(no quote)"


# --- an inverted cue between a split quote's parts -----------------------------------


@pytest.mark.parametrize(
    ("text", "part", "speaker"),
    [
        (
            '"The pavilion," said the club chairman, Eamon Kinsella, "will be the heart of the village again."',
            "heart of the village",
            "Eamon Kinsella",
        ),
        (
            '"The players," said coach Ngozi Adebayo-Ellis, "deserve every bit of credit for this."',
            "every bit of credit",
            "Ngozi Adebayo-Ellis",
        ),
        (
            '"Our paramedics," said the union\'s regional secretary, Callum Rennie, "are at breaking point this winter."',
            "breaking point",
            "Callum Rennie",
        ),
        (
            '"The garden," said his granddaughter, Thandiwe Mokoena, "was the last thing he let go of."',
            "last thing he let go",
            "Thandiwe Mokoena",
        ),
        # the parser's own subject, already read: unchanged
        (
            '"The budget," said Finance Minister Harpreet Sandhu, "is fair to every household in the province."',
            "fair to every household",
            "Harpreet Sandhu",
        ),
        (
            '"This court," said the judge, Mrs Justice Folake Adeyemi, "will not tolerate any further delay."',
            "further delay",
            "Folake Adeyemi",
        ),
    ],
)
def test_inverted_cue_between_split_parts_names_the_speaker(text, part, speaker):
    assert _speaker_of(text, part) == speaker


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the words after the cue are whom it was said to, not who said it
        (
            '"The ferry," Captain Lim Boon Keng told the inquiry, "was never fit to sail that night."',
            "never fit to sail",
        ),
    ],
)
def test_split_quote_with_its_own_subject_is_untouched(text, part):
    assert _speaker_of(text, part) == "Lim Boon Keng"


# --- a named author's writing, shown or read out before a colon -----------------------


@pytest.mark.parametrize(
    ("text", "part", "speaker"),
    [
        (
            'Daniel Okafor, 34, denies murder. The jury was shown a text Okafor sent that night: "Done. Say nothing to anyone." Prosecutor Bridget Lamont said the message was chilling.',
            "Say nothing",
            "Daniel Okafor",
        ),
        (
            'Magistrate Deepa Raman read aloud a message Craig Fenwick had sent the victim: "Nobody will ever believe a word you say." Fenwick was jailed.',
            "ever believe",
            "Craig Fenwick",
        ),
        (
            'At the funeral, his daughter read from Manuel Ferreira\'s last letter: "Never waste a day being bitter." The mayor, Lindiwe Dube, also spoke.',
            "waste a day",
            "Manuel Ferreira",
        ),
        (
            'The prosecutor read a statement from the victim\'s brother, Kwame Mensah-Bonsu: "Our family will never be whole again."',
            "never be whole",
            "Kwame Mensah-Bonsu",
        ),
    ],
)
def test_named_authors_writing_before_colon_is_theirs(text, part, speaker):
    assert _speaker_of(text, part) == speaker


@pytest.mark.parametrize(
    ("text", "part", "wrong"),
    [
        # a described author is no name: not the reader's either
        (
            'In the Dáil, TD Siobhán Creagh read from a constituent\'s letter: "I have waited four years for a wheelchair that fits." Creagh then asked the minister to act.',
            "wheelchair that fits",
            "Siobhán Creagh",
        ),
    ],
)
def test_described_authors_writing_is_not_the_readers(text, part, wrong):
    assert _speaker_of(text, part) != wrong


# --- an inverted cue the parser gave no subject --------------------------------------


@pytest.mark.parametrize(
    ("text", "part", "speaker"),
    [
        (
            '"The order book is full until 2028," added managing director Saoirse Kavanagh.',
            "order book is full",
            "Saoirse Kavanagh",
        ),
        (
            '"Exports to Tanzania are up 30 per cent," added chief executive Wanjiku Njoroge.',
            "Exports to Tanzania",
            "Wanjiku Njoroge",
        ),
        (
            '"The order book is full until 2029," added finance director Tomasz Nowak.',
            "order book is full",
            "Tomasz Nowak",
        ),
        (
            '"We will be back stronger next season," added club captain Liam Fennelly.',
            "back stronger",
            "Liam Fennelly",
        ),
        (
            '"Is this really the best the council can do?" asked local councillor Niamh Doherty.',
            "best the council",
            "Niamh Doherty",
        ),
    ],
)
def test_inverted_cue_takes_the_name_after_it(text, part, speaker):
    assert _speaker_of(text, part) == speaker


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a name the recognizer cut short inside a body's name: nobody by guess
        (
            '"Who exactly is this levy for?" asked NDP MPP Harjit Grewal during question period.',
            "levy for",
        ),
    ],
)
def test_inverted_cue_with_a_cut_name_credits_nobody(text, part):
    speaker = _speaker_of(text, part)
    assert speaker in ("unattributed", "Harjit Grewal")


# --- a body's one capitalized word after "the" that the recognizer leaves unread ----


@pytest.mark.parametrize(
    ("text", "part", "speaker"),
    [
        (
            'Opposition leaders staged a walkout in Abuja. The Presidency said the protest was "sponsored and unpatriotic".',
            "sponsored and unpatriotic",
            "Presidency",
        ),
        (
            'Lawyers marched on Parliament in Nairobi. The Judiciary said the new rules were "an attack on the independence of the courts".',
            "independence of the courts",
            "Judiciary",
        ),
    ],
)
def test_body_word_after_the_speaks(text, part, speaker):
    assert _speaker_of(text, part) == speaker
