# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Round 33f roles, from classes at least two of three outside writers' probes share:
an office written before a name whose brief the parser hung on the name ("Cabinet member
for housing Glen Lee", "Bulls director of rugby Jan Botha": the parse makes the name the
object of "for"/"of" and the brief a modifier of the name) is the whole office, never the
brief alone ("housing"); a post a "whose" clause gives a person names the body before the
comma whole, its "of" and its closing apostrophe included ("the Law Society of Kenya,
whose president, Ann Wanjala," is the Law Society of Kenya's president, not Kenya's;
"Paarl Boys', whose coach, Sean Kok,"), and a "whose" clause that links the post to the
name by "is" gives it too ("Ferrand Capital, whose managing partner is Oliver Drax"); and
a body described in the next sentence by a noun whose capitalized modifier is itself the
name of another body the story lists ("Harlow Foods will cut 600 jobs. The Unite union
said ...") is that other body, not a description of the first (the lead's open class).

Every passage here is synthetic, written for these tests (invented people, bodies and
places of no consequence), across British, Irish, Kenyan, Nigerian, South African,
Australian, Canadian, Indian, Singaporean and US copy.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _brief(text: str):
    return build_brief("Headline\n\n" + text)


def _roles(text: str) -> dict[str, str | None]:
    return {a.name: a.role for a in _brief(text).actors}


# --- An office whose brief the parser hung on the name -------------------------------


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # UK local council, portfolio holder with the brief hung on the name
        (
            "Labour's Amy Cole spoke first. Cabinet member for housing Glen Whitmore insisted the scheme was needed.",
            "Glen Whitmore",
            "Cabinet member for housing",
        ),
        # South African rugby
        (
            "Stormers director of rugby Hendrik Botha confirmed the signing of two props.",
            "Hendrik Botha",
            "Stormers director of rugby",
        ),
        # Kenyan county health, with a courtesy title between the office and the name
        (
            "Kisumu County chief officer for health Dr Otieno Were said the clinic would open in May.",
            "Otieno Were",
            "Kisumu County chief officer for health",
        ),
        # Canadian city hall
        (
            "Mayoral adviser for transit Ben Kaye said the new buses would arrive in June.",
            "Ben Kaye",
            "Mayoral adviser for transit",
        ),
        # Irish rugby province
        (
            "Munster director of rugby Conor Hegarty said the squad was in good shape.",
            "Conor Hegarty",
            "Munster director of rugby",
        ),
    ],
)
def test_an_office_whose_brief_hangs_on_the_name_is_the_whole_office(
    text: str, person: str, role: str
) -> None:
    assert _roles(text)[person] == role


@pytest.mark.parametrize(
    ("text", "person", "office"),
    [
        # Negatives: a role noun closing what stands before the name is the person's own
        # description, not a brief of the office before "for"/"of".
        (
            "The lawyer for Chelsea striker Tom Bell said the charge would be contested.",
            "Tom Bell",
            "lawyer",
        ),
        (
            "Police are looking for missing teenager Ciara Doyle, who was last seen in Athlone.",
            "Ciara Doyle",
            "looking",
        ),
    ],
)
def test_a_persons_own_description_after_for_is_not_an_office_brief(
    text: str, person: str, office: str
) -> None:
    role = _roles(text)[person]
    assert role
    assert office not in role


# --- A post given by a "whose" clause --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # Kenyan broadsheet: a body named with "of"
        (
            "The petition was filed by the Law Society of Kenya, whose president, Stephen Mwaura, said the rule was unconstitutional.",
            "Stephen Mwaura",
            "Law Society of Kenya's president",
        ),
        # UK trade press: a guild named with "of"
        (
            "The appeal was lodged by the Guild of Master Glaziers, whose chairman, Derek Pope, said the ruling was unfair.",
            "Derek Pope",
            "Guild of Master Glaziers' chairman",
        ),
        # South African schools rugby: a name closing on an apostrophe
        (
            "St Andrew's beat Paarl Boys', whose coach, Sean Kok, praised the visitors.",
            "Sean Kok",
            "Paarl Boys' coach",
        ),
        # UK broadsheet business: the post linked to the name by "is"
        (
            "The bid is backed by Ferrand Capital, whose managing partner is Oliver Drax.",
            "Oliver Drax",
            "Ferrand Capital's managing partner",
        ),
        # Australian business: "was"
        (
            "The tender was won by Coral Coast Builders, whose founder was Mick Tavoulis.",
            "Mick Tavoulis",
            "Coral Coast Builders' founder",
        ),
    ],
)
def test_a_whose_clause_gives_the_post_of_the_body_named_whole(
    text: str, person: str, role: str
) -> None:
    assert _roles(text)[person] == role


@pytest.mark.parametrize(
    ("text", "person", "not_role"),
    [
        # Negatives: a "whose" clause that tells what a relative is, or a verb's object,
        # gives no post.
        (
            "Ama Boateng, whose brother is Kofi Boateng, runs the stall.",
            "Kofi Boateng",
            "Ama Boateng's brother is",
        ),
        (
            "Nkosi Holdings, whose chairman met Thabo Dlamini last week, said the talks were over.",
            "Thabo Dlamini",
            "Nkosi Holdings' chairman",
        ),
    ],
)
def test_a_whose_clause_without_the_post_on_the_name_gives_no_post(
    text: str, person: str, not_role: str
) -> None:
    assert _roles(text).get(person) != not_role


# --- A body a description names in the next sentence ------------------------------------


@pytest.mark.parametrize(
    ("text", "body", "other"),
    [
        # The lead's class: UK, the union named as a modifier of "union"
        (
            "Harlow Foods will cut 600 jobs. The Unite union said the cuts were a betrayal.",
            "Harlow Foods",
            "Unite",
        ),
        # Scottish: the GMB union
        (
            "Kerrigan Mills will shut its Dundee site. The GMB union said it would fight the closure.",
            "Kerrigan Mills",
            "GMB",
        ),
        # Australian: a regulator named as a modifier of "watchdog"
        (
            "Tasman Energy raised its prices by 9%. The ACCC watchdog said it would look at the rise.",
            "Tasman Energy",
            "ACCC",
        ),
    ],
)
def test_a_description_naming_another_body_is_not_the_first_bodys_role(
    text: str, body: str, other: str
) -> None:
    actors = {a.name: a for a in _brief(text).actors}
    first = actors[body]
    assert other not in (first.role or "")
    assert not any(other in alias for alias in first.aliases)


@pytest.mark.parametrize(
    ("text", "body", "role"),
    [
        # Negatives: a description of the body itself ("the Frankfurt-based lender", "the
        # League One club") still describes it.
        (
            "Hallstadt Bank cut 400 jobs on Monday. The Frankfurt-based lender said the cuts were needed.",
            "Hallstadt Bank",
            "Frankfurt-based lender",
        ),
        (
            "Ashcombe Rovers have sacked their manager. The League One club said a successor would be named soon.",
            "Ashcombe Rovers",
            "League One club",
        ),
    ],
)
def test_a_description_of_the_body_itself_still_describes_it(
    text: str, body: str, role: str
) -> None:
    actors = {a.name: a for a in _brief(text).actors}
    assert role in (actors[body].role or "")


# --- A description the parser hung on the given name ------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # South African arts page
        (
            "Curator Thandiwe Mokoena said the painting had been lost for a century.",
            "Thandiwe Mokoena",
            "Curator",
        ),
        # Irish farming weekly
        (
            "Auctioneer Niamh Moloney said the farm sold for well above its guide.",
            "Niamh Moloney",
            "Auctioneer",
        ),
        # Irish local, a pair of people, the first described before her name
        (
            "Proprietor Niamh Gallagher and head chef Tadhg Ó Riain have earned the Wild Atlantic Bistro its first Michelin star.",
            "Niamh Gallagher",
            "Proprietor",
        ),
    ],
)
def test_a_description_hung_on_the_given_name_is_the_role(
    text: str, person: str, role: str
) -> None:
    assert _roles(text)[person] == role


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # Negatives: a word of time or a tabloid epithet before the name is no role.
        ("Yesterday Niamh Gallagher said the bistro would stay open.", "Niamh Gallagher"),
        ("Today Mary Collins opened the new wing at St Luke's.", "Mary Collins"),
    ],
)
def test_a_word_of_time_before_the_name_is_no_role(text: str, person: str) -> None:
    actors = {a.name: a for a in _brief(text).actors}
    actor = actors.get(person) or next(a for a in actors.values() if person in a.aliases)
    assert actor.role is None


# --- "its" standing for the sentence's own subject ------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # Canadian wire, business
        (
            "Maplecrest Energy Corp. said Monday that its president, Raymond Dufour, will retire at year's end.",
            "Raymond Dufour",
            "Maplecrest Energy",
        ),
        # US wire, tech
        (
            "Quillon Inc. said Thursday that its chief executive, Marcus Tran, would step down at the end of the month.",
            "Marcus Tran",
            "Quillon",
        ),
        # Indian business daily
        (
            "Sahyadri Textiles said on Tuesday that its managing director, Suresh Kamath, had resigned citing personal reasons.",
            "Suresh Kamath",
            "Sahyadri Textiles",
        ),
    ],
)
def test_its_post_names_the_sentences_own_subject_body(text: str, person: str, body: str) -> None:
    role = _roles(text)[person] or ""
    assert body in role


@pytest.mark.parametrize(
    ("text", "person", "other"),
    [
        # Negatives: a sentence naming a second body leaves "its" unread.
        (
            "Kestrel Bank said its rival Ardmore Finance had poached its head of lending, Ann Lee.",
            "Ann Lee",
            "Kestrel",
        ),
        (
            "Tollan Foods lost £40m last year. Its chief executive, Priya Marsh, said the results were disappointing.",
            "Priya Marsh",
            "Tollan Foods' chief executive",
        ),
    ],
)
def test_its_post_not_read_past_a_second_body(text: str, person: str, other: str) -> None:
    role = _roles(text)[person] or ""
    if other.endswith("chief executive"):
        assert role == other  # (the sentence before's subject, as before)
    else:
        assert other not in role
