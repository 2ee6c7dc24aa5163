# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles of actors on synthetic articles written for these tests (invented people,
companies, clubs and groups): organizations and groups are described like people
(apposition, a noun before the name, a "which" clause), a description is read next to a
name even when the parse does not join them, after an age ("whose ..."), from a copular
sentence, or cut from the name it was glued to; a role never comes from another
person's words, a preposition or a word cut in half. Several beats and styles."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief

# Business and energy, broadsheet: bodies in apposition (one whose apposition the parser
# hangs on the last word of its name), a consumer group and a foreign utility named
# after their description.
ENERGY = """Regulator fines energy supplier

Lumen Power, the second-largest energy supplier in Scotland, was fined £12m on Monday for overcharging customers.

Consumer group Fair Bills Now said the fine was too small. "Customers deserve their money back," it said.

The Institute for Tariff Policy, an Edinburgh-based research charity, said prices had risen faster than costs.

Dutch utility Stroomnet Energie said it had no plans to bid for the business."""

# Sport, local paper: two scorers described across "and", a coach with a copular
# sentence, an age then a "whose" clause.
SPORT = """Pellham sink Corvell in five-goal thriller

Pellham beat Corvell 3-2 on Saturday after goals from midfielder Jonah Reiss and defender Callum Fry.

Coach Anita Varga said the team had shown real character.

Ben Ashdown, 22, whose late save sealed the win, said he had dreamed of this day."""

# Local government and tabloid: a title between a description and the name, a
# headline-style description glued to a name, a couple described at once, a group
# named after "the".
LOCAL = """Residents fight library closure

Campaign group the Friends of Dunmere Library said it had gathered 3,000 signatures.

Cabinet member for culture Cllr Rhys Bowen said the council had no choice.

Pensioner Maureen Platt, 74, said: 'This library is the heart of the village.'

Husband and wife Tom Greer and Ada Greer said they visited every week."""

# World, wire: a charity described by a noun before its name, a person described only by
# what the sentence says she is.
WORLD = """Aid convoy reaches besieged town

GENEVA, May 12 (AP) — An aid convoy reached the town of Korvan on Monday after a week of shelling.

Medical charity Open Hands said its clinic had treated 300 people.

Amara Diop is the only surgeon left in the town. She said supplies would last a week."""

# Courts: a relation set before the name after other words of the sentence, a role
# noun inside a compound word ("father-in-law") that is no role, a thousands separator.
COURTS = """Former treasurer jailed for theft

A former club treasurer was jailed for two years on Friday for stealing £31,500 from a bowls club.

He had borrowed money from his father-in-law and repaid none of it, when the club's auditor, Neil Farrow, found the gap in 2023.

After the hearing, his daughter, Kate Hewitt, said the family was relieved.

Gerald Hewitt, 66, who paid back £2,000, was also banned from holding office."""


def role_of(text: str, name: str) -> str | None:
    actors = build_brief(text).actors
    found = [a for a in actors if a.name == name or name in a.aliases]
    assert found, f"{name!r} not among {[a.name for a in actors]}"
    return found[0].role


def words(role: str | None) -> set[str]:
    return {w.strip(",.").casefold() for w in (role or "").split()}


# --- organizations and groups ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, name, wanted",
    [
        (ENERGY, "Fair Bills Now", {"consumer", "group"}),
        (ENERGY, "Stroomnet Energie", {"dutch", "utility"}),
        (ENERGY, "Institute for Tariff Policy", {"research", "charity"}),
        (LOCAL, "Friends of Dunmere Library", {"campaign", "group"}),
        (WORLD, "Open Hands", {"medical", "charity"}),
    ],
)
def test_organizations_and_groups_get_their_description(
    text: str, name: str, wanted: set[str]
) -> None:
    assert wanted <= words(role_of(text, name))


# --- people ---------------------------------------------------------------------------


def test_a_description_after_and_is_the_second_persons_own() -> None:
    assert role_of(SPORT, "Jonah Reiss") == "midfielder"
    assert role_of(SPORT, "Callum Fry") == "defender"


def test_a_title_between_description_and_name_leaves_the_description() -> None:
    assert role_of(LOCAL, "Rhys Bowen") == "Cabinet member for culture"


def test_a_whose_clause_after_an_age_describes_the_person() -> None:
    assert {"whose", "save"} <= words(role_of(SPORT, "Ben Ashdown"))


def test_a_copular_sentence_describes_a_person_with_no_other_description() -> None:
    assert "surgeon" in words(role_of(WORLD, "Amara Diop"))


def test_a_description_glued_to_a_name_is_cut_and_becomes_the_role() -> None:
    actors = build_brief(LOCAL).actors
    names = {a.name for a in actors}
    assert "Maureen Platt" in names
    assert "Pensioner Maureen Platt" not in names
    assert role_of(LOCAL, "Maureen Platt") == "Pensioner"


def test_a_couple_described_at_once_gives_neither_a_role() -> None:
    assert role_of(LOCAL, "Tom Greer") is None
    assert role_of(LOCAL, "Ada Greer") is None


def test_a_relation_after_other_words_of_the_sentence_keeps_its_possessive() -> None:
    role = role_of(COURTS, "Kate Hewitt")
    assert role is not None
    assert "daughter" in words(role)
    assert "hearing" not in words(role)


def test_no_role_is_a_preposition_a_verb_or_a_word_cut_in_half() -> None:
    for name in ("Neil Farrow", "Kate Hewitt", "Gerald Hewitt", "Callum Fry"):
        role = role_of(COURTS if "Hewitt" in name or "Farrow" in name else SPORT, name)
        first = (role or "x").split()[0].casefold()
        assert first not in {"is", "was", "from", "through", "of", "after", "paid"}
    assert "father" not in words(role_of(COURTS, "Neil Farrow"))
    assert role_of(COURTS, "Gerald Hewitt") != "who paid back £2"


# --- places ---------------------------------------------------------------------------

# World, broadsheet: a place introduced as "the X town of Y", then acting as a subject.
FLOOD = """Floods cut off mountain town

Rescuers reached the remote mountain town of Valdoria on Sunday after three days of rain. Officials said Valdoria had been without power since Thursday.

Valdoria's mayor, Ana Ruiz, said the town would need months to rebuild. Aid flew into Valdoria on Monday."""


def test_a_place_named_after_its_kind_of_place_is_described_by_it() -> None:
    assert {"mountain", "town"} <= words(role_of(FLOOD, "Valdoria"))
    assert role_of(FLOOD, "Ana Ruiz") == "Valdoria's mayor"


# --- nouns next to a name that do not describe it --------------------------------------

# Courts and sport: a noun that is the verb's object or heads the name's own clause.
JURY = """Driver cleared of careless driving

Prosecutor Ian Walsh told the jury Maria Santos had been speeding. Maria Santos denied the charge and was cleared on Friday.

The squad Dev Kapoor coaches won the county title, Dev Kapoor said."""


def test_a_noun_that_is_the_verbs_object_or_heads_the_clause_is_no_role() -> None:
    assert "jury" not in words(role_of(JURY, "Maria Santos"))
    assert "squad" not in words(role_of(JURY, "Dev Kapoor"))
    assert role_of(JURY, "Ian Walsh") == "Prosecutor"
