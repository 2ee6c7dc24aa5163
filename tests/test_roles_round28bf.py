# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles, round 28b, on synthetic passages written for these tests (invented retailers,
airlines, carmakers, clubs, parties and their people). A body or person named after
"Rival" or "Rivals" opening the sentence ("Rival Hatton and Bryce reported", "Rival
Jetcrest has complained", "Rivals Pemberton Ltd and Ashgrove Group declined") is the
story's rival: the word is their role and no part of their name, as "Its rival Marlow
Airways" already gave. Other glued words ("Former", "Fellow", "Outgoing") opening a name
are no role by themselves, and "rival" used as an adjective on another noun ("The rival
bid from Fennick Holdings") or in a possessive ("Mr Obi's rival, Tunde Bakare,") is left
to the readers that already handle it. Beats: retail, aviation, motoring, sport,
politics; UK, Irish, Australian, Nigerian, Indian and Canadian usage."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief

H = "Headline here\n\n"


def actors_of(text: str) -> dict[str, str | None]:
    return {a.name: a.role for a in build_brief(H + text).actors}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Rival Hatton and Bryce reported on Tuesday that its own sales had risen 2%, helped by its beauty halls.",
            "Hatton and Bryce",
        ),
        (
            "Rival Jetcrest has complained that the deal would leave it facing a single operator on eight routes out of Belfast.",
            "Jetcrest",
        ),
        (
            "Rival Northway Foods said its own sales fell 3% in the quarter to September.",
            "Northway Foods",
        ),
        (
            "Rival Kingfisher Air cut its fares on the Lagos to Abuja route by 15 per cent last week.",
            "Kingfisher Air",
        ),
        (
            "Rival Tasman Freight said on Monday it would match the price cut from January.",
            "Tasman Freight",
        ),
        (
            "Rival Bharat Cement Ltd reported a 9 per cent rise in quarterly profit on Friday.",
            "Bharat Cement Ltd",
        ),
        (
            "Rivals Pemberton Ltd and Ashgrove Group both declined to comment on the ruling.",
            "Pemberton Ltd",
        ),
    ],
)
def test_rival_opening_the_sentence_is_the_role(text: str, name: str) -> None:
    found = actors_of(text)
    assert name in found, found
    assert (found[name] or "").casefold() == "rival"
    assert not any(n.casefold().startswith("rival") for n in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Former Rovers striker Danny Clegg said the club had lost its way.", "Danny Clegg"),
        (
            "Outgoing Maple Leaf Bank said it would sell the branch network by March.",
            "Maple Leaf Bank",
        ),
        ("Fellow Kestrel Foods director Ann Kowal said the board had been misled.", "Ann Kowal"),
        ("Mr Obi's rival, Tunde Bakare, conceded defeat on Sunday night.", "Tunde Bakare"),
        ("Ann Kowalski, a rival of the mayor, said the budget would not pass.", "Ann Kowalski"),
    ],
)
def test_other_glued_words_and_rivals_read_elsewhere_unchanged(text: str, name: str) -> None:
    found = actors_of(text)
    assert name in found, found
    assert found[name] != "rival"


def test_rival_adjective_on_another_noun_gives_no_rival_role() -> None:
    found = actors_of("The rival bid from Fennick Holdings was rejected by the board on Friday.")
    assert "Fennick Holdings" in found, found
    assert found["Fennick Holdings"] is None


# A placing written with its verb left out, after "and" or "with" in a sentence that
# already gives a placing or a win ("Jodie Lancaster was second in 7.14 and Ruth
# Achterberg third in 7.19", "won in 2:18:02, with Tirunesh Bekele second"): the
# placing is that athlete's role.
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Jodie Lancaster was second in 7.14 and Ruth Achterberg third in 7.19.",
            "Ruth Achterberg",
            "third",
        ),
        (
            "Mary Keitany won in 2:18:02, with Tirunesh Bekele second and Edna Kiplagat third.",
            "Tirunesh Bekele",
            "second",
        ),
        (
            "Mary Keitany won in 2:18:02, with Tirunesh Bekele second and Edna Kiplagat third.",
            "Edna Kiplagat",
            "third",
        ),
        (
            "The 27-year-old finished 1 minute 52 seconds clear of Meseret Alemu, with Germany's Lena Hartwig third in a national record of 2:19:41.",
            "Lena Hartwig",
            "third",
        ),
        (
            "Callum Reid finished second in the men's 800m, with Declan Fahy fourth in 1:47.10.",
            "Declan Fahy",
            "fourth",
        ),
        (
            "Siddharth Rao won the 400m hurdles in 49.8 seconds, with Arjun Menon second.",
            "Arjun Menon",
            "second",
        ),
        (
            "Thandiwe Mokoena came third in the women's 1500m and Lerato Dube fifth.",
            "Lerato Dube",
            "fifth",
        ),
    ],
)
def test_a_placing_with_its_verb_left_out_is_the_role(text: str, name: str, role: str) -> None:
    surname = name.split()[-1]
    found = actors_of(f"{text} {surname}, 23, said she had not expected to make the podium.")
    assert name in found, found
    assert (found[name] or "").casefold() == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no placing or win told before: an ordinal after a name tells no placing
        ("The motion passed on Tuesday, with Cllr Ann Lee first to speak against it.", "Ann Lee"),
        (
            "Officers spoke to Tom Reid and Ann Kowal second, after the driver had been treated.",
            "Ann Kowal",
        ),
        # a list's order, not a contest's
        (
            "Ann Lee was second on the ballot and Tom Reid third on the list of speakers.",
            "Tom Reid",
        ),
        # the ordinal opens a longer phrase
        (
            "Kofi Mensah won the seat easily, with Ama Owusu second-guessing her campaign.",
            "Ama Owusu",
        ),
        ("Priya Nair won the vote, with Rahul Iyer third time lucky in the ward.", "Rahul Iyer"),
    ],
)
def test_an_ordinal_after_a_name_without_a_race_is_no_placing(text: str, name: str) -> None:
    surname = name.split()[-1]
    found = actors_of(f"{text} {surname}, 41, said she would say more later.")
    assert name in found, found
    assert (found[name] or "").casefold() not in ("first", "second", "third", "fourth", "fifth")


# An event named as whose it is, fronted before the winner's verb with no object ("In
# the women's 400m, Abena Mensah won in 51.2 seconds") is the contest won; the same
# phrase before a win of something else ("won her heat", "won a bronze") is not.
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "In the women's 400m, Abena Mensah won in 51.2 seconds. Mensah, 22, is coached by her father.",
            "Abena Mensah",
            "winner of the women's 400m",
        ),
        (
            "In the men's 1500m, Cormac Doyle won by a stride from the favourite. Doyle, 24, trains in Limerick.",
            "Cormac Doyle",
            "winner of the men's 1500m",
        ),
        (
            "In the girls' 100m freestyle, Mei Ling Tan won comfortably. Tan, 16, set a personal best.",
            "Mei Ling Tan",
            "winner of the girls' 100m freestyle",
        ),
        (
            "In the women's javelin, Kelsey Moran won with her last throw. Moran, 29, is from Perth.",
            "Kelsey Moran",
            "winner of the women's javelin",
        ),
    ],
)
def test_a_fronted_event_is_the_contest_won(text: str, name: str, role: str) -> None:
    found = actors_of(text)
    assert name in found, found
    assert found[name] == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "In the women's 400m, Abena Mensah won her heat in 52.1 seconds. Mensah, 22, runs in the final on Sunday.",
            "Abena Mensah",
        ),
        (
            "In the men's 1500m, Cormac Doyle won a bronze medal behind two Kenyans. Doyle, 24, trains in Limerick.",
            "Cormac Doyle",
        ),
        (
            "In the women's javelin, Kelsey Moran did not win despite a season's best. Moran, 29, is from Perth.",
            "Kelsey Moran",
        ),
        (
            "In the women's 400m, Abena Mensah finished fourth. Mensah, 22, is coached by her father.",
            "Abena Mensah",
        ),
    ],
)
def test_a_fronted_event_before_another_win_is_not_the_contest_won(text: str, name: str) -> None:
    found = actors_of(text)
    assert name in found, found
    assert not (found[name] or "").startswith("winner of the")


# What a relative clause says someone did, as their only description, is kept when it is
# the story's act ("who called 999", "which brought the prosecution"); one dated to a
# past year or season ("which won the contract in 2021", "who was 11th at the same
# championships last year") is history, and one added with "also" ("who also earned a
# five-year exemption") is a further act: neither is the part they play.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Meridian Tunnelling, which won the $1.2 billion contract in 2021, told the agency it would not finish the works. Meridian Tunnelling declined to comment.",
            "Meridian Tunnelling",
        ),
        (
            "Kirsty Penhaligon, who was 11th at the same championships last year, finished strongly. Penhaligon said she was delighted.",
            "Kirsty Penhaligon",
        ),
        (
            "Adebayo Holdings, which bought the site in 2016, said it would appeal. Adebayo Holdings has 28 days to lodge it.",
            "Adebayo Holdings",
        ),
        (
            "Tom Ekwueme, who also earned a five-year exemption, said it was his best week. Ekwueme turned professional in 2012.",
            "Tom Ekwueme",
        ),
        (
            "Sarah Chong, who also scored twice last season, said the side was ready. Chong joined from Tampines in June.",
            "Sarah Chong",
        ),
    ],
)
def test_a_dated_or_added_act_is_no_role(text: str, name: str) -> None:
    found = actors_of(text)
    assert name in found, found
    assert found[name] is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Ann Mbeki, who called 999 on Sunday, said the smoke was thick. Mbeki, 45, said she ran outside.",
            "Ann Mbeki",
            "called 999 on Sunday",
        ),
        (
            "Dunmore Council, which brought the prosecution, said it welcomed the sentence. Dunmore Council will now seek costs.",
            "Dunmore Council",
            "brought the prosecution",
        ),
        (
            "Ravi Menon, who owns 12% of the company, said he would vote against the deal. Menon declined to say more.",
            "Ravi Menon",
            "owns 12% of the company",
        ),
    ],
)
def test_the_storys_own_act_or_a_calling_stays(text: str, name: str, role: str) -> None:
    found = actors_of(text)
    assert name in found, found
    assert found[name] == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Cormac Doyle won a bronze medal behind two Kenyans in the men's 1500m. Doyle, 24, trains in Limerick.",
            "Cormac Doyle",
        ),
        (
            "Aisha Bello won the silver medal in the women's long jump in Abuja. Bello, 20, was delighted.",
            "Aisha Bello",
        ),
    ],
)
def test_a_silver_or_bronze_medal_is_no_win(text: str, name: str) -> None:
    found = actors_of(text)
    assert name in found, found
    assert not (found[name] or "").startswith("winner of")


def test_a_gold_medal_is_still_won() -> None:
    found = actors_of(
        "Aisha Bello won the gold medal in the women's long jump in Abuja. Bello, 20, was delighted."
    )
    assert (found.get("Aisha Bello") or "").startswith("winner of")
