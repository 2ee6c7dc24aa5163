# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Actors, round 19 (helper e), on synthetic passages written for these tests (invented
people, theatres, trusts, firms and towns): the maker of a lasting thing named only as
the one who designed, built, laid out or carved it ("Its foyer, designed by Lionel
Barrow, is listed", "The gardens, laid out by Edwin Stallard, reopen", "the ceiling, by
the Italian craftsman Enzo Farini,") is history, not an actor, even with no date; a
making told as recent ("painted by Jess Rowe last month", "The new wing, designed by
architect Marta Solis,") or a report's author ("The review, written by Ann Lee,
found") stays an actor; a name described as an adaptation, a musical or an opera ("The
Lantern Keeper, the stage adaptation of ...") is a work, not an actor; a name that
only modifies a common noun or says a listing ("Its Art Deco foyer is Grade II listed")
is a style or a grade, no person; a venue of two words ("The Osprey Theatre") named
again by its first word after "the" ("at the Osprey") is the venue, not a place. Beats
and outlets: culture (local arts page),
heritage (broadsheet), religion (local), parks (broadcaster), building (local); UK
English."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief


def names(text: str) -> set[str]:
    return {n for a in build_brief(text).actors for n in (a.name, *a.aliases)}


# A maker of a lasting thing, named only as its maker, with no date.

FOYER = """The Kestrel Theatre will reopen on Friday after a £2m refit, its director Colin Ashdown said. Its Art Deco foyer, designed by Lionel Barrow, is Grade II listed."""

GARDENS = """The gardens at Hollin Park, laid out by Edwin Stallard, reopen on Saturday after a £3m restoration, the trust's director, Ruth Pell, said."""

CEILING = """The chapel will open to visitors again in May, said the warden, Amos Teale. The original plaster ceiling, by the Italian craftsman Enzo Farini, was restored last year."""

ORGAN = """The cathedral's organ, built by Henry Wellam, will be played for the first time since 2010 on Sunday, the dean, the Very Rev Kate Orme, said."""

PIER = """The pier was designed by Josiah Crane and carries 8,000 visitors a day in summer, councillor Dan Frome said."""


def test_a_maker_of_a_lasting_thing_named_only_so_is_no_actor() -> None:
    found = names(FOYER)
    assert "Colin Ashdown" in found
    assert "Lionel Barrow" not in found
    found = names(GARDENS)
    assert "Ruth Pell" in found
    assert "Edwin Stallard" not in found
    found = names(CEILING)
    assert "Amos Teale" in found
    assert "Enzo Farini" not in found
    found = names(ORGAN)
    assert "Kate Orme" in found
    assert "Henry Wellam" not in found
    found = names(PIER)
    assert "Dan Frome" in found
    assert "Josiah Crane" not in found


# A making the story tells as recent, or a report's author, stays.

NEW_WING = """The new wing, designed by architect Marta Solis, will open in May, she said."""

MURAL = """The mural, painted by local artist Jess Rowe last month, was vandalised on Friday. Rowe said she was heartbroken."""

REVIEW = """The review, written by Ann Lee, found that waiting lists had doubled since 2022."""

STATION = """The station, built by Balfour Beatty, opens on Monday after two years of delays, a council spokesman said."""

SCULPTURE = """The sculpture by Ola Funke was unveiled on Tuesday. Funke said it took two years."""


def test_a_maker_of_the_past_goes_but_a_recent_maker_or_an_author_stays() -> None:
    assert "Lionel Barrow" not in names(FOYER)
    assert "Marta Solis" in names(NEW_WING)
    assert "Jess Rowe" in names(MURAL)
    assert "Ann Lee" in names(REVIEW)
    assert "Ola Funke" in names(SCULPTURE)
    assert "Balfour Beatty" in names(STATION)


# A name described as an adaptation, a musical or an opera is a work.

ADAPTATION = """The Lantern Keeper, the stage adaptation of a bestselling novel, will open in Leeds on 14 March, its director, Tomás Reyes, said."""

MUSICAL = (
    """Starlight Avenue, the musical, will tour 12 cities next year, producer Kemi Adeyinka said."""
)

MUSICAL_DIRECTOR = """Dana Holt, the musical director, said the show was ready."""


def test_a_name_described_as_an_adaptation_or_a_musical_is_a_work() -> None:
    found = names(ADAPTATION)
    assert "Tomás Reyes" in found
    assert not {"Lantern Keeper", "The Lantern Keeper", "Keeper"} & found
    found = names(MUSICAL)
    assert "Kemi Adeyinka" in found
    assert "Starlight Avenue" not in found
    assert "Dana Holt" in names(MUSICAL_DIRECTOR)


# A name that only modifies a common noun or says a listing is a style or a grade.

CINEMA = """The Roxburgh Cinema in Pellow will reopen in June after a £4m restoration, its owner has said.

The Roxburgh opened in 1936 and closed in 2011. Its Art Deco foyer is Grade II listed, and the original neon sign was repaired in 2022.

The cinema's manager, Owen Tasker, said the project had taken eight years.

"People told us it would be a supermarket by now," he said."""

TOWN_HALL = """The old town hall in Marley, with its Art Nouveau staircase, will become a library, the council said on Tuesday.

The staircase is Grade I listed. Librarian Helen Pask said the move would double the space for children.

"We have waited a decade for this," she said."""


def test_a_style_or_a_listing_grade_is_no_person() -> None:
    found = names(CINEMA)
    assert "Owen Tasker" in found
    assert not {"Art Deco", "Grade II"} & found
    found = names(TOWN_HALL)
    assert "Helen Pask" in found
    assert not {"Art Nouveau", "Grade I"} & found


# A venue of two words named again by its first word after "the" is the venue, not a
# place; the whole page also checks the makers and the style above together.

OSPREY = """The Osprey Theatre in Hallbury will host the first night of a national tour next spring as the venue prepares to celebrate its 75th anniversary, its director has announced.

The Salt Road, the stage adaptation of Ada Penrose's novel that sold out its London run last year, will open at the Osprey on 14 March before visiting 11 other theatres across the north.

The Osprey's artistic director, Gerald Finch, said landing the production was "the best birthday present we could have asked for".

"Fifty years ago this building was nearly a car park," he said. "Now a show that people queued round the block for in the West End is starting its journey here, in a town of 40,000 people. That tells you something."

The tour is backed by £420,000 from the Northern Stages Fund, run by the Calderbrook Arts Council, and a further £85,000 from the Ashcott Trust, a charity set up by a local mill family.

Sponsorship has come from Tenvora, the Hallbury-based kitchen maker, whose name will appear on every poster for the tour. Tenvora said in a statement it was "proud to put our home town on the map".

A spokeswoman for the Calderbrook Arts Council said: "Audiences outside the big cities deserve to see work of this quality without a three-hour train journey."

The Osprey opened in 1951 as a cinema and was converted into a 480-seat theatre in 1976. Its Art Deco foyer, designed by Cecil Hartop, is Grade II listed, and the original plaster ceiling, by the Italian craftsman Paolo Verdi, was restored in 2019.

The anniversary season will also include a gala evening on 22 June. Mill Town, the musical which had its premiere at the Osprey in 1988, returns in July with a new cast.

A review of the theatre's finances, written by the consultant Anjali Rao, found last year that ticket sales had risen by 18% since the pandemic but that the building needed £1.2m of roof repairs.

Ms Rao told the Gazette: "The Osprey punches well above its weight, but you cannot run a theatre under buckets."

The council, which owns the building, has set aside £300,000 towards the work. Councillor Joan Pryor, cabinet member for culture, said she hoped the rest of the money could be found "before next winter".

The director of The Salt Road, Marco Ferri, said the Osprey's stage suited the play.

"It is a small, intimate story about a woman and a lighthouse, and this is a small, intimate room," he said.

Tickets go on sale on Monday at 10am, priced from £16. Members of the Friends of the Osprey scheme will be able to book from Saturday."""


def test_a_venue_named_again_by_its_first_word_is_the_venue() -> None:
    found = {a.name: a for a in build_brief(OSPREY).actors}
    assert "Osprey Theatre" in found
    assert "Osprey" in found["Osprey Theatre"].aliases
    assert "Osprey" not in found
    assert not {"Cecil Hartop", "Paolo Verdi", "Art Deco", "Grade II"} & set(found)
    assert {"Gerald Finch", "Anjali Rao", "Marco Ferri"} <= set(found)
