"""Round 6: organizations as actors, their roles, and what is no actor.

Bodies a story names once and then describes ("the Championship club", "the National
League side", "the City watchdog"), firms named after their trade ("Auctioneers Dobson
Reece said"), and a club the recognizer took for a place. Every article here is
synthetic, written for these tests (invented people, firms, clubs and places)."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief


def _actors(text: str) -> dict[str, tuple[str, str | None, list[str]]]:
    return {a.name: (a.kind, a.role, list(a.aliases)) for a in build_brief(text).actors}


# --- a later description of a body named before: its role and alias, no new actor ----

CLUB_SIGNING = (
    "Pellborough City have signed defender Marcus Ilori from Danesford United for "
    "£2million.\n\n"
    "The Championship club beat off competition from three rivals to land the "
    "24-year-old, who has played 140 games for Danesford.\n\n"
    '"He is exactly what we needed," manager Kath Renshaw said.'
)

CHAIRMAN_SELLS = (
    "Wexley Athletic chairman Doug Farrant has put the club up for sale after a decade "
    "in charge.\n\n"
    "The National League side lost £400,000 last season, and Farrant said he could no "
    "longer fund the losses.\n\n"
    '"It is time for someone with deeper pockets," he said.'
)

WATCHDOG_FINE = (
    "Voltaro has been fined £8m for billing 40,000 homes twice, the City watchdog said on "
    "Tuesday.\n\n"
    "The Consumer Energy Authority (CEA) said the supplier had ignored complaints for two "
    "years.\n\n"
    '"This was not a mistake, it was a choice," said Amina Sayed, the CEA\'s director of '
    "enforcement."
)


def test_a_league_description_is_the_club_named_before():
    actors = _actors(CLUB_SIGNING)
    kind, role, aliases = actors["Pellborough City"]
    assert (kind, role) == ("organization", "Championship club"), actors
    assert "The Championship club" in aliases, actors
    assert "Championship club" not in actors and "Championship" not in actors, actors


def test_a_club_whose_chairman_is_the_subject_is_the_side_described_next():
    actors = _actors(CHAIRMAN_SELLS)
    assert actors["Wexley Athletic"][:2] == ("organization", "National League side"), actors
    assert "The National League side" in actors["Wexley Athletic"][2], actors


def test_a_lead_description_before_the_body_is_named_is_the_body_named_next():
    actors = _actors(WATCHDOG_FINE)
    assert actors["Consumer Energy Authority"][1] == "City watchdog", actors
    # Not the firm fined, named in the same sentence as the description; the firm is
    # "the supplier" the body's sentence speaks of (a lower-case description, round 40).
    assert actors["Voltaro"][1] == "supplier", actors
    assert "City watchdog" not in actors, actors


def test_a_body_described_as_another_kind_keeps_its_description():
    # The group is the buyer, not the maker the sentence before had as its subject.
    text = (
        "Drinks maker Corrowby has agreed a £1.1bn takeover by the Dutch brewer "
        "Haverkamp.\n\n"
        "The Amsterdam-listed group said it would keep Corrowby's brewery in Leeds open.\n\n"
        'Corrowby chairman Ian Pask said the offer was "too good to turn down".'
    )
    kind, role, aliases = _actors(text)["Corrowby"]
    assert (kind, role) == ("organization", "Drinks maker")
    assert "The Amsterdam-listed group" not in aliases


def test_a_state_body_by_its_nationality_is_no_description_of_a_council():
    text = (
        "Pentre Vale Council opened three rest centres overnight as the river rose.\n\n"
        "The Welsh government said it had stood up its emergency committee.\n\n"
        '"We are ready to help," council leader Gwen Harries said.'
    )
    actors = _actors(text)
    assert actors["Pentre Vale Council"][1] != "Welsh government", actors


def test_a_club_described_by_its_league_is_no_actor_and_speaks_as_the_club():
    text = (
        "Talks between Carrowbeck Rovers and striker Dale Ushworth broke down after the "
        "Championship club offered him a two-year deal. 'We are disappointed that Dale has "
        "chosen to make private talks public,' the club said in a statement."
    )
    brief = build_brief(text)
    assert all("Championship" not in a.name for a in brief.actors), brief.actors
    assert [q.speaker for q in brief.quotes] == ["Carrowbeck Rovers"], brief.quotes


# --- a club the recognizer took for a place ----------------------------------------


def test_a_club_described_before_its_name_is_a_body_not_a_place():
    text = (
        "Harnby Town have been placed under a transfer embargo.\n\n"
        "The League Two side now face losing top scorer Liam Orrell after Championship "
        "club Thornbury City tabled a £1.2million bid for the 23-year-old.\n\n"
        '"We don\'t comment on speculation," a Thornbury City spokesman said.'
    )
    actors = _actors(text)
    assert actors.get("Thornbury City", (None, None))[:2] == (
        "organization",
        "Championship club",
    ), actors


# --- firms named after their trade --------------------------------------------------


def test_a_trade_opening_a_sentence_is_cut_from_the_firm_name():
    text = (
        "Stockbrokers Ellery Maine said the price was fair but not generous. "
        "Accountants Bray Holt, which audits the charity, said the accounts would be late."
    )
    actors = _actors(text)
    assert actors["Ellery Maine"][:2] == ("organization", "stockbrokers"), actors
    assert actors["Bray Holt"][:2] == ("organization", "accountants"), actors
    assert "Stockbrokers Ellery Maine" not in actors, actors


def test_an_auctioneer_firm_speaking_first_is_never_a_person():
    text = (
        "Auctioneers Garrow Lisle said the medals, awarded to a stoker in 1916, would be "
        "sold in Leeds next month. The family had kept them in a biscuit tin for a century."
    )
    actors = _actors(text)
    assert actors.get("Garrow Lisle", (None, None))[:2] == ("organization", "auctioneers"), actors


# --- places that only set the scene -------------------------------------------------


def test_a_place_named_often_but_never_acting_is_no_actor():
    text = (
        "BERGEN, May 4 (Reuters) - Shipping group Hallvik Lines agreed on Monday to buy "
        "ferry operator Nordkyst for 3.1 billion crowns, creating the largest coastal "
        "operator in Bergen.\n\n"
        "Hallvik said it would keep Nordkyst's head office in Bergen and all 900 of its "
        "staff. The deal needs the approval of the competition authority.\n\n"
        "Nordkyst carried 2.4 million passengers last year on its routes north of Bergen, "
        "chief executive Sigrid Aasen said."
    )
    names = {a.name: a.kind for a in build_brief(text).actors}
    assert "Bergen" not in names and "BERGEN" not in names, names
    assert names.get("Sigrid Aasen") == "person", names


# --- a body described as a group, named like a person -------------------------------


def test_a_name_described_as_a_group_is_a_body_not_a_person():
    text = (
        "Harwell Building Society has agreed to be bought by a rival for £210m.\n\n"
        "Save Harwell, a group of members opposed to the sale, said it had collected "
        'more than 3,000 signatures. "Once the mutual is gone, it is gone," said Ruth '
        "Penrose, a retired nurse who chairs the group."
    )
    actors = _actors(text)
    kind, role, aliases = actors["Save Harwell"]
    assert (kind, role) == ("organization", "a group of members opposed to the sale"), actors
    assert "Harwell" not in aliases, actors
    # Who chairs the group is still a person.
    assert actors["Ruth Penrose"][0] == "person", actors


def test_a_firm_named_with_an_ampersand_is_one_body():
    text = (
        "The club's old training ground is up for sale.\n\n"
        "Auctioneers Hallam & Drury said they would sell memorabilia from the club's cup "
        "run next month, with the money going to the players' wages."
    )
    actors = _actors(text)
    assert actors.get("Hallam & Drury", (None, None))[:2] == ("organization", "auctioneers"), actors
