# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Round 28c speakers: a body the recognizer takes for a place or for nothing, spoken for
by its spokesperson ("A spokeswoman for Ofwat said", "a spokesperson for Harlan County
said") or referred back to by its own noun ("a statement from the club ... it said",
"the county said") when that noun ends or fits its name ("Carrowfield City", "Harlan
County"); the spokesperson who declined to comment and then speaks ("the spokesperson
said"); and a titled person whose surname is a day's name ("Mrs Ebiere Sunday"), whom the
recognizer reads as a date, so that a later "she" went back to someone else.

Every passage here is synthetic, written for these tests (invented people, clubs, firms,
councils, regulators and places of no consequence), across Nigerian, Irish, Indian,
Australian, US, South African, Canadian and British copy. A wrong speaker is worse than
"unattributed": the negatives hold each rule back where someone else, or nobody, is meant.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief

UNATTRIBUTED = "unattributed"


def _speaker_of(text: str, part: str) -> str:
    [speaker] = [q.speaker for q in build_brief(text).quotes if part in q.text]
    return speaker


# "A spokeswoman for <name> said": a name right after "for" that the recognizer calls a
# place (or nothing) is the body the spokesperson speaks for.
@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        # UK broadsheet, a regulator the recognizer calls a place
        (
            "Ofwat fined the firm £12m on Tuesday.\n\nA spokeswoman for Ofwat said: “Customers should not pay twice for a company’s failures.”",
            "pay twice",
            "Ofwat",
        ),
        # US local, a county government
        (
            'Sheriff Anita Brooks said deputies were stretched. A spokesperson for Harlan County said: "The county has been generous."',
            "generous",
            "Harlan County",
        ),
        # Irish local council
        (
            'The road will close for six weeks. A spokesman for Fingal County said: "We regret the disruption."',
            "regret",
            "Fingal County",
        ),
        # Nigerian politics: a state government
        (
            'Flooding hit homes in Ikorodu. A spokesman for Lagos State said: "Help is on the way."',
            "Help is",
            "Lagos State",
        ),
        # Australian broadcaster, a city council
        (
            'Bin collections were missed for a fortnight. A spokeswoman for Brisbane City said: "Crews are catching up."',
            "catching up",
            "Brisbane City",
        ),
        # UK local borough, the spokesperson's words reported then quoted
        (
            'The bridge shut on Monday. A spokesperson for Halton Borough said engineers were on site.\n\n"We expect to reopen it by Friday," the spokesperson said.',
            "reopen it",
            "Halton Borough",
        ),
    ],
)
def test_a_spokesperson_for_a_body_taken_for_a_place_speaks_for_it(
    article: str, part: str, speaker: str
) -> None:
    assert _speaker_of(article, part) == speaker


@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        # a country: an official of its government, unnamed
        (
            'The minister flew to Abuja. A spokesman for Nigeria said: "We are ready."',
            "ready",
            UNATTRIBUTED,
        ),
        # a capital written for its government is no body of that name here
        (
            'Talks stalled overnight. A spokesman for Moscow said: "We are ready."',
            "ready",
            UNATTRIBUTED,
        ),
        # a people's word after "for"
        (
            'The talks stalled. A spokesman for Kenyans said: "We are ready."',
            "ready",
            UNATTRIBUTED,
        ),
    ],
)
def test_a_spokesperson_for_a_country_or_a_people_is_no_body_named(
    article: str, part: str, speaker: str
) -> None:
    assert _speaker_of(article, part) == speaker


# "A spokesperson for the club declined to comment ... ‘…,’ the spokesperson said": the
# one who declined is the spokesperson who speaks on.
@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        # Indian sport
        (
            'Coach Paulo Mendes was sacked by Deccan Rovers on Friday. A spokesperson for the club declined to comment on the figure. "The terms are confidential," the spokesperson said.',
            "terms are",
            "Deccan Rovers",
        ),
        # Nigerian business: a water board, "refused"
        (
            'The Kalaba Water Board raised tariffs by 40 per cent. A spokesman for the board refused to discuss the audit. "Tariffs had not moved in six years," the spokesman said.',
            "Tariffs",
            "Kalaba Water Board",
        ),
    ],
)
def test_the_spokesperson_who_declined_to_comment_speaks_on(
    article: str, part: str, speaker: str
) -> None:
    assert _speaker_of(article, part) == speaker


# "a statement from the club ... ‘…,’ it said", "the county said": the body whose name the
# recognizer took for a place, when the noun ends or fits that name.
@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        # UK tabloid sport
        (
            "Carrowfield City striker Dion Maybury handed in a transfer request. The post was quickly followed by a statement from the club.\n\n'We are disappointed,' it said.",
            "disappointed",
            "Carrowfield City",
        ),
        # Scottish football, the club's statement
        (
            "Kirkwall City fans marched on the ground. The club issued a statement on Sunday.\n\n'We hear the supporters,' it said.",
            "hear the",
            "Kirkwall City",
        ),
        # US local government
        (
            'Harlan County signed the contract in 2019.\n\n"Our budget is stretched," the county said.',
            "stretched",
            "Harlan County",
        ),
        # Canadian local: a county the recognizer calls a place
        (
            'Renfrew County closed two landfill sites this year.\n\n"The sites were full," the county said in a statement.',
            "sites were full",
            "Renfrew County",
        ),
    ],
)
def test_a_body_taken_for_a_place_is_what_its_noun_refers_back_to(
    article: str, part: str, speaker: str
) -> None:
    assert _speaker_of(article, part) == speaker


@pytest.mark.parametrize(
    ("article", "part"),
    [
        # two counties named: either may be meant
        (
            'Residents of Harlan County and Kenton County met on Tuesday.\n\n"We hear you," the county said.',
            "hear you",
        ),
        # no body's name at all
        (
            'A statement from the club said fans were welcome.\n\n"We hear you," it said.',
            "hear you",
        ),
        # a place that is no county ("Kildare"): the county is not named
        (
            'Flooding hit Kildare on Tuesday.\n\n"Crews are out," the county said.',
            "Crews are out",
        ),
        # a "he" is no body
        (
            'Players left Leicester City for the airport. The team lost.\n\n"We were poor," he said.',
            "were poor",
        ),
    ],
)
def test_no_body_is_read_back_where_none_or_two_fit(article: str, part: str) -> None:
    assert _speaker_of(article, part) == UNATTRIBUTED


# "Mrs Ebiere Sunday, a trader, said": a surname that is a day's name, after a title and
# a given name, names the person (not a date), who is the "she" that speaks next.
@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        # Nigerian broadsheet: a camp resident after a police spokeswoman
        (
            'Police spokesperson SP Tamara Owei said the march was banned.\n\nAt the camp, Mrs Ebiere Sunday, a 54-year-old trader, said she had received one bag of rice in 10 days.\n\n"They came with cameras. Since then, nothing," she said.',
            "came with cameras",
            "Ebiere Sunday",
        ),
        # Nigerian wire: a market woman
        (
            'Police spokesperson SP Tamara Owei said the march was banned.\n\nAt the market, Mrs Blessing Monday, a trader, said she had lost her stall.\n\n"Everything is gone," she said.',
            "Everything is gone",
            "Blessing Monday",
        ),
    ],
)
def test_a_titled_name_ending_on_a_days_name_is_a_person(
    article: str, part: str, speaker: str
) -> None:
    assert _speaker_of(article, part) == speaker


@pytest.mark.parametrize(
    ("article", "part"),
    [
        # the day of the speaking, a time word after it: no surname
        (
            'At the rally, Mrs Ebiere Sunday morning told the crowd the camp had no water.\n\n"We are thirsty," she said.',
            "thirsty",
        ),
        (
            'Mr Tonye Monday night said the party would march.\n\n"We will march," he said.',
            "will march",
        ),
    ],
)
def test_a_day_with_a_time_word_after_it_is_no_surname(article: str, part: str) -> None:
    assert "Sunday" not in _speaker_of(article, part)
    assert "Monday" not in _speaker_of(article, part)


# "Its regional director for Yorkshire, Lorraine Petch, said": the name between commas
# after the subject's phrase is the subject, with a colon's quote as with a later "she",
# also when the recognizer calls the one-word region ("Yorkshire") a person.
@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        # UK broadcaster, health: the region the recognizer calls a person
        (
            'The hospital was inspected in May. Its regional director for Yorkshire, Lorraine Petch, said: "This should shame us."',
            "shame us",
            "Lorraine Petch",
        ),
        (
            'The hospital was inspected in May. Its regional director for Yorkshire, Lorraine Petch, said wards were full.\n\n"This should shame us," she said.',
            "shame us",
            "Lorraine Petch",
        ),
        # Nigerian business: a rank before the name
        (
            'Kalaba Airways grounded six jets. Its chief pilot in Lagos, Captain Emeka Obiora, said: "Safety comes first."',
            "Safety comes",
            "Emeka Obiora",
        ),
        # South African mining: a regional manager
        (
            'Mokgadi Platinum halted work at two shafts. Its general manager in Rustenburg, Sipho Dlamini, said: "Nobody goes underground until the checks are done."',
            "Nobody goes",
            "Sipho Dlamini",
        ),
    ],
)
def test_a_name_apposed_after_the_subjects_phrase_speaks_a_colons_quote(
    article: str, part: str, speaker: str
) -> None:
    assert _speaker_of(article, part) == speaker


@pytest.mark.parametrize(
    ("article", "part"),
    [
        # a person's word before the name: the victim may be the one named
        (
            'The mother of the victim, Ann Lee, wept.\n\n"She was kind," he said.',
            "was kind",
        ),
        # another sentence's subject and its apposed name, after an inverted "said the
        # driver": the driver is not the priest
        (
            '"If the pigs die, we have nothing," said the tricycle driver.\n\nThe parish priest of Santa Lucia, Father Jun Dimaculangan, opened the church hall.',
            "pigs die",
        ),
        # a body's name after a body's partner: no person
        (
            'Mokgadi Platinum halted work. Its partner in Rustenburg, Zenith Logistics, said: "Nobody goes underground."',
            "Nobody goes",
        ),
        # a building after an office
        (
            'Mokgadi Platinum halted work. Its office in Rustenburg, Adeyemi House, said: "Nobody goes underground."',
            "Nobody goes",
        ),
    ],
)
def test_no_apposed_name_is_read_where_someone_else_may_be_meant(article: str, part: str) -> None:
    assert _speaker_of(article, part) == UNATTRIBUTED


# "left the club ninth in the Premier Football League ... A spokesperson for the club
# declined to comment": the competition the club plays in is never "the club".
@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        # Indian broadsheet sport
        (
            'Deccan Rovers on Friday sacked head coach Paulo Mendes after a sixth successive defeat left the Panaji club ninth in the Premier Football League.\n\nMendes is owed about Rs 2.4 crore in compensation. A spokesperson for the club declined to comment on the figure. "The terms of his departure are confidential," the spokesperson said.',
            "terms of his departure",
            "Deccan Rovers",
        ),
    ],
)
def test_a_competition_is_no_club(article: str, part: str, speaker: str) -> None:
    assert _speaker_of(article, part) == speaker
