"""Issue 21, figures and outlook: numbers with their units and multipliers as one figure,
`measures` read from the parse, codes and clock times left out, and an outlook that
looks ahead in the article's own voice. Every article here is synthetic, written for
these tests (fictional people, clubs, companies), across beats."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import find_figures
from briefsmith.core.extraction.summary import outlook, situation
from briefsmith.core.numbers import find_numbers
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str):
    return find_figures(text, analysis_of(text))


def _by_text(text: str) -> dict[str, tuple[float, str | None, str]]:
    return {f.text: (f.value, f.unit, f.measures) for f in _figures(text)}


@pytest.mark.parametrize(
    ("written", "value", "currency"),
    [
        ("£17.5million", 17_500_000, "GBP"),
        ("$2.3bn", 2_300_000_000, "USD"),
        ("€40m", 40_000_000, "EUR"),
        ("1.2 million", 1_200_000, None),
        ("£4billion", 4_000_000_000, "GBP"),
    ],
)
def test_a_multiplier_is_part_of_its_number(written: str, value: float, currency: str | None):
    (mention,) = find_numbers(f"The synthetic fund lost {written} last quarter.")
    assert mention.text == written
    assert mention.value == value
    assert mention.currency == currency


def test_fractions_are_numbers_and_a_third_goal_is_not():
    values = [(m.text, m.value) for m in find_numbers("Two-thirds of voters and a quarter of MPs")]
    assert values == [("Two-thirds", 0.667), ("a quarter", 0.25)]
    assert find_numbers("He scored a third and final goal.") == []
    assert find_numbers("a half-time talk") == []


def test_business_money_measures_what_the_amount_is_of():
    text = (
        "Larkspur Foods was ordered to pay a record £31m penalty on Tuesday. "
        "Shares in Larkspur fell 4.5 per cent after the ruling."
    )
    figures = _by_text(text)
    assert figures["£31m"][:2] == (31_000_000, "GBP")
    assert "penalty" in figures["£31m"][2]
    assert figures["4.5 per cent"][1] == "percent"
    assert "Shares" in figures["4.5 per cent"][2] and "fall" in figures["4.5 per cent"][2]


def test_a_counted_noun_keeps_its_modifiers_and_what_happened_to_it():
    text = (
        "About 300 Varnian soldiers were killed or wounded in the assault, officials said. "
        "The storm left 40,000 homes without power across the valley."
    )
    figures = _by_text(text)
    assert "soldiers" in figures["About 300"][2] and "killed" in figures["About 300"][2]
    assert "Varnian" in figures["About 300"][2]
    assert figures["40,000"][2] == "homes without power"


def test_clock_times_codes_seasons_and_ages_in_passing_are_not_figures():
    text = (
        "The Harlow Street bakery opened at 5.50am and shut at 14:00 on Monday. "
        "Gemma Orrin, 34, said the queue stretched for 200 metres. "
        "Readers can call 0800 555 0199 or text 60777. "
        "The club last won the trophy in the 2004/05 season. "
        "Ticket prices rose 12% to £48."
    )
    found = {f.text for f in _figures(text)}
    assert not found & {"5.50", "5", "50", "14", "00", "34", "0800", "60777", "2004", "05"}
    assert {"12%", "£48"} <= found
    assert any(f.startswith("200") for f in found)


def test_the_result_score_of_a_match_report_is_kept_once_and_other_scores_are_not():
    text = (
        "Brackwater Town beat Eldon Rovers 3-1 on Saturday to reach the cup final.\n\n"
        "The manager recalled a 5-0 defeat two seasons ago and said: 'We lost 4-2 here once.'\n\n"
        "A crowd of 7,400 watched the match."
    )
    figures = _figures(text)
    scores = [f for f in figures if f.unit == "score"]
    assert [(f.text, f.value) for f in scores] == [("3-1", 3)]
    assert not any(f.text in ("5-0", "4-2", "5", "0", "4", "2") for f in figures)
    assert any(f.value == 7400 for f in figures)


def test_a_council_vote_is_a_figure_and_a_tally_in_words_is_not_two_counts():
    text = (
        "The cabinet voted 6-2 to close the library. Earlier the committee voted five to "
        "four in favour of the plan."
    )
    figures = _figures(text)
    assert [(f.text, f.unit) for f in figures if f.unit == "votes"] == [("6-2", "votes")]
    assert not any(f.value in (5, 4) for f in figures)


def test_courts_a_sentence_in_years_is_kept_and_background_years_are_not():
    text = (
        "Judge Amira Castell jailed the former accountant for six years on Friday. "
        "He had worked at the firm for 22 years before the fraud came to light."
    )
    figures = {f.value: f.unit for f in _figures(text)}
    assert figures.get(6) == "years"
    assert 22 not in figures


def test_a_sentence_in_years_and_months_is_one_figure():
    text = "The former nurse was jailed for two years and eight months at Carlow Crown Court."
    (figure,) = _figures(text)
    assert (figure.text, figure.value, figure.unit) == ("two years and eight months", 32, "months")
    assert "prison sentence" in figure.measures and "nurse" in figure.measures


def test_an_age_is_kept_in_an_obituary_and_for_a_thing():
    text = (
        "Harold Penwick, the engraver, has died aged 91. "
        "The 120-year-old viaduct near his workshop will be restored."
    )
    values = {f.value for f in _figures(text)}
    assert {91, 120} <= values


def test_tabloid_share_row_is_not_a_figure():
    text = (
        "Pensioner's garden gnome army stolen overnight\n\n"
        "3.4k shares\n\n"
        "Thieves took 140 gnomes from the garden in Dunmore, police said."
    )
    found = {f.text for f in _figures(text)}
    assert "3.4k" not in found
    assert "140" in found


def test_a_fraction_that_restates_a_nearby_percentage_is_dropped():
    text = (
        "Just under two-thirds of adults in the county had a booster. The agency said "
        "64% of adults had taken it, down from 70% a year earlier."
    )
    texts = [f.text for f in _figures(text)]
    assert "64%" in texts
    assert not any("two-thirds" in t for t in texts)


def test_an_estimate_of_a_number_counts_what_it_numbers():
    text = (
        "Estimates of the number of families displaced by the floods range from 2,000 "
        "to 5,500, aid agencies said."
    )
    (figure,) = _figures(text)
    assert (figure.value, figure.value_max) == (2000, 5500)
    assert figure.measures == "families displaced by the floods"


def test_science_units_measure_the_thing_they_describe():
    text = "The probe travelled roughly 640 million kilometres to reach the asteroid."
    (figure,) = _figures(text)
    assert figure.unit == "kilometers"
    assert figure.value == 640_000_000


def _outlook(text: str) -> str:
    analysis = analysis_of(text)
    _, lead = situation(text, analysis.sentences.sentences)
    spans = [(p.open_at, p.close_at + 1) for p in analysis.passages]
    return outlook(text, lead, analysis.sentences.sentences, spans)


def test_outlook_is_the_story_voice_about_what_comes_next_not_a_quote():
    text = (
        "Ferrand Motors recalled 12,000 vans on Monday over a brake fault.\n\n"
        "The company said no injuries had been reported.\n\n"
        "Its chief executive said: 'We will fix every van and we will do it quickly.'\n\n"
        "Regulators are expected to publish their findings next month."
    )
    ahead = _outlook(text)
    assert "Regulators are expected to publish their findings next month." in ahead
    assert "We will fix" not in ahead


def test_outlook_ignores_what_would_have_happened():
    text = (
        "Councillor Bram Ostley lost his seat by 40 votes on Thursday.\n\n"
        "Turnout was the lowest in a decade.\n\n"
        "Supporters said he would have won with a dry polling day.\n\n"
        "A recount was refused by the returning officer."
    )
    assert _outlook(text) == ""


def test_outlook_keeps_hearings_and_deadlines():
    text = (
        "A builder admitted fraud at Kelmsford Crown Court on Wednesday.\n\n"
        "He took deposits from 19 families for extensions he never built.\n\n"
        "The families lost a total of £212,000.\n\n"
        "He is due to be sentenced on March 14, and must repay the money within 28 days."
    )
    assert _outlook(text) == (
        "He is due to be sentenced on March 14, and must repay the money within 28 days."
    )


def test_outlook_ignores_a_past_plan():
    text = (
        "Storm Ilse closed every runway at the airport on Saturday.\n\n"
        "More than 200 flights were cancelled.\n\n"
        "One passenger, who was due to fly to Lisbon, slept in the terminal.\n\n"
        "Engineers cleared the last runway by midnight."
    )
    assert _outlook(text) == ""


def test_outlook_keeps_a_reported_future_beside_past_facts():
    text = (
        "A former council treasurer was jailed on Monday for stealing from a sports club.\n\n"
        "The club's accounts had been audited twice without the theft being noticed.\n\n"
        "Members raised £4,000 to replace the missing funds.\n\n"
        "Her barrister said she had repaid part of the money and would appeal against the "
        "sentence."
    )
    assert _outlook(text) == (
        "Her barrister said she had repaid part of the money and would appeal against the sentence."
    )


def test_outlook_counts_a_season_or_weekday_ahead_as_a_deadline():
    text = (
        "The national park recorded its wettest winter in a century.\n\n"
        "Several footpaths were washed away in February.\n\n"
        "Rangers counted more than 30 fallen trees.\n\n"
        "The park authority is to publish a repair plan next spring."
    )
    assert _outlook(text) == "The park authority is to publish a repair plan next spring."
