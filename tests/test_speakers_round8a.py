# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Speakers, round 8a, on synthetic articles written for these tests (invented people,
bodies and places). An unnamed spokesperson the article gives to a body with "its"
("Halvard Bank said ... Its spokesman said") speaks for that body, as "it said" would.
A name followed by an age ("the captain, Leah Oduya, 29, said:") speaks even when a
fronted phrase ("After the final whistle,") makes the parser hang the name off the
phrase instead of the verb. A country that ends a longer body's name ("The charity
Diabetes Action UK") is not the body a later "spokeswoman for the charity" speaks for.
Beats: business, trade, sport, local politics, courts, health."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief

ITS_SPOKESPERSON = [
    # Business: a bank.
    (
        """Bank on rates

Mortgage rates rose again.

Halvard Bank said it would raise its fixed rates. Its spokesman said: "We are passing on higher funding costs."
""",
        "Halvard Bank",
    ),
    # Trade: an exporters' body, partial quote.
    (
        """Trade body on exports

Exports of cheese fell last year.

The trade body Dairy Exporters Canada said the figures were disappointing. Its spokeswoman said the tariffs had "made our products too expensive in key markets".
""",
        "Dairy Exporters Canada",
    ),
    # Sport: a club.
    (
        """Club parts with coach

The coach has left after three seasons.

Kelby Rovers confirmed the departure on Monday. Its spokesperson said: "We thank him for everything he gave this club."
""",
        "Kelby Rovers",
    ),
    # Local politics: a council.
    (
        """Bins row

Collections have been missed for a third week.

Marston Vale Council said crews were short-staffed. Its spokeswoman said: "We are sorry and we are hiring more drivers."
""",
        "Marston Vale Council",
    ),
]


@pytest.mark.parametrize(("text", "body"), ITS_SPOKESPERSON)
def test_its_spokesperson_speaks_for_the_body(text: str, body: str) -> None:
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker == body


def test_its_spokesperson_with_no_body_before_is_no_one() -> None:
    text = """Rain delays harvest

Farmers in the valley have lost weeks of work to the rain.

Grower Tom Ashby said the crop was rotting. Its spokesman said: "We have never seen a summer like it."
"""
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker != "Tom Ashby"


NAME_AGE_AFTER_FRONTED_PHRASE = [
    # Sport.
    (
        """Captain proud of side

The home side won the cup final on penalties.

After the final whistle, the captain, Leah Oduya, 29, said: "This group never gives up on each other."
""",
        "Leah Oduya",
    ),
    # Courts: a victim statement.
    (
        """Victim speaks out

A man has been jailed for attacking a pensioner in her home.

In a statement read to the court, the victim, Ada Pelham, 84, said: "I no longer feel safe in the house I have lived in for 50 years."
""",
        "Ada Pelham",
    ),
    # Business.
    (
        """Bakery founder retires

The bakery chain has a new owner.

At a meeting with staff on Friday, the founder, Marguerite Lasalle, 71, said: "It is time for a new generation to run the business."
""",
        "Marguerite Lasalle",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), NAME_AGE_AFTER_FRONTED_PHRASE)
def test_a_name_with_its_age_before_the_cue_speaks(text: str, speaker: str) -> None:
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker


COUNTRY_ENDING_A_BODY = [
    (
        """Charity calls for checks

Researchers found a link between night work and diabetes.

The charity Diabetes Action UK said the results were a reminder to employers. A spokeswoman for the charity said: "Simple checks can pick this up early."
""",
        "UK",
        "Diabetes Action UK",
    ),
    (
        """Group on river pollution

Sewage spills rose for a third year.

The campaign group Salmon Watch Ireland said the figures were shameful. A spokesman for the group said: "Our rivers are being used as drains."
""",
        "Ireland",
        "Salmon Watch Ireland",
    ),
]


@pytest.mark.parametrize(("text", "country", "body"), COUNTRY_ENDING_A_BODY)
def test_a_country_ending_a_body_name_is_not_its_spokesperson_s_body(
    text: str, country: str, body: str
) -> None:
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker != country
    assert quotes[0].speaker in (body, "unattributed")


FRONTED_PARTICIPLE = [
    # Sport.
    (
        """Striker signs

The club has signed a new striker.

Writing on Instagram, the striker, Joao Matos, said: "Proud to join this great club."
""",
        "Joao Matos",
    ),
    # Sport, another outlet's wording.
    (
        """Defender apologises

The defender was sent off on Saturday.

Writing on Twitter, the defender, Kofi Mensah, said: "I let the lads down and I am sorry."
""",
        "Kofi Mensah",
    ),
    # Business.
    (
        """Boss on job cuts

The bank will close 40 branches.

Posting on LinkedIn, the chief executive, Ruth Calder, said: "These decisions are never easy."
""",
        "Ruth Calder",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), FRONTED_PARTICIPLE)
def test_a_fronted_participle_parsed_as_subject_leaves_the_name_speaking(
    text: str, speaker: str
) -> None:
    # "Writing on Instagram, the striker, Joao Matos, said:" parsed with "Writing" as
    # the verb's subject and the name hung off "Instagram".
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker
