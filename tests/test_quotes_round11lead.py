"""Quoted titles, mottos and nicknames are not quotes; signs, banners and chants are. On
synthetic articles written for these tests (invented works, campaigns, people and places),
across beats (culture, politics, local, sport, weather, science): words set in title case
right after a noun saying what kind of thing they name ("the thriller 'A House of Quiet
Things'", "Her debut novel, '...'") name a work; nobody said them. Words given as a name
("Dubbed the 'king of the comeback'", "nicknamed", "titled", "known as", "billed as") are
no quote either. Words between a determiner and the noun they name ("the council's 'pay
as you throw' scheme") are a label, unless a speech verb reports them ("Dan Kerr said
the 'once in a lifetime' grant ...": his words), they only judge ("the 'cowardly and
senseless' attack": someone's verdict) or the noun is something said or someone
described ("her 'we cannot afford it' remark", "a 'kind and funny' grandad"). Signs,
banners and chants stay quotes even in title case ("placards reading 'Hands Off Our
A&E'"), as the references quote them (kind sign). A brief lists none of the names, nor do
the candidates the LLM `select` strategy is shown."""

from __future__ import annotations

import pytest
from briefsmith.core.candidates import build_candidates
from briefsmith.engines.extractive import build_brief
from briefsmith.engines.linguistic import analysis_of

TITLES = [
    (
        "The actor, 41, starred in the 2019 thriller ‘A House of Quiet Things’ before "
        "moving to television.\n\nHe now lives in Swindon.",
        "A House of Quiet Things",
    ),
    (
        'Her debut novel, "The Summer We Burned the Pier", sold 40,000 copies in its '
        "first month.\n\nShe is working on a sequel.",
        "The Summer We Burned the Pier",
    ),
    (
        "The quartet closed the night with the song 'Nothing Left to Lose'.\n\nFans had "
        "queued from dawn.",
        "Nothing Left to Lose",
    ),
    (
        'The report, titled "Rising Waters, Falling Budgets", found that 12 councils had '
        "cut flood spending.\n\nThe agency declined to comment.",
        "Rising Waters, Falling Budgets",
    ),
    (
        "Known locally as 'the Beast of the Moor', the big cat has never been "
        "photographed.\n\nSightings continue.",
        "the Beast of the Moor",
    ),
    (
        'The documentary "Nights in the Old Town" won the jury prize on Saturday.\n\nIts '
        "director was not at the ceremony.",
        "Nights in the Old Town",
    ),
]

LABELS = [
    (
        "The borough's 'pay as you throw' scheme starts in April.\n\nResidents have until "
        "March to object.",
        "pay as you throw",
    ),
    (
        "It was a 'once in a generation' chance to fix the roads, the report found.\n\n"
        "Work starts next year.",
        "once in a generation",
    ),
    (
        'The retailer\'s "buy now, pay later" option was used by 40% of shoppers.\n\n'
        "Regulators are reviewing the market.",
        "buy now, pay later",
    ),
    (
        "Under the 'one in, one out' rule, every new regulation must be matched by a "
        "repeal.\n\nBusiness groups welcomed it.",
        "one in, one out",
    ),
]

STILL_SOMEONES = [
    (
        'The family of a man who died in the crash have paid tribute to a "kind and '
        'funny" grandad.\n\nHe was 71.',
        "kind and funny",
    ),
    (
        "The minister was forced to withdraw her 'we simply cannot afford it' remark "
        "within hours.\n\nUnions welcomed the retreat.",
        "we simply cannot afford it",
    ),
    (
        "Neighbours said the house had become a 'magnet for trouble' in recent months.\n\n"
        "The landlord could not be reached.",
        "magnet for trouble",
    ),
]

GIVEN_AS_NAMES = [
    (
        "Dubbed the 'king of the comeback', the veteran won his fourth title on Sunday.\n\n"
        "He is 38.",
        "king of the comeback",
    ),
    (
        "The 19-year-old, nicknamed 'the quiet assassin' by team-mates, scored twice.\n\n"
        "She joined in May.",
        "the quiet assassin",
    ),
    (
        "The exhibition, titled 'what the river remembers', opens on Friday.\n\nEntry is free.",
        "what the river remembers",
    ),
    (
        "The operation, known as 'operation clean sweep' inside the force, led to 14 "
        "arrests.\n\nMore raids are planned.",
        "operation clean sweep",
    ),
    (
        "The bout was billed as 'the fight of the century' by promoters.\n\nTickets sold "
        "out in an hour.",
        "the fight of the century",
    ),
]

JUDGING_WORDS = [
    (
        'Police said the "cowardly and senseless" attack had shocked the community.\n\nA '
        "man has been arrested.",
        "cowardly and senseless",
    ),
    (
        'Union boss Mick Lane attacked the "insulting and derisory" pay offer.\n\nMembers '
        "will vote next week.",
        "insulting and derisory",
    ),
    (
        "The coroner criticised the 'serious and sustained' failures in the patient's "
        "care.\n\nThe trust apologised.",
        "serious and sustained",
    ),
    (
        'The judge said the "calculated and cruel" fraud had left victims penniless.\n\n'
        "He was jailed for six years.",
        "calculated and cruel",
    ),
]

SAID_BY_SOMEONE = [
    (
        "Residents have called the junction 'an accident waiting to happen' for years.\n\n"
        "The council will review it.",
        "an accident waiting to happen",
    ),
    (
        "Ministers have described the deal as 'a huge win for British farmers'.\n\nIt "
        "takes effect in January.",
        "a huge win for British farmers",
    ),
    (
        "Fans chanted 'we want our club back' throughout the second half.\n\nThe owner "
        "did not attend.",
        "we want our club back",
    ),
]

QUOTES = [
    (
        '"We will not be cutting a single bus route this year," said council leader '
        "Amira Patel.\n\nThe budget is set in March.",
        "We will not be cutting a single bus route this year",
        "Amira Patel",
    ),
    (
        "'It Was the best night of my life,' said Tom Reeve, 23, after the win.\n\n"
        "He scored twice.",
        "It Was the best night of my life",
        "Tom Reeve",
    ),
    (
        "Banners were unfurled. “We want our library back and we want it now,” said "
        "organiser Grace Obi.\n\nThe council meets on Monday.",
        "We want our library back and we want it now",
        "Grace Obi",
    ),
]


@pytest.mark.parametrize(("text", "title"), TITLES)
def test_a_title_in_quote_marks_is_no_quote(text: str, title: str) -> None:
    brief = build_brief(text)
    assert title in text
    assert [q.text for q in brief.quotes if title in q.text] == []


@pytest.mark.parametrize(("text", "title"), TITLES[:4])
def test_the_select_candidates_offer_no_title_as_a_quote(text: str, title: str) -> None:
    candidates = build_candidates(text, analysis_of(text))
    assert [q.text for q in candidates.quotes if title in q.text] == []


@pytest.mark.parametrize(("text", "words", "speaker"), QUOTES)
def test_sentence_case_quotes_beside_them_stay(text: str, words: str, speaker: str) -> None:
    brief = build_brief(text)
    listed = {q.text: q.speaker for q in brief.quotes}
    assert listed.get(words) == speaker


@pytest.mark.parametrize(("text", "label"), LABELS)
def test_words_naming_the_noun_after_them_are_no_quote(text: str, label: str) -> None:
    brief = build_brief(text)
    assert label in text
    assert [q.text for q in brief.quotes if label in q.text] == []
    candidates = build_candidates(text, analysis_of(text))
    assert [q.text for q in candidates.quotes if label in q.text] == []


@pytest.mark.parametrize(("text", "words"), STILL_SOMEONES)
def test_words_about_something_said_or_someone_described_stay(text: str, words: str) -> None:
    assert words in [q.text for q in build_brief(text).quotes]


@pytest.mark.parametrize(("text", "name"), GIVEN_AS_NAMES)
def test_words_given_as_a_name_are_no_quote(text: str, name: str) -> None:
    assert name in text
    assert [q.text for q in build_brief(text).quotes if name in q.text] == []


@pytest.mark.parametrize(("text", "words"), SAID_BY_SOMEONE)
def test_words_people_call_describe_or_chant_stay_quotes(text: str, words: str) -> None:
    assert words in [q.text for q in build_brief(text).quotes]


def test_words_shouted_in_capitals_are_not_read_as_a_title() -> None:
    text = (
        "Neighbour Gary Pope, 52, screamed 'GET OUT OF MY GARDEN NOW' at the officers, "
        "the court heard.\n\nHe was fined £300."
    )
    assert "GET OUT OF MY GARDEN NOW" in [q.text for q in build_brief(text).quotes]


@pytest.mark.parametrize(("text", "words"), JUDGING_WORDS)
def test_judging_words_before_a_noun_are_someones_verdict_not_a_label(
    text: str, words: str
) -> None:
    assert words in [q.text for q in build_brief(text).quotes]


SIGNS_AND_REPORTED_WORDS = [
    (
        "Protesters outside the hospital held placards reading “Hands Off Our A&E”.\n\n"
        "Police said the protest was peaceful.",
        "Hands Off Our A&E",
        "unattributed",
    ),
    (
        'Fans sang "Come On You Blues" as the team bus arrived.\n\nThe match starts at 3pm.',
        "Come On You Blues",
        "unattributed",
    ),
    (
        'The charity\'s chief executive, Dan Kerr, said the "once in a lifetime" grant '
        "would change lives.\n\nThe grant is £2m.",
        "once in a lifetime",
        "Dan Kerr",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SIGNS_AND_REPORTED_WORDS)
def test_signs_chants_and_words_inside_a_speakers_report_stay_quotes(
    text: str, words: str, speaker: str
) -> None:
    listed = {q.text: q.speaker for q in build_brief(text).quotes}
    assert listed.get(words) == speaker
