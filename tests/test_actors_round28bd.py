"""Round 28b (helper d) actors: a name written straight after a common noun a body is
introduced by ("Cycling charity Pedal Safe welcomed", "data from the rate-tracking
website Moneyfair", "at the conciliation service Acas", "trade body TechAlliance UK",
"Energy supplier Brightwatt", "Think tank Civitara", "Pollster Numera found") is a body,
though the recognizer calls it nothing or a person; unless it is a given name ("the
supplier Ahmed Khan set up"), a date, a place, or a commentator's firm ("an analyst at
research firm Tessaract Insight", an affiliation). And a body named before a post that
opens a person's name ("Riverton Transit general manager Colette Arsenault said",
"Coastlink Ferries operations director Gareth Price") is a body, unless it is a street,
a place or a title ("Harley Street surgeon Tom Blake", "Detective Chief Inspector").

Every passage here is synthetic, written for these tests (invented people, firms,
charities and places of no consequence), across British, Irish, US, Canadian,
Australian, Indian, Nigerian, Kenyan, South African and Singaporean copy.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(f"Headline\n\n{text}").actors}


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        (
            "Cycling charity Pedal Safe welcomed the sentence but called for tougher rules.",
            "Pedal Safe",
        ),
        (
            "Data from the rate-tracking website Moneyfair shows the average five-year fix "
            "rose to 4.9%.",
            "Moneyfair",
        ),
        (
            "Talks between the two sides are due to resume at the conciliation service Acas "
            "on Tuesday.",
            "Acas",
        ),
        (
            "Ruth Abernathy, director of policy at trade body TechAlliance UK, said the "
            "rules were vague.",
            "TechAlliance UK",
        ),
        ("Energy supplier Brightwatt said bills would rise by 6% in April.", "Brightwatt"),
        ("Think tank Civitara said the Lagos plan was unaffordable.", "Civitara"),
        ("Pollster Numera found 41% of Sydney voters backed the plan.", "Numera"),
        ("Streaming service Vidaflix said it would raise prices in India.", "Vidaflix"),
        ("Comparison website Pricewise found the average premium rose 12%.", "Pricewise"),
        (
            "Think tank Ubuntu Policy Lab said the Gauteng grant was too small.",
            "Ubuntu Policy Lab",
        ),
    ],
)
def test_name_after_a_noun_a_body_is_introduced_by_is_a_body(paragraph: str, body: str) -> None:
    assert _actors(paragraph).get(body) == "organization"


@pytest.mark.parametrize(
    ("paragraph", "body", "person"),
    [
        (
            "Riverton Transit general manager Colette Arsenault said crews had spent the "
            "week inspecting vehicles.",
            "Riverton Transit",
            "Colette Arsenault",
        ),
        (
            "Coastlink Ferries operations director Gareth Price said sailings to Rosslare "
            "would resume.",
            "Coastlink Ferries",
            "Gareth Price",
        ),
        (
            "Buses will return to Riverton on Monday. Riverton Transit general manager "
            "Colette Arsenault said crews had inspected vehicles. Riders can claim a credit "
            "through the Fare Riverton app.",
            "Riverton Transit",
            "Colette Arsenault",
        ),
        (
            "Ballymore GAA club secretary Sean Daly said the pitch was waterlogged.",
            "Ballymore GAA",
            "Sean Daly",
        ),
    ],
)
def test_body_named_before_a_post_is_a_body(paragraph: str, body: str, person: str) -> None:
    actors = _actors(paragraph)
    assert actors.get(body) == "organization"
    assert actors.get(person) == "person"


@pytest.mark.parametrize(
    ("paragraph", "not_a_body"),
    [
        # a given name after the noun: the person who founded it
        ("The supplier Ahmed Khan set up in 2015 went bust last year.", "Ahmed Khan"),
        # a date, a thing
        ("The memorial service Tuesday drew 300 mourners, police said.", "Tuesday"),
        ("The tank Challenger 3 will enter service in 2027.", "Challenger"),
        # the post's holder, not a body
        ("Think tank director Oluwaseun Adeyemi said the figures were grim.", "Oluwaseun Adeyemi"),
        ("Charity boss Nkosi Dlamini said the money had run out.", "Nkosi Dlamini"),
        ("Crane operator Mick Doyle, 52, was injured when the jib fell.", "Mick Doyle"),
        # a place, a street or a title before a post
        ("Harley Street surgeon Tom Blake said the clinic was safe.", "Harley Street"),
        ("Bramble Cottage owner Sue Hart said the flood reached the stairs.", "Bramble Cottage"),
        ("Sydney Harbour ferry master Tom Reid said the swell was high.", "Sydney Harbour"),
        ("St Kilda resident Ann Lee said the noise was constant.", "St Kilda"),
        ("Detective Chief Inspector Ann Lee said the man was arrested.", "Detective Chief"),
        ("Cape Town mayor Geordin Hollis said the drains were blocked.", "Cape Town"),
        # a commentator's firm: an affiliation
        (
            "\u201cIt is embarrassing for a provider of this size,\u201d said Rafael Okonkwo, "
            "a principal analyst at research firm Tessaract Insight.",
            "Tessaract Insight",
        ),
    ],
)
def test_not_a_body(paragraph: str, not_a_body: str) -> None:
    assert _actors(paragraph).get(not_a_body) != "organization"


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        (
            "Detective Constable Sam Whitcombe, of West Mercia Police's economic crime unit, "
            "said the case had been long.",
            "West Mercia Police",
        ),
        (
            "Dr Kwame Mensah, of Lagos University Teaching Hospital's cardiology department, "
            "said the patient was stable.",
            "Lagos University Teaching Hospital",
        ),
    ],
)
def test_body_whose_unit_a_person_is_of(paragraph: str, body: str) -> None:
    assert _actors(paragraph).get(body) == "organization"


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("Ann Lee, of Leeds's children's hospital, said the ward was full.", "Leeds"),
        ("Tom Reid, of Durban's planning department, said the bid was late.", "Durban"),
    ],
)
def test_place_whose_unit_a_person_is_of_is_no_body(paragraph: str, place: str) -> None:
    assert _actors(paragraph).get(place) != "organization"


@pytest.mark.parametrize(
    ("paragraph", "club"),
    [
        (
            "Cape Harbour rugby club was fined R50,000 by the union after crowd trouble.",
            "Cape Harbour rugby club",
        ),
        ("Ballinrobe football club said it would appeal the ban.", "Ballinrobe football club"),
        ("Kestrel Bay cricket club has appointed a new coach.", "Kestrel Bay cricket club"),
        ("Maple Heights hockey club was suspended for two games.", "Maple Heights hockey club"),
    ],
)
def test_club_named_before_its_sport_is_a_body(paragraph: str, club: str) -> None:
    assert _actors(paragraph).get(club) == "organization"


@pytest.mark.parametrize(
    "paragraph",
    [
        "The local rugby club said the pitch was flooded.",
        "England rugby club captains met in Twickenham.",
        "Sunday football club matches were cancelled.",
        "Her rugby club gave her a guard of honour.",
        "Nigeria football club owners met in Abuja on Monday.",
        "Leeds rugby club fans marched on Saturday.",
    ],
)
def test_no_club_without_a_name_of_its_own(paragraph: str) -> None:
    assert not any(name.endswith(" club") for name in _actors(paragraph))
