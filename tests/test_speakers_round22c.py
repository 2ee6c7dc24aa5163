# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Speakers found wrong in the round-22 probe (a regression sweep of issue 21's classes 3
and 4), on synthetic passages written for these tests (invented people, firms, unions and
places of no consequence; no article from any eval split):

- a scare quote inside a fronted adverbial clause with its own subject ("As the airline
  defended its ‘strong safety record’, X said ...") is that subject's or the writer's
  words, never the speaker of the main clause (the issue's "As Mr Cameron condemned the
  ‘…’, Foreign Secretary Philip Hammond said");
- "X, of the Y Association, said:" credits X (also when the recognizer reads X as a body),
  not the body X is of;
- "Canadian Union of Postal Workers president Jan Kowal said", parsed with the union as the
  subject and the person inside its "of" phrase: the person speaks;
- "‘…,’ added the minister." (a post the parser makes the inverted cue's object) and a
  split quote carried on past "added the ATSB chief commissioner" (the body names whose
  post it is, no other speaker);
- "According to fire chief Dermot Kiely, the blaze was ‘deliberately set’": a short
  fragment framed by "according to" a name is listed with its speaker (not "according to
  Garda sources");
- "X attacked the budget as ‘…’, while Y insisted ...": the cue after the quote is a
  subordinate clause of the one the quote hangs in, so not Y's words;
- "the TSB" is the "Transportation Safety Board of Canada" (an acronym without the
  country the body is of).
Outlets and varieties: Australian, Canadian, Irish, Nigerian and Indian wire copy, UK
politics, local news."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _speakers_of(text: str, part: str) -> list[str]:
    """Who each listed quote holding `part` is credited to."""
    return [q.speaker for q in build_brief(text).quotes if part in q.text]


@pytest.mark.parametrize(
    ("article", "part", "wrong"),
    [
        (
            'Aviation\n\nAs the airline defended its "strong safety record", union official Gavin Petrakis said engineers were overworked.',
            "strong safety record",
            "Gavin Petrakis",
        ),
        (
            'Local\n\nWhile the council hailed its "world-class recycling scheme", resident Joe Parr said the bins were never emptied.',
            "world-class recycling",
            "Joe Parr",
        ),
        (
            'Business\n\nEven as the firm touted its "record-breaking quarter", chief financial officer Dev Rao warned of job cuts.',
            "record-breaking quarter",
            "Dev Rao",
        ),
        (
            'Politics\n\nAs Mr Cameron condemned the "barbaric murder", Foreign Secretary Philip Hammond said the hostage had been killed.',
            "barbaric murder",
            "Philip Hammond",
        ),
    ],
)
def test_a_quote_in_a_fronted_clause_of_another_subject_is_not_the_speakers(article, part, wrong):
    assert wrong not in _speakers_of(article, part)


def test_the_speakers_own_words_after_a_fronted_clause_stay_theirs():
    article = 'Aviation\n\nAs the airline defended its "strong safety record", union official Gavin Petrakis said: "Engineers have been warning for two years."'
    assert _speakers_of(article, "warning for two years") == ["Gavin Petrakis"]
    assert "Gavin Petrakis" not in _speakers_of(article, "strong safety record")
    both = 'Politics\n\nAfter the minister called the plan "a blueprint for growth", opposition MP Ravi Shah said it was "a blueprint for cuts".'
    assert _speakers_of(both, "blueprint for cuts") == ["Ravi Shah"]
    assert "Ravi Shah" not in _speakers_of(both, "blueprint for growth")
    told = 'Courts\n\nAs she left court, Jane Marlow said: "Justice has finally been done."'
    assert _speakers_of(told, "Justice has finally") == ["Jane Marlow"]


@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        (
            'Aviation\n\nAs the airline defended its "strong safety record", Gavin Petrakis, of the Australian Licensed Aircraft Engineers Association, said: "Engineers have been warning for two years."',
            "warning for two years",
            "Gavin Petrakis",
        ),
        (
            'Business\n\nAs the bank defended its lending, Tom Baird, of the Canadian Federation of Independent Business, said: "Small firms are being squeezed."',
            "being squeezed",
            "Tom Baird",
        ),
    ],
)
def test_a_person_of_a_body_speaks_not_the_body(article, part, speaker):
    assert _speakers_of(article, part) == [speaker]
    assert speaker in [a.name for a in build_brief(article).actors]


@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        (
            'Canada\n\n"This is a dark day," Canadian Union of Postal Workers president Jan Kowal said.',
            "dark day",
            "Jan Kowal",
        ),
        (
            'Nigeria\n\n"We will sue," National Association of Nigerian Students president Musa Bello said.',
            "We will sue",
            "Musa Bello",
        ),
    ],
)
def test_the_post_holder_named_after_a_body_of_speaks(article, part, speaker):
    assert _speakers_of(article, part) == [speaker]


def test_added_the_post_credits_its_holder_and_carries_a_split_quote():
    minister = 'Ireland\n\nTransport Minister Kate Doherty visited the site.\n\n"Nobody should die on a level crossing," added the minister. "We will close the worst of them."'
    assert _speakers_of(minister, "close the worst") == ["Kate Doherty"]
    bureau = 'Aviation\n\nThe Australian Transport Safety Bureau said in an interim report that the plane ran off the runway.\n\n"The brakes were worn," ATSB chief commissioner Rohan Melville told reporters.\n\n"We are not here to apportion blame," added the ATSB chief commissioner. "We are here to make sure this does not happen again."'
    assert _speakers_of(bureau, "does not happen again") == ["Rohan Melville"]
    unnamed = 'Courts\n\n"We have no comment," added the lawyer for the family.'
    assert _speakers_of(unnamed, "no comment") in ([], ["unattributed"])


def test_according_to_a_name_frames_a_short_fragment():
    article = 'Ireland\n\nAccording to fire chief Dermot Kiely, the blaze was "deliberately set".'
    assert _speakers_of(article, "deliberately set") == ["Dermot Kiely"]
    body = 'Kenya\n\nAccording to the Kenya Ports Authority, the berth will be "fully operational" by June.'
    assert _speakers_of(body, "fully operational") == ["Kenya Ports Authority"]
    sources = 'Ireland\n\nAccording to Garda sources, the gang was "well organised".'
    assert _speakers_of(sources, "well organised") in ([], ["unattributed"])


def test_an_acronym_without_the_country_a_body_is_of():
    article = 'Canada\n\nThe Transportation Safety Board of Canada deployed investigators to the crossing.\n\n"The train was travelling at about 70 km/h," the TSB said.'
    assert _speakers_of(article, "travelling at about") == ["Transportation Safety Board of Canada"]


def test_a_subordinate_speaker_after_a_quote_of_another_clause_is_not_credited():
    article = 'Ghana\n\nOpposition leader Ama Owusu attacked the budget as "a betrayal of young people", while Finance Minister Kofi Adu insisted it was "fair".'
    assert "Kofi Adu" not in _speakers_of(article, "betrayal of young people")
    own = 'Politics\n\n"The plan is dead and buried," Ann Lee said, while Tom Reed insisted it was fair.'
    assert _speakers_of(own, "dead and buried") == ["Ann Lee"]
