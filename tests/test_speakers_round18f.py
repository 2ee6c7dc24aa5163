# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Speakers found wrong in the round-18 probe, on synthetic passages written for these
tests (invented people, bodies and places; no article from any eval split): a
description of one office of state is not the person the article gave another ("The
Speaker, Mr A ... the governor said"); a woman called "chairman" or "spokesman" is still
who a later "she" stands for; a person named as the agent of a deed dated to a year
("built by Sir Robert Lyle in 1790") is history, not who a later "he" is. Beats:
Nigerian and Ghanaian politics, labour, health, business, sport, heritage, science."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _speakers_of(text: str, part: str) -> list[str]:
    """Who each listed quote holding `part` is credited to."""
    return [q.speaker for q in build_brief(text).quotes if part in q.text]


# --- one office of state is not another -------------------------------------------------


@pytest.mark.parametrize(
    ("article", "part", "other"),
    [
        (
            'Strike\n\nThe Speaker, Mr Yusuf Abdul, told journalists the assembly would meet.\n\n"The budget will be ready next week," the governor said.',
            "budget will be ready",
            "Yusuf Abdul",
        ),
        (
            'Politics\n\nSenator Mary Ode spoke first.\n\n"We need the money now," the minister said.',
            "money now",
            "Mary Ode",
        ),
        (
            'Politics\n\nVice-President Kwame Asante met the unions. Speaker Joyce Bamford-Addo chaired the session.\n\n"There will be no sackings," the president said.',
            "no sackings",
            "Joyce Bamford-Addo",
        ),
        (
            'Politics\n\nCommissioner Ngozi Ibe visited the site.\n\n"We are not satisfied," the governor said.',
            "not satisfied",
            "Ngozi Ibe",
        ),
    ],
)
def test_a_description_of_another_office_is_not_the_one_just_named(article, part, other):
    speakers = _speakers_of(article, part)
    assert speakers, "the quote is listed"
    assert speakers[0] != other


def test_the_same_office_still_names_its_holder_where_another_does_not():
    same = 'Politics\n\nGovernor Yusuf Abdul told journalists the assembly would meet.\n\n"The budget will be ready next week," the governor said.'
    other = 'Strike\n\nThe Speaker, Mr Yusuf Abdul, told journalists the assembly would meet.\n\n"The budget will be ready next week," the governor said.'
    assert _speakers_of(same, "budget will be ready") == ["Yusuf Abdul"]
    assert _speakers_of(other, "budget will be ready") != ["Yusuf Abdul"]
    both = 'Politics\n\nGovernor Ade Lawal visited the site with Commissioner Ngozi Ibe. "Work resumes on Monday," the commissioner said.'
    assert _speakers_of(both, "Work resumes") == ["Ngozi Ibe"]


# --- a woman called "chairman" --------------------------------------------------------


@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        (
            'Health\n\nMrs Ngozi Eze said the rule applies.\n\nIts chairman, Dr Adaeze Okafor, said units would open. "We will not abandon patients," she said.',
            "abandon patients",
            "Adaeze Okafor",
        ),
        (
            'Health\n\nThe Nigeria Medical Association said its members would join the strike.\n\nIts chairman, Dr Adaeze Okafor, said emergency units would remain open. "We will not abandon patients," she said.',
            "abandon patients",
            "Adaeze Okafor",
        ),
        (
            'Sport\n\nClub chairman Linda Price said the manager would stay. "He has our full backing," she said.',
            "full backing",
            "Linda Price",
        ),
    ],
)
def test_a_woman_called_chairman_is_who_she_stands_for(article, part, speaker):
    assert _speakers_of(article, part) == [speaker]


def test_a_man_called_chairman_is_still_a_he_and_a_woman_she():
    man = 'Business\n\nMrs Grace Obi said profits fell.\n\nThe chairman, Mr Kola Ade, said margins held. "It was a hard year," he said.'
    woman = 'Business\n\nMrs Ngozi Eze said the rule applies.\n\nThe chairman, Dr Grace Obi, said margins held. "It was a hard year," she said.'
    assert _speakers_of(man, "hard year") == ["Kola Ade"]
    assert _speakers_of(woman, "hard year") == ["Grace Obi"]


# --- the agent of a deed dated to a year ----------------------------------------------


@pytest.mark.parametrize(
    ("article", "part", "not_the_speaker"),
    [
        (
            'Heritage\n\nThe church was built by Sir Robert Lyle in 1790. "It needs a new roof," he said.',
            "new roof",
            "Robert Lyle",
        ),
        (
            'Science\n\nThe comet was discovered by Carl Berger in 1911. "It returns every 70 years," he said.',
            "every 70 years",
            "Carl Berger",
        ),
        (
            'Business\n\nThe firm was founded by Hugh Dane in 1887. "We are still a family business," he said.',
            "family business",
            "Hugh Dane",
        ),
    ],
)
def test_the_agent_of_a_dated_deed_is_not_a_later_he(article, part, not_the_speaker):
    speakers = _speakers_of(article, part)
    assert speakers, "the quote is listed"
    assert speakers[0] != not_the_speaker


def test_the_agent_of_an_undated_passive_still_speaks_where_a_dated_one_does_not():
    undated = 'Racing\n\nThe horse was bred by Sean Grady. "He was always a big baby," he said.'
    dated = (
        'Racing\n\nThe horse was bred by Sean Grady in 1998. "He was always a big baby," he said.'
    )
    assert _speakers_of(undated, "big baby") == ["Sean Grady"]
    assert _speakers_of(dated, "big baby") != ["Sean Grady"]
    coached = 'Sport\n\nThe team is coached by Sola Ade. "We have improved," he said.'
    assert _speakers_of(coached, "We have improved") == ["Sola Ade"]


# --- a post set off by commas before the name, however the parser joined them ----------


@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        (
            'Strike\n\nMinister urges talks\n\nAlso reacting, the Minister of Labour and Employment, Dr Emeka Oduah, who spoke through his Special Adviser on Media, Mr Tunde Alabi, urged both sides to embrace dialogue.\n\n"Strikes hurt the very workers they are meant to protect," the minister said.',
            "Strikes hurt",
            "Emeka Oduah",
        ),
        (
            'Health\n\nClinic opens in Tamale\n\nAlso speaking, the Regional Director of Health, Dr Kofi Mensah, who spoke through his deputy, Dr Yaw Boateng, praised nurses.\n\n"Nurses kept the clinic open," the director said.',
            "Nurses kept",
            "Kofi Mensah",
        ),
    ],
)
def test_the_post_before_a_name_that_spoke_through_an_aide_is_his(article, part, speaker):
    assert _speakers_of(article, part) == [speaker]


# --- the one asked answers -----------------------------------------------------------


def test_the_one_asked_is_who_replies_past_another_speaker():
    article = 'Strike\n\nUnion holds out\n\n"We will stay at home," union president Kelechi Nwosu said.\n\nMr Bashir Lawal, a trader, said his takings had halved. "Nobody is buying anything," Lawal said.\n\nAt a news conference later, Nwosu was asked if the union would suspend the strike.\n\n"No. Half of a salary is not a salary," he replied.'
    assert _speakers_of(article, "Half of a salary") == ["Kelechi Nwosu"]


def test_the_one_asked_to_stand_is_not_who_tells_him():
    article = 'Court\n\nBail refused\n\n"The case is grave," Judge Mark Reed said.\n\nMr Adam Pryce, a witness, said he had seen the attack. "It was quick," Pryce said.\n\nThe defendant, Tom Bale, was asked whether he understood.\n\n"You are a danger to the public," he told him.'
    court = _speakers_of(article, "danger to the public")
    assert court, "the quote is listed"
    assert court[0] != "Tom Bale"
    replied = article.replace("he told him.", "he replied.").replace(
        "You are a danger to the public", "I do understand it"
    )
    assert _speakers_of(replied, "I do understand") == ["Tom Bale"]


# --- a body's common noun the tagger called proper ------------------------------------


@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        (
            'Union\n\nUnion hits back\n\nThe Federated Workers Congress began a strike on Monday.\n\nIn a statement signed by its General Secretary, Mrs Halima Yusuf, the congress described the threat as "intimidation that will not work".',
            "intimidation",
            "Federated Workers Congress",
        ),
        (
            'Politics\n\nBill passes\n\nThe Senate passed the bill on Tuesday.\n\n"This is a great day," the senate said in a statement.',
            "great day",
            "Senate",
        ),
    ],
)
def test_a_body_noun_in_lower_case_tagged_proper_is_the_body(article, part, speaker):
    assert _speakers_of(article, part) == [speaker]
