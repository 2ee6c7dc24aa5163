# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Actors, round 16 (helper e), on synthetic passages written for these tests (invented
people, soaps, songs, theatres, bridges and villages; real public bodies appear only as
the kind of name they are): a part an actor plays when the parser reads the verb of
acting as an auxiliary ("who played scheming landlady Bridie Kinsella"); a name described
as a song or a building ("Harbour Lights, the 1998 hit by ...", "the Marlowe Theatre,
the Victorian playhouse ..."); the maker of a work or a building long ago, or the one a
thing is named after ("designed by Horace Pellow and opened in 1864", "named after
Florence Nightingale"), named in passing. Beats and outlets: entertainment (tabloid),
heritage (local), health (broadcaster), music (broadsheet); UK and Irish English."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief


def actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(text).actors}


def names(text: str) -> set[str]:
    return {n for a in build_brief(text).actors for n in (a.name, *a.aliases)}


# A part an actor plays, the verb of acting read by the parser as an auxiliary.

LANDLADY = """The former soap star, 52, who played scheming landlady Bridie Kinsella in Quay Street for 11 years, told the contestant her audition was poor.

Judge Donna Featherstone later apologised."""


def test_a_part_played_is_no_actor_when_the_verb_reads_as_an_auxiliary() -> None:
    found = names(LANDLADY)
    assert not {"Bridie Kinsella", "Kinsella"} & found
    assert actors(LANDLADY).get("Donna Featherstone") == "person"


# A name described as a song or a building.

SONG = """Contestant Aoife Brennan, 17, sang Harbour Lights, the 1998 hit by folk band The Saltee Rovers, before breaking down in tears."""

THEATRE = """Backstage, the judge clashed with the girl's mother in a corridor of the Marlowe Theatre, the old playhouse where the show is filmed.

Producer Tom Ashdown said security had to step in."""


def test_a_name_described_as_a_song_or_a_building_is_no_actor() -> None:
    found = names(SONG)
    assert not {"Harbour Lights", "Lights"} & found
    assert actors(SONG).get("Aoife Brennan") == "person"
    assert "Marlowe Theatre" not in names(THEATRE)
    assert actors(THEATRE).get("Tom Ashdown") == "person"


# The maker of a work or a building long ago, or the one a thing is named after.

BRIDGE = """The Calder footbridge will close for six months of repairs from Monday, the council said.

The bridge was designed by Horace Pellow and opened in 1864.

Councillor Ruth Amadi said: "We know how much people love it." """

WARD = """A hospital ward has reopened after a £2m refit, the health board said.

The ward is named after Florence Nightingale, who trained nurses at the hospital.

Ward manager Kemi Adeyemi said patients had been moved back on Tuesday."""

TUNE = """The tune was written by Percy Frenchman in 1896 and is still sung at matches, said Liam Dunne, the club's historian."""

REPORT = """The report, written by Dr Ann Lowry, found that waiting times had doubled."""


def test_a_maker_of_the_past_or_a_namesake_is_no_actor() -> None:
    assert "Horace Pellow" not in names(BRIDGE)
    assert actors(BRIDGE).get("Ruth Amadi") == "person"
    assert "Florence Nightingale" not in names(WARD)
    assert actors(WARD).get("Kemi Adeyemi") == "person"
    assert "Percy Frenchman" not in names(TUNE)
    assert actors(TUNE).get("Liam Dunne") == "person"
    # (the author of today's report, with no date of the past, stays)
    assert actors(REPORT).get("Ann Lowry") == "person"


# A place written with its county after "in", acting in its sentence.

HEAT = """Santon Downham in Suffolk reached 35.8C on Tuesday, the hottest place in the country, forecaster Ellen Marsh said."""

FLOOD = """Kirkby Thore in Cumbria was cut off by floodwater for two days, and Ballykeel in County Antrim had the lowest temperature, at -6C.

Resident Gareth Pryce said the village had been "forgotten"."""

HIRING = """Tesco in Ireland said it would hire 500 staff this year, and Emma Dunne in Co Clare told the programme her home had flooded twice."""


def test_a_place_written_with_its_county_is_no_actor() -> None:
    assert "Santon Downham" not in names(HEAT)
    assert actors(HEAT).get("Ellen Marsh") == "person"
    found = names(FLOOD)
    assert not {"Kirkby Thore", "Ballykeel"} & found
    assert actors(FLOOD).get("Gareth Pryce") == "person"
    # (a body that speaks and a person by her given name stay)
    assert actors(HIRING).get("Tesco") == "organization"
    assert actors(HIRING).get("Emma Dunne") == "person"


# A given name and a surname that the recognizer calls a body, with nothing that says
# a body (no role, no "it").

MOTHER = """Aoife Gilmartin, 17, sang on Saturday. Her mother, Sinéad Gilmartin, 44, said she was furious."""

STORE = """Harvey Nichols said it would close its Leeds store in March."""


def test_a_given_name_and_surname_called_a_body_is_a_person() -> None:
    found = actors(MOTHER)
    assert found.get("Aoife Gilmartin") == "person"
    assert found.get("Sinéad Gilmartin") == "person"
    # (a store named after a person, taken up as "it", stays a body)
    assert actors(STORE).get("Harvey Nichols") == "organization"


THEATRE_COMPANY = """Silver Tide, staged by the Brackley Playhouse in Halifax, won the top prize.

Actor Martin Doyle founded the Brackley Playhouse in 1971 and ran it for almost three decades.

The Brackley Playhouse's executive director, Leanne Horsfall, said the win came at a difficult time."""


def test_a_body_once_written_with_its_town_stays_an_actor() -> None:
    assert actors(THEATRE_COMPANY).get("Brackley Playhouse") == "organization"


# A broadcaster's name closed by "TV" or "Radio", which the recognizer calls a person.

BROADCASTER = """Broadcaster Lir TV stood by its judge, and Kerry Radio said it had received dozens of calls."""


def test_a_broadcaster_closed_by_tv_or_radio_is_a_body() -> None:
    found = actors(BROADCASTER)
    assert found.get("Lir TV") == "organization"
    assert found.get("Kerry Radio") == "organization"


# A part told by a participle's clause with its actor.

PLAYED_BY = """Shira Cole, played by Anna Jeffs, returns to the square in the new year, the soap's producers said.

Jeffs, 31, said she had "missed everyone"."""


def test_a_part_played_by_an_actor_is_no_actor() -> None:
    found = names(PLAYED_BY)
    assert "Shira Cole" not in found
    assert actors(PLAYED_BY).get("Anna Jeffs") == "person"


# A sponsor's noun glued before a body's name, as a standfirst writes it.

SPONSOR = """Sponsor Vantora 'reviewing' its deal with the show

Vantora, the mobile network whose logo appears before every ad break, said it was "reviewing" its €1.2 million deal."""


def test_a_sponsor_noun_glued_before_a_body_is_no_word_of_its_name() -> None:
    found = actors(SPONSOR)
    assert "Sponsor Vantora" not in found
    assert found.get("Vantora") == "organization"
