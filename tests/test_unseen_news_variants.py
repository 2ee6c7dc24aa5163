# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Classes found by reading briefs of fresh synthetic articles (invented people, bodies
and places, written for these tests) on several beats: a body named inside a speaker's
title never takes the quote from the person; what a plan in the story's own voice
"would have" done is news, a speaker's musing is not; a duration written as an
adjective is read by its noun past modifiers ("a 16-week suspended sentence"); a small
count of casualties or arrests is news where "her two children" is colour."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # US politics, wire: a committee in the title, a party-state tag after the name.
        (
            'Budget clears committee\n\nHouse Appropriations Committee Chairman Dale Mercer, R-Ohio, said the plan "protects every school in the district."\n\nThe vote was 12-9.',
            "Dale Mercer",
        ),
        (
            'Senate passes spending bill\n\nSenate Majority Leader Chuck Schumer, D-N.Y., said on the floor that the bill "keeps the government open."',
            "Chuck Schumer",
        ),
        # Business: a company in the title, an age after the name.
        (
            'Retailer cuts jobs\n\nHarlow Foods chief executive Miriam Adeyemi, 54, said: "These are painful decisions but they are the right ones."\n\nThe company employs 6,000 people.',
            "Miriam Adeyemi",
        ),
        # UK politics: a party in the title, a constituency after the name.
        (
            'Party backs strike\n\nGreen Party co-leader Tamsin Rourke, MP for Bristol Harbourside, told the rally: "We stand with every nurse on that picket line."',
            "Tamsin Rourke",
        ),
        # Sport: a league in the title.
        (
            'Club sale approved\n\nPremier League chief executive Ross Kilbane said the deal "meets every test we set."',
            "Ross Kilbane",
        ),
    ],
)
def test_a_body_in_a_speakers_title_never_takes_the_quote(text, speaker):
    (quote,) = build_brief(text).quotes
    assert quote.speaker == speaker


def figures_of(text: str) -> dict[str, str]:
    return {f.text: f.measures for f in build_brief(text).figures}


def test_what_a_rejected_plan_would_have_done_is_news_but_a_speakers_musing_is_not():
    plan = figures_of(
        "Council leader quits after budget defeat\n\nCouncillors rejected the £48.6million budget on Wednesday. It would have raised council tax by 4.99 per cent and cut £2.1m from leisure services."
    )
    assert "4.99 per cent" in plan and "£2.1m" in plan
    musing = figures_of(
        'Glaciers lose record ice\n\nSwiss glaciers lost 4 per cent of their volume this year, scientists said.\n\n"Twenty years ago a loss of 1 per cent would have been called extreme," said glaciologist Anna Keller.'
    )
    assert "4 per cent" in musing and "1 per cent" not in musing


@pytest.mark.parametrize(
    ("sentence", "kept", "dropped"),
    [
        (
            "Gavin Loughlin, 44, was handed a 16-week suspended sentence on Tuesday.",
            "16-week",
            None,
        ),
        ("He was given a two-year community order and a 12-month driving ban.", "12-month", None),
        ("Residents face an eight-hour power outage on Sunday.", "eight-hour", None),
        # An adjective of a thing, not a span the story reports.
        ("The striker signed a three-year deal with the club on Monday.", None, "three-year"),
        ("She began an 11-month trial at the hospital in May.", None, "11-month"),
    ],
)
def test_a_duration_written_as_an_adjective_is_read_by_its_noun(sentence, kept, dropped):
    found = figures_of(f"Court round-up\n\n{sentence}")
    if kept is not None:
        assert kept in found
    if dropped is not None:
        assert dropped not in found


@pytest.mark.parametrize(
    ("sentence", "count", "news"),
    [
        (
            "Two people have died and thousands of homes are without power after the storm.",
            "Two",
            True,
        ),
        ("Police arrested two men after the raid on a jeweller's in the town centre.", "two", True),
        ("Two firefighters were killed when their truck was trapped by flames.", "Two", True),
        ("Two were injured when a wall collapsed at the stadium.", "Two", True),
        # Colour, not news.
        ("Her two children were at school when the fire started.", "two", False),
        ("The couple have two dogs and a cat at their farm near the village.", "two", False),
    ],
)
def test_a_small_count_of_casualties_or_arrests_is_news(sentence, count, news):
    assert (count in figures_of(f"Incident report\n\n{sentence}")) is news


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # Weather, broadcaster: a trade noun before the name, capitalized at the start.
        (
            "Storm warning\n\nForecaster Ian Pedley said conditions would ease on Tuesday.",
            "Ian Pedley",
            "Forecaster",
        ),
        (
            "Pool closure row\n\nCampaigner Lucy Hart said the plan was unfair.",
            "Lucy Hart",
            "Campaigner",
        ),
        (
            "Village pub sold\n\nPublican Dermot Kealy, 61, said he was sad to leave.",
            "Dermot Kealy",
            "Publican",
        ),
        (
            "Appeal lodged\n\nSolicitor Anika Bose said her client would appeal the ruling.",
            "Anika Bose",
            "Solicitor",
        ),
    ],
)
def test_a_trade_before_a_name_is_the_role(text, name, role):
    (actor,) = [a for a in build_brief(text).actors if a.name == name]
    assert actor.role == role


def test_a_name_the_recognizer_misses_is_a_person_when_its_surname_is_given_an_age():
    # Sport, local paper: the recognizer takes the given name for a nationality.
    text = (
        "Late double sends Ashgrove through\n\n"
        "Ashgrove Rovers beat Kelham Town 3-2 on Saturday, with Tyrese Baptiste scoring twice in the last eight minutes.\n\n"
        "Baptiste, 21, levelled with a low shot in the 83rd minute and struck the winner in stoppage time."
    )
    people = {a.name: a for a in build_brief(text).actors if a.kind == "person"}
    assert "Tyrese Baptiste" in people
    assert "Baptiste" in people["Tyrese Baptiste"].aliases


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Crime, tabloid: the age given in a sentence that is not speech.
        (
            "Burglar fled\n\nEdna Quarrington, 81, was woken by the sound of breaking glass at her home on Sunday.\n\nShe grabbed a walking stick and went downstairs.\n\n'He had a torch in his mouth,' the 81-year-old said.",
            "Edna Quarrington",
        ),
        # Sport, local: an age the article gave nobody, right after the one person named.
        (
            'Cup shock\n\nSaltcote boss Ivor Penhallow did not hide his anger. "That was embarrassing, and I include myself in that," said the 51-year-old.',
            "Ivor Penhallow",
        ),
        # Two people beside each other: an age that fits neither named one is nobody's.
        (
            'Blast in flats\n\nAmy Cole, 29, and her neighbour Dan Reeve were hurt in the blast.\n\n"It was like a bomb going off," the 52-year-old said.',
            "unattributed",
        ),
        # Business: the age given to another person, so not the nearest one.
        (
            'Shop closes\n\nOwner Carl Brandt, 64, said the rent had doubled. His manager Ruth Ames agreed.\n\n"We could not make it pay," the 64-year-old said.',
            "Carl Brandt",
        ),
    ],
)
def test_the_n_year_old_refers_back_to_the_person_of_that_age(text, speaker):
    (quote,) = build_brief(text).quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # Sport, broadcaster: a bracketed acronym ends the apposition.
        (
            "Tennis\n\nSally Brennock, head of women's tennis at the Lawn Tennis Association (LTA), said the result was good.",
            "Sally Brennock",
            "head of women's tennis at the Lawn Tennis Association",
        ),
        # Health, broadsheet: two descriptions joined by "and a"; the first is the role.
        (
            "Trial\n\nDr Miriam Achterberg, a GP in Leicester and a member of the Royal College of General Practitioners' prescribing committee, said the trial was good.",
            "Miriam Achterberg",
            "a GP in Leicester",
        ),
        # US politics, wire: a state before an abbreviated title.
        (
            "Veto\n\nWisconsin Gov. Annika Brevold on Friday vetoed a Republican bill.",
            "Annika Brevold",
            "Wisconsin governor",
        ),
        (
            "Vote\n\nTexas Rep. Lupe Garza told reporters the vote was close.",
            "Lupe Garza",
            "Texas representative",
        ),
        # Courts, tabloid: a judicial title.
        (
            "Jailed\n\nRecorder Philippa Strand said: 'You took advantage of friends.'",
            "Philippa Strand",
            "Recorder",
        ),
    ],
)
def test_roles_the_article_gives_in_more_shapes(text, name, role):
    (actor,) = [a for a in build_brief(text).actors if a.name == name]
    assert actor.role == role


def test_an_employer_named_after_a_persons_post_does_not_take_the_post_as_its_role():
    actors = build_brief(
        "Plan\n\nTom Haines, chief executive of Brightwell Homes, said the firm would appeal."
    ).actors
    roles = {a.name: a.role for a in actors}
    assert roles["Tom Haines"] == "chief executive of Brightwell Homes"
    assert roles.get("Brightwell Homes") != "chief executive"


@pytest.mark.parametrize(
    ("sentence", "kept", "dropped"),
    [
        # Health: an age range is who was studied, not a span the story reports.
        (
            "The study followed 2,380 children aged between six months and 11 years.",
            "2,380",
            "11 years",
        ),
        # A sentence opened by the time another figure is read at.
        (
            "After four weeks, 8.9% of the short-course group needed further antibiotics.",
            "8.9%",
            "four weeks",
        ),
        ("Within two years, the firm had doubled its sales to £40m.", "£40m", "two years"),
        # Spans the story reports stay.
        ("The bridge will close for nine months from January.", "nine months", None),
        ("For 14 months, the MP claimed rent on a flat he did not live in.", "14 months", None),
    ],
)
def test_a_duration_that_frames_another_figure_or_an_age_range_is_not_a_figure(
    sentence, kept, dropped
):
    found = figures_of(f"Report\n\n{sentence}")
    assert kept in found
    if dropped is not None:
        assert dropped not in found


@pytest.mark.parametrize(
    ("text", "club"),
    [
        # Sport, local and tabloid: a club acting on its staff, read off the words.
        (
            "Club sacks manager\n\nHalbury Town sacked manager Dean Fry on Monday after seven defeats.",
            "Halbury Town",
        ),
        (
            "Signing\n\nKelmore City have signed striker Abel Nkosi from Harrow for £2m.",
            "Kelmore City",
        ),
    ],
)
def test_a_club_that_acts_on_its_staff_is_an_organization(text, club):
    kinds = {a.name: a.kind for a in build_brief(text).actors}
    assert kinds.get(club) == "organization"


def test_a_place_named_like_a_club_that_acts_on_no_staff_is_not_listed():
    assert build_brief("Visit\n\nLeeds City welcomed visitors on Monday.").actors == []


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        # Crime, local and wire: British police ranks before a name, written out or not.
        (
            "Detective Constable Rhona Tait said the victim had been targeted.",
            "Rhona Tait",
            "Detective Constable",
        ),
        ("PC Rhona Tait said the victim had been targeted.", "Rhona Tait", "police constable"),
        ("DCI Tom Bell said the inquiry was continuing.", "Tom Bell", "detective chief inspector"),
        # "DC" of a place is no rank.
        (
            "Washington DC Mayor Muriel Bowser said the city was ready.",
            "Muriel Bowser",
            "Washington DC Mayor",
        ),
    ],
)
def test_police_ranks_are_titles_and_the_given_name_is_never_part_of_the_role(sentence, name, role):
    (actor,) = [a for a in build_brief(f"News\n\n{sentence}").actors if a.kind == "person"]
    assert (actor.name, actor.role) == (name, role)
