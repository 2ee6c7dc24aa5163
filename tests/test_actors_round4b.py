# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Which actors a brief lists and how it names them, on synthetic articles written for
these tests (invented people, companies, clubs, dioceses and banks; real towns only as
scenery): a surname with its particles ("Joost van den Broek", later "Van den Broek")
is one person, never "den Broek"; a cleric's title of address ("the Venerable", "Rabbi",
"Father") is no part of the name; a diocese is a body; a score the recognizer takes
into a player's name is cut off. Several beats and outlet styles."""

from __future__ import annotations

import pytest
from briefsmith.core.names import same_person
from briefsmith.engines.extractive import build_brief


def names_of(text: str) -> set[str]:
    return {n for a in build_brief(text).actors for n in (a.name, *a.aliases)}


def actor_names(text: str) -> list[str]:
    return [a.name for a in build_brief(text).actors]


# --- surname particles -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, person",
    [
        # Business, wire: a role run straight into the name.
        (
            "Haventon Bank chief executive Joost van den Broek said profits would fall this year.",
            "Joost van den Broek",
        ),
        # Sport, local: an apposition after the name.
        (
            "Defender Lars de Jong, who joined from Groningen in the summer, said the dressing room was united.",
            "Lars de Jong",
        ),
        # Agriculture, wire: a later mention by the surname alone, capitalized.
        (
            "Suirdale chief executive Anneke van der Merwe said no routes would be cut. Van der Merwe, who joined in 2023, said the plant would stay open.",
            "Anneke van der Merwe",
        ),
        # Motoring, trade: a given name ending like an agent noun ("-er") before the
        # particles is no description cut from the name.
        (
            "Fleetway boss Dieter van Hoorn, who joined from a Dutch bus maker in 2022, said the depot would stay open.",
            "Dieter van Hoorn",
        ),
        # Courts, broadsheet: a Portuguese name.
        (
            "Prosecutor Helena dos Santos told the court the money had never been repaid.",
            "Helena dos Santos",
        ),
    ],
)
def test_a_surname_keeps_its_particles(text: str, person: str) -> None:
    names = actor_names(text)
    assert person in names
    # No piece of the surname stands as another actor ("den Broek", "Merwe").
    assert not any(n != person and n in person for n in names)


def test_the_surname_alone_with_a_capital_particle_is_the_same_person() -> None:
    text = "Suirdale chief executive Anneke van der Merwe said no routes would be cut. Van der Merwe, who joined in 2023, said the plant would stay open."
    people = [a for a in build_brief(text).actors if a.kind == "person"]
    assert [p.name for p in people] == ["Anneke van der Merwe"]
    assert "van der Merwe" in people[0].aliases


def test_the_matcher_reads_particles_as_part_of_the_surname() -> None:
    # The scorer asks the same question: the surname with its particles is the person.
    assert same_person("Pieter van der Walt", "Van der Walt")
    assert same_person("Siobhan de Barra", "Ms de Barra")
    assert not same_person("Pieter van der Walt", "der Walt")
    # A given name that looks like a particle is still a given name.
    assert same_person("Van Hollis", "Hollis")
    assert same_person("Ann Lee", "Lee")


# --- titles of clerics -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, person",
    [
        # Religion, local: "the Venerable" before an archdeacon, said-inversion.
        (
            "'We cannot go on like this,' said the Venerable Mary Okoro, the Archdeacon of Dunmere.",
            "Mary Okoro",
        ),
        # Religion, broadcaster: a rabbi.
        (
            "Rabbi Daniel Lowenthal said the synagogue had received threats since the weekend.",
            "Daniel Lowenthal",
        ),
        # Irish local: a priest.
        (
            "Father Declan Moriarty said the parish would hold a vigil on Friday night.",
            "Declan Moriarty",
        ),
    ],
)
def test_a_clerics_title_is_no_part_of_the_name(text: str, person: str) -> None:
    assert person in actor_names(text)
    assert not any(n.split()[0] in ("Venerable", "Rabbi", "Father") for n in actor_names(text))


# --- dioceses ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "The Diocese of Penbury said the vicar had been suspended while police investigated.",
            "Diocese of Penbury",
        ),
        (
            "The Archdiocese of Castlemoor said it would pay for the repairs to the school roof.",
            "Archdiocese of Castlemoor",
        ),
    ],
)
def test_a_diocese_that_speaks_is_a_body(text: str, body: str) -> None:
    actors = {a.name: a for a in build_brief(text).actors}
    assert body in actors
    assert actors[body].kind == "organization"


# --- a score glued to a player's name ---------------------------------------------------------


def test_a_score_after_a_beaten_player_is_no_part_of_the_name() -> None:
    text = """Hollis wins world title with nine-darter

Darren Hollis hit a nine-dart finish on Sunday night. He hit the perfect leg in the final set to beat Jeroen Baarsma 7-5

Baarsma, the Dutchman who won the event in 2021, said Hollis had been the better player."""
    names = names_of(text)
    assert "Jeroen Baarsma" in names
    assert not any("7-5" in n for n in names)


def test_a_person_entity_with_particles_joins_the_list() -> None:
    # Sport, wire: the name only the recognizer sees, as a subject.
    text = "The club confirmed on Tuesday that Bram van Dijkstra had signed a two-year deal with an option for a third."
    assert "Bram van Dijkstra" in actor_names(text)


# --- an unlabelled name opening a sentence, its kind said by a pronoun ------------------------


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # Education, local: a person the recognizer does not name; "She" next.
        (
            "Adaeze Nwachukwu-Blake teaches maths at a school in Lowmoor. She said the strike was a last resort.",
            "Adaeze Nwachukwu-Blake",
            "person",
        ),
        # Business, trade: a company fined (a passive subject); "its" in the clause.
        (
            "Bluewake Marine was fined £200,000 after a diver was injured at its Falmouth yard.",
            "Bluewake Marine",
            "organization",
        ),
    ],
)
def test_an_unlabelled_opening_subject_is_an_actor_of_the_pronouns_kind(
    text: str, name: str, kind: str
) -> None:
    actors = {a.name: a for a in build_brief(text).actors}
    assert name in actors
    assert actors[name].kind == kind


def test_a_titled_surname_opening_a_sentence_is_the_person_already_named() -> None:
    # Crime, tabloid: "Ms Carver ... her family" is Sophie Carver, not a new actor.
    text = """Owner begs thieves to return stolen spaniel

Sophie Carver, 34, said two masked men climbed into her garden and took her dog.

Ms Carver has put up more than 300 posters across the city and her family has offered a reward."""
    names = actor_names(text)
    assert "Sophie Carver" in names
    assert "Ms Carver" not in names


def test_a_side_beaten_by_a_club_whose_score_the_parser_hangs_on_the_verb() -> None:
    # Sport, local: "beat Stanmoor 2-1" read as an adverbial; the winner is still a club.
    actors = {
        a.name: a
        for a in build_brief(
            "Holbeck Harriers beat Stanmoor 2-1 on Saturday to reach the county final."
        ).actors
    }
    assert actors["Holbeck Harriers"].kind == "organization"


# --- a public body named by what it does -------------------------------------------------------


@pytest.mark.parametrize(
    "text, body",
    [
        # Weather, wire: an attribution at the sentence's end.
        (
            "Two volunteer firefighters were killed when their truck was trapped by flames near the village, the fire service said.",
            "fire service",
        ),
        # Health, broadcaster: the verb with an auxiliary.
        (
            "A man was taken to hospital with burns after the blaze, the ambulance service has said.",
            "ambulance service",
        ),
    ],
)
def test_an_unnamed_public_service_that_speaks_is_an_actor(text: str, body: str) -> None:
    assert any(same_person(n, body, "organization") for n in actor_names(text))


@pytest.mark.parametrize(
    "text, not_body",
    [
        # Business, broadcaster: the noun only describes the named body after it.
        (
            "Talks to end the dock strike will resume on Monday, the conciliation service Halwick has said.",
            "conciliation service",
        ),
        # Transport, wire: the noun is the subject of another verb.
        (
            "Passenger Dana Whitfield, 34, said the meal service had just begun when the plane dropped.",
            "meal service",
        ),
        # Health, local: the service the story names in full.
        (
            "The North Vale Ambulance Service sent four crews. Two patients were taken to hospital, the ambulance service said.",
            "ambulance service",
        ),
    ],
)
def test_a_service_noun_that_names_no_unnamed_body_is_no_actor(text: str, not_body: str) -> None:
    assert not_body not in actor_names(text)


# --- the body a decision comes from ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, body",
    [
        # Business, wire: a merger waiting on a regulator.
        (
            "The merger still needs approval from the Harwell Markets Authority before it can go ahead.",
            "Harwell Markets Authority",
        ),
        # Heritage, local: backing from a trust.
        (
            "The plan to rebuild the pier won backing from the Dunmore Heritage Trust on Tuesday.",
            "Dunmore Heritage Trust",
        ),
        # Sport, local: planning permission from a council.
        (
            "The club's new stand still needs planning permission from Marlow District Council.",
            "Marlow District Council",
        ),
    ],
)
def test_the_body_an_approval_comes_from_is_an_actor(text: str, body: str) -> None:
    assert body in actor_names(text)


def test_a_place_an_approval_is_about_is_no_actor() -> None:
    # Transport, broadcaster: "approval of" takes what is approved, not who approves.
    text = "Harbour Lines chief executive Mia Sorensen said approval of the Kelford Bridge plan was overdue."
    names = actor_names(text)
    assert "Mia Sorensen" in names
    assert "Kelford Bridge" not in names


def test_a_name_before_a_verb_the_tagger_reads_as_a_plural_noun_is_a_person() -> None:
    # Transport, broadcaster: "commutes" tagged a noun, the name hung on it.
    text = "Adaeze Okonkwo-Blake commutes from Lowmoor to Leeds, where she works as a nurse."
    actors = {a.name: a for a in build_brief(text).actors}
    assert actors["Adaeze Okonkwo-Blake"].kind == "person"
