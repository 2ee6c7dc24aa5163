# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Speakers found wrong in the round-14 probe, on synthetic articles written for these
tests (invented people, bands, ships, firms and places; no article from any eval split):
words a vessel signals, a log or a set of minutes records or a craft transmits are not
the words of whoever reports them ("The destroyer HMNZS Taranaki signalled ‘…’, and
Commander X said", "The ship's log recorded ‘…’, historian X said"); a spokesman, lawyer
or representative "for the family/estate/parents/widow/manager of X" speaks for that
party, not as X (while "A spokesman for singer X" is X's, the dev convention); a "he" or
"she" who wrote in their own memoir or diary, or spoke in an interview of a past year,
may be someone the article reports has died; a surname alone that the recognizer took
for a place or a body, given a post ("Laidlaw, the band's drummer, said"), is the one
person named in full with it. Beats: navy, maritime, local government, space, music,
obituaries, courts, rugby, fisheries, horse racing, mining."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in build_brief(text).quotes]


def _speaker_of(text: str, start: str) -> str:
    found = _speakers_of(text, start)
    assert found, f"no quote starting {start!r}"
    return found[0]


def _speakers_of(text: str, start: str) -> list[str]:
    """Who each listed quote starting so is credited to (short words a thing shows or
    a spokesman's two words may not be listed at all)."""
    return [speaker for words, speaker in _quotes(text) if words.startswith(start)]


# --- words a vessel, a log or a craft puts out ------------------------------------------


@pytest.mark.parametrize(
    ("article", "start", "reporter"),
    [
        (
            'Navy\n\nThe destroyer HMNZS Taranaki signalled "Request permission to enter harbour" at 0600, and Commander Aroha Tane said the crew were in good spirits.',
            "Request permission",
            "Aroha Tane",
        ),
        (
            'Navy\n\nThe frigate HMS Ardent signalled "All hands safe" shortly before dawn, Captain Ian Moss told reporters.',
            "All hands safe",
            "Ian Moss",
        ),
        (
            'Maritime history\n\nThe ship\'s log recorded "Heavy seas, two men lost overboard" on the night of the storm, historian Dr Colin Barr said.',
            "Heavy seas",
            "Colin Barr",
        ),
        (
            "Fishing disaster\n\nThe trawler's log recorded \"Gale force nine, nets lost\" that night, the skipper's widow, Mairi Gunn, said.",
            "Gale force",
            "Mairi Gunn",
        ),
        (
            'Council\n\nThe minutes of the meeting recorded "No objections received", but councillor Rhian Price said residents had written in.',
            "No objections",
            "Rhian Price",
        ),
        (
            'Space\n\nThe lander transmitted "Touchdown confirmed" at 14:02, mission director Dr Amaka Eze said.',
            "Touchdown",
            "Amaka Eze",
        ),
    ],
)
def test_words_a_thing_sends_are_not_the_reporters(article, start, reporter):
    # (such words may be listed unattributed, or as written; never as the reporter's)
    assert reporter not in _speakers_of(article, start)
    assert reporter in article


def test_a_skipper_who_speaks_later_is_still_credited():
    article = 'Fisheries\n\nThe trawler Ocean Harvest signalled "Mayday, mayday" at 3am, the coastguard said. Skipper Alan Buchan, 52, said later: "We were lucky."'
    assert _speaker_of(article, "We were lucky") == "Alan Buchan"
    assert "Alan Buchan" not in _speakers_of(article, "Mayday")


# --- a spokesman for someone's family, estate or manager --------------------------------


@pytest.mark.parametrize(
    ("article", "start", "named"),
    [
        (
            'Obituary\n\nA spokesman for the family of singer Marlon Vesey said: "He passed away peacefully at home."',
            "He passed away",
            "Marlon Vesey",
        ),
        (
            'Inquest\n\nA lawyer for the family of cyclist Tom Reid said: "They want answers from the council."',
            "They want answers",
            "Tom Reid",
        ),
        (
            'Music\n\nA representative for the estate of rapper Prince Obi told Billboard: "The unreleased songs will stay unreleased."',
            "The unreleased",
            "Prince Obi",
        ),
        (
            'Appeal\n\nA spokeswoman for the parents of Ellie Ward, 7, said: "They are overwhelmed by the support."',
            "They are overwhelmed",
            "Ellie Ward",
        ),
        (
            'Racing\n\nA spokesman for the widow of jockey Pat Quinn said she was "deeply touched" by the tributes.',
            "deeply touched",
            "Pat Quinn",
        ),
        (
            'Showbiz\n\nA spokesman for the manager of singer Ruby Lane said: "Ruby is recovering well."',
            "Ruby is recovering",
            "Ruby Lane",
        ),
        (
            'Athletics\n\nA spokesperson for the family of Kenyan runner David Kiprono said: "We ask for privacy."',
            "We ask for",
            "David Kiprono",
        ),
    ],
)
def test_spokesman_for_someones_family_is_not_them(article, start, named):
    speakers = " | ".join(_speakers_of(article, start))
    assert named.split()[-1] not in speakers
    assert named in article


def test_spokesman_for_the_singer_speaks_as_the_singer():
    # the dev references' convention: "A spokesman for Haddington said" is Haddington's
    article = 'Tributes\n\nA spokesman for singer Isla Brannan, who recorded a duet with him in 1988, said she was "devastated".'
    assert _speaker_of(article, "devastated") == "Isla Brannan"


# --- the dead person's own past words ----------------------------------------------------


@pytest.mark.parametrize(
    ("article", "start", "speaker"),
    [
        (
            'Obituary\n\nDerek Munro, the haulage boss, has died aged 81. In his 2009 memoir, Road Dust, published by Birlinn, he wrote: "I never owned a suit that fitted."',
            "I never owned",
            "Derek Munro",
        ),
        (
            'Obituary\n\nThe actor Celia Braithwaite has died aged 88. Asked in a 1998 interview why she had never gone to Hollywood, she said: "They wanted me thinner and quieter."',
            "They wanted",
            "Celia Braithwaite",
        ),
        (
            'Obituary\n\nDame Jean Holt, the broadcaster, has died aged 95. In her autobiography, she wrote: "I was always the only woman in the room."',
            "I was always",
            "Jean Holt",
        ),
        (
            'Court\n\nAda Moyo died in hospital two days after the crash. In her diary, she had written: "Tomorrow I start my new job."',
            "Tomorrow I start",
            "Ada Moyo",
        ),
        (
            'Inquest\n\nLiam Tate was killed in the crash. In a 2019 interview with his club\'s website, he said: "Football is my whole life."',
            "Football is my",
            "Liam Tate",
        ),
    ],
)
def test_own_past_words_of_someone_who_has_died(article, start, speaker):
    assert _speaker_of(article, start) == speaker


def test_someone_who_died_is_still_not_a_later_she():
    # no memoir, diary or past interview: the one who died does not speak
    article = (
        'Crash\n\nHer daughter, Ada Pike, died a day later. "We will never get over it," she said.'
    )
    assert _speaker_of(article, "We will never") != "Ada Pike"


# --- a surname the recognizer took for a place or a body --------------------------------


@pytest.mark.parametrize(
    ("first", "surname", "post"),
    [
        ("Fergus", "Laidlaw", "the band's drummer"),
        ("Ian", "Buchan", "the harbour master"),
        ("Mark", "Kingston", "the mine manager"),
        ("Kate", "Lincoln", "the sheriff"),
        ("Jo", "Durban", "the coach"),
    ],
)
def test_surname_alone_with_a_post_is_the_person(first, surname, post):
    article = f'News\n\nThe festival was founded by {first} {surname} in 1988, and the first event drew 400 people.\n\n{surname}, {post}, said: "We never expected it to last."'
    assert _speaker_of(article, "We never expected") == f"{first} {surname}"


def test_surname_alone_with_a_post_keeps_the_post_as_role():
    article = 'Obituary\n\nHe formed the band with his schoolfriend Fergus Laidlaw in 1971, and its third album sold a million copies.\n\nLaidlaw, the band\'s drummer, said: "He never counted us in."'
    assert _speaker_of(article, "He never counted") == "Fergus Laidlaw"
    roles = {a.name: a.role for a in build_brief(article).actors}
    assert roles.get("Fergus Laidlaw") == "the band's drummer"


def test_a_country_alone_is_never_a_persons_surname():
    article = 'Diplomacy\n\nSenator Chris Jordan met officials in Amman on Monday. Jordan said it "will not accept" any forced displacement, the ministry added.'
    assert _speaker_of(article, "will not accept") != "Chris Jordan"


# --- a motto, a slogan or a song's words --------------------------------------------------


@pytest.mark.parametrize(
    ("article", "start", "reporter"),
    [
        (
            'Music\n\nThe chorus of the anthem goes "We are the river, we are the sea", and singer Maya Lund said fans sang it back every night.',
            "We are the river",
            "Maya Lund",
        ),
        (
            'Military\n\nThe regiment\'s motto, "Nemo me impune lacessit", is carved above the gate, Colonel Ruaridh Grant said.',
            "Nemo me",
            "Ruaridh Grant",
        ),
        (
            'Schools\n\nThe school\'s motto, "Learn to serve", was chosen in 1902, head teacher Alun Pryce said.',
            "Learn to serve",
            "Alun Pryce",
        ),
        (
            'Football\n\nThe club\'s slogan, "Never walk alone", is painted in the tunnel, manager Kevin Dunne said.',
            "Never walk alone",
            "Kevin Dunne",
        ),
        (
            'Business\n\nThe firm, whose motto is "Built to last", employs 300 people, chief executive Ruth Gale said.',
            "Built to last",
            "Ruth Gale",
        ),
        (
            'Politics\n\nThe campaign\'s slogan, "Take back our high street", appeared on every lamp post, organiser Kim Tan said.',
            "Take back",
            "Kim Tan",
        ),
    ],
)
def test_a_motto_slogan_or_chorus_is_not_the_reporters(article, start, reporter):
    assert reporter not in _speakers_of(article, start)
    assert reporter in article


def test_words_after_another_noun_stay_the_speakers():
    # "The answer is ‘…’" is no motto: the words stay the speaker's
    article = 'Council\n\nThe answer is "no, and it will stay no", council leader Dai Morgan said on Tuesday.'
    assert _speaker_of(article, "no, and it will") == "Dai Morgan"


# --- someone caught saying the words ----------------------------------------------------


@pytest.mark.parametrize(
    ("article", "start", "reporter"),
    [
        (
            'Cricket\n\nThe referee was heard on the stump mic telling the bowler "That\'s your final warning", umpire coach Dilip Rao said.',
            "That's your final",
            "Dilip Rao",
        ),
        (
            'Aviation\n\nThe pilot could be heard telling passengers "We are returning to Glasgow", traveller Ross Kerr said.',
            "We are returning",
            "Ross Kerr",
        ),
        (
            'Courts\n\nA police officer was recorded telling the man "You are not under arrest", barrister Helen Quirk told the court.',
            "You are not under",
            "Helen Quirk",
        ),
        (
            'Politics\n\nThe minister was overheard calling the plan "a dog\'s dinner", a Labour source claimed.',
            "a dog's dinner",
            "a Labour source",
        ),
    ],
)
def test_words_someone_was_heard_saying_are_not_the_reporters(article, start, reporter):
    assert reporter not in _speakers_of(article, start)
    assert reporter in article


@pytest.mark.parametrize(
    ("article", "start", "speaker"),
    [
        (
            'Music\n\nSinger Ann Lee was heard telling fans "Thank you, Glasgow" as the lights went down, promoter Ian Bell said.',
            "Thank you",
            "Ann Lee",
        ),
        (
            'Politics\n\nCouncillor Tom Pryce was caught on a hot mic saying "This will never pass", opposition leader Ruth Eze said.',
            "This will never",
            "Tom Pryce",
        ),
    ],
)
def test_a_named_person_heard_saying_the_words_is_credited(article, start, speaker):
    assert _speaker_of(article, start) == speaker


# --- a name someone is known by ---------------------------------------------------------


@pytest.mark.parametrize(
    ("article", "start", "reporter"),
    [
        (
            'Obituary\n\nKnown to fans as "the Voice of the Valleys", the tenor Emrys Lloyd has died aged 90, his agent, Carys Bevan, said.',
            "the Voice of the Valleys",
            "Carys Bevan",
        ),
        (
            'Obituary\n\nThe fiddler, known to his friends as "Wee Tam", played at every ceilidh in the glen, his daughter Isla Munro said.',
            "Wee Tam",
            "Isla Munro",
        ),
        (
            'Golf\n\nKnown among caddies as "the Professor", Alan Reid won three titles, tour official Gary Bain said.',
            "the Professor",
            "Gary Bain",
        ),
    ],
)
def test_a_name_known_to_some_is_nobodys_speech(article, start, reporter):
    assert reporter not in _speakers_of(article, start)
    assert reporter in article
