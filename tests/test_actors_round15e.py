# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Actors, round 15 (helper e), on synthetic passages written for these tests (invented
people, auction houses, museums, foundations and footballers; real public bodies appear
only as the kind of name they are): a headline's participle or adjective glued to a
surname ("Rediscovered Carrow painting sells", "Jailed Smith loses appeal", "Tearful
Okafor retires") is no given name when the article names the person in full with another
one. Beats and outlets: arts (broadsheet), courts (tabloid), sport (wire); UK English."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief


def actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(text).actors}


# A headline's participle or adjective glued to a surname.

PAINTING = """Rediscovered Carrow painting sells for £4.2m as museum is outbid

A painting by the Newlyn artist Edith Carrow that spent more than six decades in a farmhouse kitchen has sold at auction for £4.2m, beating a museum in her home county that had hoped to buy it.

Carrow, who died in 1932 aged 61, was one of the few women to sell regularly to the Newlyn dealers, but much of her work was dispersed after her death. Fewer than 30 of her oils are known to survive.

“Grandad paid forty pounds for it and never once asked what it was worth,” she said. “We would have loved it to go to Polgarrow, but that was never in our hands.”"""

APPEAL = """Jailed Smith loses appeal

A man jailed for fraud, Darren Smith, has lost his appeal against a six-year sentence."""

RETIRES = """Tearful Okafor retires

The striker Emeka Okafor announced his retirement on Monday after 14 seasons."""

ALFRED = """Alfred Carrow said the painting had hung in his kitchen for 40 years."""


def test_a_headline_word_glued_to_a_surname_is_no_given_name() -> None:
    found = actors(PAINTING)
    assert "Rediscovered Carrow" not in found
    assert found.get("Edith Carrow") == "person"
    assert "Jailed Smith" not in actors(APPEAL)
    assert actors(APPEAL).get("Darren Smith") == "person"
    assert "Tearful Okafor" not in actors(RETIRES)
    assert actors(RETIRES).get("Emeka Okafor") == "person"
    # (a given name shaped like a participle, with no other full name, stands)
    assert actors(ALFRED).get("Alfred Carrow") == "person"


# A body's name joined by "and" is one name, whichever side the rules or the recognizer
# cut off.

HSE = """The firm was fined £200,000 after a worker fell from a roof, the Health and Safety Executive said."""

MUSEUM = """The Polgarrow Museum and Art Gallery, which holds the largest collection of her work, had raised £2.8m in a public appeal.

Its bid stopped at £3.5m, and the painting went to a telephone bidder.

“We gave it everything we had,” said Dr Helen Treloar, the museum’s director."""

COUPLE = """Ann and Tom Lee said they were delighted with the verdict."""


def test_a_body_named_after_and_is_the_whole_body() -> None:
    found = actors(HSE)
    assert "Safety Executive" not in found
    assert found.get("Health and Safety Executive") == "organization"
    # (a couple joined by "and" stays people)
    assert actors(COUPLE).get("Tom Lee") == "person"


def test_the_end_of_a_museum_s_name_is_no_person() -> None:
    found = actors(MUSEUM)
    assert "Art Gallery" not in found
    assert found.get("Polgarrow Museum and Art Gallery") == "organization"
    assert found.get("Helen Treloar") == "person"


# A person's full name owning a body's name describes the body.

NEWS_CORP = """Rupert Murdoch's News Corp reported a rise in quarterly profits on Thursday, helped by its book publishing arm."""


def test_a_person_owning_a_body_s_name_is_no_part_of_it() -> None:
    found = actors(NEWS_CORP)
    assert "Rupert Murdoch's News Corp" not in found
    assert found.get("News Corp") == "organization"


# What the name is described as in apposition: an animal by its breed, a body by a
# trade's "house".

DOG = """Bruno, a 12-year-old Labrador, was rescued from a cliff ledge near Polperro by coastguards on Sunday."""

SALEROOM = """Ashcombe Rowe, the auction house, said the buyer wished to remain anonymous.

Pellow Grange, a Bristol auction house, said it had not been approached."""

PRESENTER = """The ceremony was hosted by Owen Garside, the broadcaster, who said the night had been the best in years."""


def test_a_name_described_by_a_breed_is_no_actor() -> None:
    assert "Bruno" not in actors(DOG)


def test_a_name_described_as_an_auction_house_is_a_body() -> None:
    found = actors(SALEROOM)
    assert found.get("Ashcombe Rowe") == "organization"
    assert found.get("Pellow Grange") == "organization"
    # (an agent noun a person may be too describes a person: "a broadcaster")
    assert actors(PRESENTER).get("Owen Garside") == "person"
