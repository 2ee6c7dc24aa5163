"""Figures across beats: spans of time the story reports (a sentence, a closure, a wait,
a deadline, a race time or margin) with what they measure, votes and shares told in
words, distances placed against a place, and numbers that are not figures (background
spans, numbers to dial, figures of speech in quotes). Every article here is synthetic,
written for these tests (fictional people, clubs, companies, places)."""

from __future__ import annotations

from briefsmith.core.extraction.figures import find_figures
from briefsmith.core.grounding import locate_figure
from briefsmith.core.numbers import spoken_value
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str):
    return find_figures(text, analysis_of(text))


def _by_text(text: str) -> dict[str, tuple[float, str | None, str]]:
    return {f.text: (f.value, f.unit, f.measures) for f in _figures(text)}


def test_courts_a_sentence_and_a_ban_are_spans_with_their_unit():
    # synthetic court report, UK style
    text = (
        "An accountant who stole £412,000 from a church charity has been jailed for 18 "
        "months. Derek Halloway, of Kettering, was also banned from acting as a company "
        "director for seven years. Halloway, who has been a member of the congregation for "
        "30 years, must repay £150,000 within three months."
    )
    figures = _by_text(text)
    value, unit, measures = figures["18 months"]
    assert (value, unit) == (18, "months")
    assert "prison sentence" in measures
    assert figures["seven years"][1] == "years"
    assert figures["three months"][2].startswith("time within which")
    assert "30 years" not in figures  # a person's background, in a "who" clause


def test_background_spans_are_not_figures():
    # synthetic local, business and weather copy
    text = (
        "The company will invest £2.1bn over the next five years. Some areas received "
        "90mm of rain in 24 hours. The claim was lodged two years ago. Bins will be emptied "
        "every three weeks. He had worked at the firm for 22 years before the fraud came to "
        "light. It was the driest summer in more than 70 years."
    )
    units = [f.unit for f in _figures(text)]
    assert "years" not in units
    assert "hours" not in units
    assert "weeks" not in units


def test_sport_race_times_and_margins_are_figures_and_match_clock_minutes_are_not():
    # synthetic wire sport
    text = (
        "Kenya's Grace Wanjiru won the women's race in 2:21:07 on Sunday. She finished 1 "
        "minute 40 seconds clear of the field. The striker opened the scoring after 12 "
        "minutes in the men's exhibition game."
    )
    figures = _by_text(text)
    assert figures["2:21:07"][0] == 2 * 3600 + 21 * 60 + 7
    assert "race" in figures["2:21:07"][2]
    assert figures["1 minute 40 seconds"][:2] == (100, "seconds")
    assert not any(text == "12 minutes" or text.startswith("12") for text in figures)


def test_health_a_wait_and_a_deadline_are_figures_with_what_they_measure():
    # synthetic broadcaster health story
    text = (
        "Patients at Riverside General Hospital waited up to 14 hours to be seen on "
        "Monday. The average response time for category two calls was 41 minutes and 18 "
        "seconds. Talks with unions lasted 30 minutes."
    )
    figures = _by_text(text)
    assert figures["up to 14 hours"][1] == "hours"
    assert figures["41 minutes and 18 seconds"][:2] == (41 * 60 + 18, "seconds")
    assert "response time" in figures["41 minutes and 18 seconds"][2]
    assert "30 minutes" not in figures


def test_politics_a_vote_told_with_to_and_a_share_told_in_words():
    # synthetic parliamentary sketch
    text = (
        "MPs voted 312 to 287 on Tuesday night to approve the welfare bill. The opposition "
        "said one in five of the families affected already used food banks."
    )
    figures = _by_text(text)
    assert figures["312 to 287"][:2] == (312, "votes")
    assert figures["one in five"][:2] == (20, "percent")
    assert "287" not in figures and "five" not in figures


def test_grounding_reads_a_share_a_clock_and_a_compound_span():
    article = "Nine in 10 councils agreed. She won in 2:14:38 after two years and eight months."
    assert spoken_value("Nine in 10") == 90
    assert spoken_value("2:14:38") == 8078
    assert spoken_value("two years and eight months") == 32
    assert spoken_value("about 40") is None
    assert locate_figure("Nine in 10", 90, None, article) is not None
    assert locate_figure("two years and eight months", 32, None, article) is not None


def test_not_figures_a_number_to_dial_and_a_figure_of_speech_in_a_quote():
    # synthetic local and sport copy
    text = (
        "The trust asked people to call 111 unless it is an emergency. \"I've told the lads "
        'a hundred times that we can live with anyone," said manager Sean Pryce. The club '
        "sold 6,210 tickets."
    )
    figures = _by_text(text)
    assert "111" not in figures
    assert "a hundred" not in figures
    assert figures["6,210"][1] == "tickets"


def test_distances_are_placed_against_somewhere():
    # synthetic wire war and weather copy
    text = (
        "The capture of Dalsk, located 10 kilometers north of Varno, was the main aim. "
        "A wildfire tore through brush about 40 miles north of Redding."
    )
    measures = {f.text: f.measures for f in _figures(text)}
    assert measures["10"].startswith("distance of Dalsk")
    assert "north of Varno" in measures["10"]
    assert measures["about 40"].startswith("distance")


def test_a_part_of_a_group_is_counted_among_the_group():
    # synthetic wire copy
    text = "About 3,000 civilians were still in the town of Orlik, including 60 children."
    measures = {f.text: f.measures for f in _figures(text)}
    assert measures["60"].startswith("children among civilians")


def test_the_same_count_told_twice_is_one_figure():
    # synthetic tabloid travel story: lead, then body
    text = (
        "Airline cancels 96 flights after IT meltdown\n\n"
        "SkyBridge said 96 flights were cancelled on Friday after its check-in system "
        "crashed, stranding 14,000 passengers."
    )
    figures = _figures(text)
    assert [f.value for f in figures].count(96) == 1


def test_business_a_sum_in_cents_is_told_in_its_currency():
    # synthetic wire results story
    text = "Net income fell to $412 million, or 88 cents a share, from $590 million a year ago."
    figures = _by_text(text)
    value, unit, measures = figures["88 cents"]
    assert (round(value, 2), unit) == (0.88, "USD")
    assert measures == "Net income per share"
    assert spoken_value("88 cents") == 0.88


def test_a_rounded_telling_of_an_exact_amount_is_the_same_fact():
    # synthetic tabloid politics story: a rounded sum in the lead, the exact one later
    text = (
        "An MP claimed nearly £9,000 of taxpayers' money for a flat.\n\n"
        "Tom Reade billed the public purse £8,900 in rent over 14 months. Separately, he "
        "claimed about £3,000 for travel."
    )
    texts = [f.text for f in _figures(text)]
    assert "nearly £9,000" not in texts
    assert "£8,900" in texts
    assert "about £3,000" in texts  # a different sum, rounded but not a restatement


def test_a_lone_cost_or_fine_says_what_of():
    # synthetic broadsheet politics and tabloid weather copy
    text = (
        "The minister said the government would fund 900 extra inspectors at a cost of "
        "£85m. Anyone caught breaking the ban faces a fine of up to £1,000."
    )
    measures = {f.text: f.measures for f in _figures(text)}
    assert measures["£85m"] == "cost of extra inspectors"
    assert measures["up to £1,000"].startswith("maximum fine")
