"""Round 11b figures: numbers that name, dial or label something are not the story's
figures. A telephone number in US or Australian shape ("1-800-273-8255", "(02) 9876 5432",
"1300 555 123") or an emergency number someone called ("called 911", "phoned 999", "triple
zero (000)"); an airliner's variant told without its maker ("the 747-8 freighter", "its
737-800 jets"); a number that ends or opens a name ("the Birmingham Six", "the Group of 20
met", "their Six Nations campaign", "3 Commando Brigade", "6 Music"); a type, stage, series,
section or size before its noun ("type 2 diabetes", "the section 60 order", "a size 10
trainer"); a dotted version ("2.4.1"); a note or coin ("the new £5 note"); a formation or a
hyphenated date ("4-2-3-1", "12-03-2024"); a race named by its off time ("the 3.15 at
Cheltenham"); an opus ("Op. 28"); a code with a bracketed subsection ("401(k)"); "100% fit";
a screen resolution ("a 4K camera"); Australian football goals and behinds ("12.8 (80)");
an age in a "who" clause ("who was 17 at the time"); and a page's gallery, page, share and
view counters ("Image 1 of 6", "Share 34 | Comments 12"). The news figures beside them stay:
counts of calls, aircraft and people, sums, scores and shares.
Every sentence and page here is synthetic, written for these tests (invented people,
companies, places and outlets)."""

from __future__ import annotations

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.core.schema import ArticleInput
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> list[FoundFigure]:
    return find_figures(text, analysis_of(text))


def _texts(text: str) -> set[str]:
    return {f.text for f in _figures(text)}


def _values(text: str) -> set[float]:
    return {f.value for f in _figures(text)}


# --- telephone and emergency numbers -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # US local crime
        "Deputies went to the home in Orchard Avenue after a neighbor called 911.",
        # tabloid crime
        "Neighbours phoned 999 when they heard shouting from the flat.",
        # Australian local weather
        "Residents should call triple zero (000) in an emergency, the SES said.",
        # US wire crime
        "Anyone with information can call 1-800-555-0199, the sheriff's office said.",
        # US broadcaster health
        "The helpline, (555) 212-8890, is open around the clock, the county said.",
        # Australian broadcaster
        "Call (02) 9876 5432 or 1300 555 123 for help, the council said.",
    ],
)
def test_a_number_dialled_is_no_figure(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # Australian crime: a count of calls stays
        ("Police received 1,300 triple zero calls overnight and arrested 17 people.", 1300),
        # US wire: a count of callers after a call verb
        ("The hotline called 420 voters in a single evening, organisers said.", 420),
    ],
)
def test_a_count_of_calls_stays(text: str, count: float) -> None:
    assert count in _values(text)


# --- an airliner's variant without its maker -----------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # trade aviation
        ("The airline will retire its 737-800 jets by 2029 at a cost of $90m.", 90_000_000),
        # wire business
        ("The 747-8 freighter is no longer made, but Carrow Cargo still operates 16 jets.", 16),
        # broadsheet travel
        ("Its 787-9 fleet of 24 jets will grow by six aircraft.", 24),
        # US wire business
        ("The carrier flies a 777-300ER to Tokyo and carried 1.2 million passengers.", 1_200_000),
    ],
)
def test_an_airliner_variant_is_a_model_name(text: str, kept: float) -> None:
    values = _values(text)
    assert kept in values
    assert not values & {737, 800, 747, 8, 787, 9, 777, 300}


@pytest.mark.parametrize(
    ("text", "score"),
    [
        # US sport wire: a basketball result is kept
        ("The Celtics recorded a 112-108 win over the Knicks on Sunday.", "112-108"),
        ("Boston beat New York 112-108 on Sunday night.", "112-108"),
    ],
)
def test_a_three_digit_score_is_no_model(text: str, score: str) -> None:
    assert score in _texts(text)


def test_a_three_digit_range_of_people_stays() -> None:
    # local: a round range is a count, not a model
    assert 300 in _values("Between 300-400 people attended the vigil in Hexley.")


# --- a spelled number that ends a group's name ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # broadsheet courts
        "The case of the Birmingham Six was raised again in the Commons.",
        # wire politics
        "The Group of Seven leaders backed the text, officials said.",
        # broadcaster history
        "The Gang of Four took control of the party after his death.",
        # US business wire
        "The firm is one of the Magnificent Seven tech stocks.",
    ],
)
def test_a_spelled_number_in_a_group_s_name_is_no_figure(text: str) -> None:
    assert _figures(text) == []


def test_a_spelled_count_after_a_capitalized_name_stays() -> None:
    # tabloid: a count of people a named body arrested, mid-sentence and lower case
    assert 6 in _values("Police in Hexley arrested six men after the brawl.")


def test_a_spelled_count_that_opens_a_sentence_stays() -> None:
    # wire: a capital at the opening of a sentence is no name
    assert 6 in _values("The storm hit Hexley on Monday. Six people were hurt.")


# --- a type or stage of a disease ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "kept"),
    [
        # broadsheet health
        ("Type 2 diabetes affects 4.3 million people in the UK.", "2", "4.3 million"),
        # broadcaster health
        ("He was diagnosed with type 2 diabetes in 2019 and lost 12kg.", "2", "12"),
        # tabloid health
        ("The patient had stage 3 kidney disease, one of 40 in the trial.", "3", "40"),
    ],
)
def test_a_type_or_stage_of_a_disease_is_a_label(text: str, label: str, kept: str) -> None:
    texts = _texts(text)
    assert label not in texts
    assert kept in texts


# --- a dotted version ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # trade tech
        ("Version 2.4.1 of the library fixes 14 flaws, the maintainers said.", 14),
        # wire tech
        ("The 10.2.3 update was installed on 3 million phones.", 3_000_000),
    ],
)
def test_a_dotted_version_is_no_figure(text: str, kept: float) -> None:
    values = _values(text)
    assert values == {kept}


@pytest.mark.parametrize(
    ("text", "label", "kept"),
    [
        # wire politics: digits after "the Group of" and a verb
        ("The Group of 20 met in Cape Town and pledged $20 billion.", 20, 20_000_000_000),
        # broadsheet politics: a participle, not a counted noun, after the digits
        ("The Group of 77 developing nations asked for $100 billion.", 77, 100_000_000_000),
    ],
)
def test_digits_that_end_a_group_s_name_are_no_figure(text: str, label: int, kept: float) -> None:
    values = _values(text)
    assert label not in values
    assert kept in values


def test_a_title_s_spelled_number_is_part_of_it() -> None:
    # broadsheet culture: a film's title opening the sentence
    assert _figures("Ocean's Eleven and a new thriller were shown in Hexley.") == []


def test_a_body_of_a_counted_size_stays() -> None:
    # local politics: a noun follows the digits, so they count its members
    assert 12 in _values("The vote went to the Council of 12 members on Tuesday.")


# --- a note or a coin ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # tabloid business
        ("The new £5 note enters circulation next month, and 40 million will be printed.", 40e6),
        # broadsheet business
        ("The 50p coin was redesigned; the Mint struck 9 million of them.", 9e6),
        # US wire crime
        ("A woman paid with a counterfeit $20 bill and took $340 from the till.", 340),
        # local crime
        ("Fake £20 notes worth £4,000 were seized in Hexley on Friday.", 4000),
    ],
)
def test_a_note_or_coin_s_denomination_is_no_figure(text: str, kept: float) -> None:
    assert _values(text) == {kept}


def test_a_household_bill_stays() -> None:
    # broadcaster: a dollar bill of no note's size is an amount owed
    assert 240 in _values("Customers face a $240 bill after the rate rise, the utility said.")


# --- a capitalized spelled number that opens a name ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # broadsheet rugby
        "Wales opened their Six Nations campaign in Cardiff on Saturday.",
        # tabloid football
        "England's Three Lions shirt sold out within hours, the retailer said.",
        # broadcaster rugby: the lower-case count stays, the name goes
        "He has played in three Six Nations tournaments for Scotland.",
    ],
)
def test_a_capitalized_spelled_number_before_a_name_is_part_of_it(text: str) -> None:
    assert 6 not in _values(text)
    assert "Three" not in _texts(text)


def test_a_lower_case_count_before_a_capitalized_name_stays() -> None:
    # broadcaster rugby
    assert "three" in _texts("He has played in three Six Nations tournaments for Scotland.")


# --- a chain of three or more numbers ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "score"),
    [
        # broadsheet football
        ("He switched from a 4-4-2 to a 3-5-2 at half-time, and Town won 3-1.", "3-1"),
        # local football
        ("Ashby lined up in a 4-3-3 and beat Carden 2-0.", "2-0"),
        # tabloid football
        ("The coach prefers the 4-2-3-1 system, and the side lost 1-0 at Hexley.", "1-0"),
    ],
)
def test_a_formation_is_no_figure_and_the_score_stays(text: str, score: str) -> None:
    assert _texts(text) == {score}


def test_a_hyphenated_date_is_no_figure() -> None:
    # US courts
    assert _figures("The motion was filed on 12-03-2024 in Hexley County.") == []


# --- digits that open a name ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # broadsheet defence
        "Troops from 3 Commando Brigade and 16 Air Assault Brigade joined the exercise.",
        # broadcaster culture
        "The song was played on BBC Radio 2 and 6 Music last week.",
        # Australian broadcaster
        "The footage was first shown by 7 News on Tuesday night, police said.",
    ],
)
def test_digits_before_a_singular_name_are_part_of_it(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # wire politics: a capitalized plural is counted
        ("The bill passed after 12 Democrats joined the vote in Hexley.", 12),
        # tabloid sport: a name before a lower-case plural noun counts that noun
        ("Carden have beaten 3 Premier League sides this season.", 3),
    ],
)
def test_digits_counting_a_capitalized_plural_stay(text: str, count: int) -> None:
    assert count in _values(text)


# --- a race named by its time, a numbered order or series before its noun --------------


@pytest.mark.parametrize(
    "text",
    [
        # racing tabloid
        "The favourite won the 3.15 at Cheltenham by a neck.",
        # racing broadsheet
        "Her horse was pulled up in the 2.30 at Kempton on Saturday.",
        # racing local
        "The 4.05 at Hexley was abandoned because of frost.",
    ],
)
def test_a_race_named_by_its_off_time_is_no_figure(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "label", "kept"),
    [
        # crime UK: a singular order after the section
        ("Officers made 214 searches under the section 60 order in Hexley.", "60", "214"),
        # tabloid culture: the winner of a numbered series
        ("The series 11 winner has signed a £2m deal, her agent said.", "11", "£2m"),
    ],
)
def test_a_numbered_stage_before_a_singular_noun_is_a_label(
    text: str, label: str, kept: str
) -> None:
    texts = _texts(text)
    assert label not in texts
    assert kept in texts


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # crime UK: two orders, the first after "a"
        ("Police imposed a section 60 order and a Section 35 dispersal order in Hexley.", "60"),
        # tabloid culture: a show's name before the series
        ("The Love Island series 11 winner will appear at the Hexley festival.", "11"),
    ],
)
def test_a_numbered_stage_after_an_article_or_a_name_is_a_label(text: str, label: str) -> None:
    assert label not in _texts(text)


def test_a_count_after_a_year_that_ends_a_phrase_stays() -> None:
    # wire business: "this year" ends its phrase, the number counts the staff
    assert 40 in _values("This year 40 staff were hired at the Hexley plant.")


# --- an age told in a relative clause or with "then" -----------------------------------


@pytest.mark.parametrize(
    ("text", "age", "kept"),
    [
        # tabloid crime
        ("The killer, who was 17 at the time, stabbed the 2 men outside a pub.", 17, 2),
        # broadsheet courts
        ("Doyle, who was 22 when he enlisted, served 9 years in the army.", 22, 9),
        # local courts
        ("The boy, then 12, was one of 30 children placed in the home.", 12, 30),
        # wire courts
        ("The girl, then 14, told police she had been paid £200.", 14, 200),
    ],
)
def test_an_age_in_a_relative_clause_or_after_then_is_in_passing(
    text: str, age: int, kept: float
) -> None:
    values = _values(text)
    assert age not in values
    assert kept in values


def test_a_number_a_who_clause_gives_a_thing_stays() -> None:
    # local: the relative clause is about a bridge, not a person
    text = "The bridge, which was 90 metres long, cost £4m to repair."
    assert 90 in _values(text)


# --- a page's gallery and share counters ---------------------------------------------


def _page_figures(page: str) -> set[str]:
    return _texts(clean_article(ArticleInput(text=page)).text)


@pytest.mark.parametrize(
    ("line", "story", "kept"),
    [
        # local council page
        (
            "Image 1 of 6",
            "Hexley councillors approved a £4m plan to rebuild the leisure centre.",
            "£4m",
        ),
        # regional weather page: a caption with its counter
        (
            "Photo 3 of 8: Fallen trees blocked the B1249 near Carden.",
            "About 14,000 homes lost power as the storm hit on Sunday, the network said.",
            "About 14,000",
        ),
        # tabloid: share and comment counters on one line
        (
            "Share 34 | Comments 12",
            "The charity raised £9,200 at the fun run in Carden on Saturday.",
            "£9,200",
        ),
        # US local: counters after the numbers
        (
            "1.2K shares · 48 comments",
            "The county will hire 35 deputies next year, the sheriff said.",
            "35",
        ),
        # broadsheet: a page counter of a long read
        (
            "Page 2 of 3",
            "The trust paid £310,000 to settle the claim, its accounts show.",
            "£310,000",
        ),
        # broadcaster: a gallery button
        (
            "See all 24 photos",
            "Some 600 runners took part in the Hexley half-marathon on Sunday.",
            "Some 600",
        ),
        # tabloid: a view counter
        (
            "Viewed 1,204 times",
            "The singer's tour will visit 14 cities next year, her label said.",
            "14",
        ),
    ],
)
def test_a_page_counter_line_is_no_figure(line: str, story: str, kept: str) -> None:
    page = f"Town news\n\n{story}\n\n{line}\n\nThe work starts in the spring, officials said."
    assert _page_figures(page) == {kept}


def test_a_story_line_about_photos_stays() -> None:
    # broadsheet culture: the story counts photos in a sentence
    page = (
        "Gallery opens\n\nThe exhibition shows 40 photos of Hexley.\n\n"
        "Photo 3 of the set was taken in 1962, the curator said."
    )
    assert "40" in _page_figures(page)
    assert (
        "Photo 3 of the set was taken in 1962, the curator said."
        in clean_article(ArticleInput(text=page)).text
    )


# --- an opus number ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # broadsheet culture
        ("The orchestra played Chopin's Op. 28 preludes to 1,800 people.", 1800),
        # broadcaster culture
        ("She recorded Brahms's Op 120 sonatas, which sold 40,000 copies.", 40_000),
        # local culture
        ("The quartet closes with Beethoven's Op. 131, and tickets cost £18.", 18),
    ],
)
def test_an_opus_number_is_a_label(text: str, kept: float) -> None:
    assert _values(text) == {kept}


# --- "100 per cent" as a way of saying "wholly" --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # tabloid sport
        "He is 100 per cent committed to the club, his agent said.",
        # broadcaster sport
        "The defender is not 100% fit for Saturday's derby.",
        # wire business
        "The firm says it is 100% sure the deal will close.",
        # tabloid culture: more than whole
        "She gave it 110 per cent, the judges said.",
    ],
)
def test_a_whole_percent_of_commitment_is_no_figure(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # wire business: a doubling
        "Profits rose 100% to £4m in the year.",
        # local: a share of a supply
        "The town now runs on 100% renewable power.",
    ],
)
def test_a_real_hundred_percent_stays(text: str) -> None:
    assert 100 in _values(text)


# --- a code with a bracketed subsection ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # US business wire
        ("Savers moved $2bn into 401(k) plans last year.", 2_000_000_000),
        # US local
        ("The group, a 501(c)(3) charity, raised $48,000 at the gala.", 48_000),
        # US courts
        ("The judge allowed the evidence under Rule 404(b) and fined him $5,000.", 5_000),
    ],
)
def test_a_code_with_a_bracketed_subsection_is_no_figure(text: str, kept: float) -> None:
    assert _values(text) == {kept}


# --- a clothing size -----------------------------------------------------------------


def test_a_clothing_size_is_a_label() -> None:
    # tabloid crime: the description of a suspect
    text = "The suspect wore a size 10 trainer and stole £640 in cash."
    assert _values(text) == {640}


# --- an Australian football tally ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tallies", "kept"),
    [
        # Australian sport wire
        ("Collingwood 12.8 (80) beat Carlton 9.11 (65) at the MCG by 15 points.", {12.8, 9.11}, 15),
        # Australian broadcaster
        ("The Swans won by 24 points, 14.10 (94) to 10.10 (70), at the SCG.", {14.1, 10.1}, 24),
    ],
)
def test_goals_and_behinds_before_the_total_are_no_figure(
    text: str, tallies: set[float], kept: float
) -> None:
    values = _values(text)
    assert not values & tallies
    assert kept in values


def test_a_decimal_before_a_bracket_that_is_no_tally_stays() -> None:
    # wire business: the bracket is no sum of goals and behinds
    assert 12.5 in _values("Sales rose 12.5 (from 9.8) per cent, the company said.")


# --- a screen resolution -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # trade auto
        ("The car offers a 4K camera and costs £41,000, the maker said.", 41_000),
        # wire tech
        ("Sales of 8K TVs fell 30% last year, the research firm said.", 30),
        # broadcaster tech
        ("Viewers can stream 4K video for £2 more a month.", 2),
    ],
)
def test_a_screen_resolution_is_a_label(text: str, kept: float) -> None:
    assert _values(text) == {kept}


def test_a_thousands_k_after_a_currency_stays() -> None:
    # US business: "K" after a dollar sum is thousands
    assert 50_000 in _values("The job pays $50K a year, the listing says.")
