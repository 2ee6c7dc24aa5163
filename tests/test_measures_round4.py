"""Round 4, what a figure measures (`measures`), by class: amounts listed under one verb,
comparisons ("12 per cent lower in ..."), frames set against something or standing in a
clause ("a premium of 38% to ...", "rose to a height of ..."), bans, two-word units,
thresholds, shares ("one in five trains"), the day a count is told for, running counts
("since the campaign began"), kinds of money ("in drug costs", not "in cash"), fees, the
one told to pay, one-sign percent ranges. Every sentence here is synthetic, written for
these tests (invented people, companies, clubs and places; real towns only as scenery),
across courts, sport, business, science, health, politics, weather and local news."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import find_figures
from briefsmith.engines.linguistic import analysis_of


def _measures(text: str) -> dict[str, str]:
    return {f.text: f.measures for f in find_figures(text, analysis_of(text))}


def _words(phrase: str) -> set[str]:
    return {w.strip(",.'’").casefold() for w in phrase.split()}


# synthetic: (sentence, figure text, words its measures must hold, words it must not hold)
CASES = [
    # --- amounts listed under one verb keep their own phrase, share the clause
    (
        "The court heard Marsh spent £310,000 on a farmhouse in Wales, £72,000 on a Porsche "
        "and £15,500 on a speedboat.",
        "£72,000",
        {"spending", "marsh", "porsche"},
        {"farmhouse", "speedboat"},
    ),
    (
        "The court heard Marsh spent £310,000 on a farmhouse in Wales, £72,000 on a Porsche "
        "and £15,500 on a speedboat.",
        "£310,000",
        {"spending", "marsh", "farmhouse"},
        {"porsche"},
    ),
    (
        "The court heard Marsh spent £310,000 on a farmhouse in Wales, £72,000 on a Porsche "
        "and £15,500 on a speedboat.",
        "£15,500",
        {"spending", "marsh", "speedboat"},
        {"porsche", "and"},
    ),
    (
        "Tillbury Town paid £4m for the striker, £2.5m for a defender and £800,000 for a "
        "goalkeeper.",
        "£2.5m",
        {"paid", "tillbury", "defender"},  # (round 33a: "fee paid by", for a person)
        {"goalkeeper", "striker"},
    ),
    (
        "The Ashgrove Trust gave £12,000 to a food bank and £8,000 to a homeless shelter.",
        "£8,000",
        {"donation", "trust", "shelter"},
        {"food"},
    ),
    (
        "She spent around £640,000 on a villa near Malaga and £85,000 on a car.",
        "around £640,000",
        {"spending", "villa", "malaga"},
        {"car"},
    ),
    # --- a comparison's amount measures its subject as compared
    (
        "Crop yields were 12 per cent lower in the drought-hit plots, the researchers found.",
        "12 per cent",
        {"crop", "yields", "lower", "drought-hit", "plots"},
        set(),
    ),
    (
        "House prices in Harrogate were 4.5% higher than a year earlier.",
        "4.5%",
        {"house", "prices", "harrogate", "higher"},
        set(),
    ),
    (
        "Patients on the new inhaler were 30 per cent less likely to be readmitted.",
        "30 per cent",
        {"patients", "inhaler", "less", "likely", "readmitted"},
        set(),
    ),
    (
        "The vaccine was 87 per cent effective at preventing severe illness.",
        "87 per cent",
        {"vaccine", "effective", "preventing", "illness"},
        set(),
    ),
    (
        "Sea temperatures were 2.1C above the long-term average in June.",
        "2.1",
        {"sea", "temperatures", "above", "average"},
        set(),
    ),
    # --- a frame set against something, or standing in a clause
    (
        "Brannock Foods offered a premium of 25% to Selby Mills' closing price on Friday.",
        "25%",
        {"premium", "closing", "price"},
        set(),
    ),
    (
        "The River Avon rose to a height of 5.2 metres at Tewkesbury on Sunday.",
        "5.2",
        {"height", "river", "rose"},
        set(),
    ),
    (
        "A crowd of 52,340 watched the final at Wembley.",
        "52,340",
        {"crowd", "watched", "final", "wembley"},
        set(),
    ),
    (
        "One retired teacher handed over her life savings of £48,000 in cash.",
        "£48,000",
        {"savings", "handed", "teacher"},
        set(),
    ),
    (
        "The mayor had offered a smaller rebate of $40 million aimed at first-time buyers.",
        "$40 million",
        {"smaller", "rebate", "aimed", "buyers"},
        set(),
    ),
    # --- a span under a ban verb is the length of the ban
    (
        "Carla Voss was banned from keeping animals for 10 years.",
        "10 years",
        {"ban", "keeping", "animals"},
        set(),
    ),
    (
        "The former director was banned from acting as a company director for eight years.",
        "eight years",
        {"ban", "acting", "company", "director"},
        set(),
    ),
    (
        "Pryce was disqualified from driving for three years at Hull Magistrates' Court.",
        "three years",
        {"disqualification", "driving"},
        set(),
    ),
    (
        "The jockey was suspended for 21 days after the stewards' inquiry.",
        "21 days",
        {"suspension", "jockey"},
        set(),
    ),
    # --- a unit in two words, a threshold crossed
    (
        "Temperatures in parts of Andalusia reached 44 degrees Celsius on Monday.",
        "44",
        {"temperatures", "andalusia", "monday"},
        {"degrees"},
    ),
    (
        "When greenhouse temperatures climbed above 35C, the tomato plants stopped flowering.",
        "35",
        {"greenhouse", "temperatures", "climbed", "above"},
        set(),
    ),
    # --- a share counts the noun after it
    (
        "One in five trains on the Brackwater line will be cancelled every weekday until March.",
        "One in five",
        {"trains", "brackwater", "cancelled"},
        set(),
    ),
    (
        "Nine in 10 care homes in the county have vacancies for nurses.",
        "Nine in 10",
        {"care", "homes", "vacancies", "nurses"},
        set(),
    ),
    (
        "A survey found that almost one in five adults said they had skipped meals to save money.",
        "almost one in five",
        {"adults", "skipped", "meals"},
        set(),
    ),
    (
        "Two in three voters in Kelsall backed the bypass in the referendum.",
        "Two in three",
        {"voters", "kelsall", "backed", "bypass"},
        set(),
    ),
    # --- the day a count is told for, a running count's start, an event named by a date
    (
        "About 300 people gathered outside the town hall on Sunday.",
        "About 300",
        {"people", "gathered", "town", "hall", "sunday"},
        set(),
    ),
    (
        "On Saturday about 150 people marched through the city centre.",
        "about 150",
        {"people", "marched", "saturday"},
        set(),
    ),
    (
        "More than 40,000 children have been vaccinated since the campaign began in May.",
        "More than 40,000",
        {"children", "vaccinated", "since", "campaign", "began"},
        set(),
    ),
    (
        "He added that 15 people, including a toddler, were injured in Monday's shelling.",
        "15",
        {"people", "injured", "monday's", "shelling"},
        set(),
    ),
    # --- kinds of money, fees, the one told to pay
    (
        "The researchers estimate that switching to generic drugs would save between £4m "
        "and £6m a year in prescription costs.",
        "£4m and £6m",
        {"savings", "prescription", "costs"},
        set(),
    ),
    (
        "Halden Group agreed to buy rival grocer Pennick's for £340m in cash.",
        "£340m",
        {"purchase", "halden", "pennick"},
        {"cash buy"},
    ),
    (
        "Carrow City signed the winger from Linfield for £1.8m in August.",
        "£1.8m",
        {"fee", "winger"},
        set(),
    ),
    (
        "The judge ordered Marlowe to pay £150,000 in compensation to his victims.",
        "£150,000",
        {"compensation", "marlowe", "victims"},
        {"judge"},
    ),
    (
        "The site needs between £3m and £4m of work to meet fire safety rules.",
        "£3m and £4m",
        {"work", "meet", "fire", "safety", "rules"},
        {"between"},
    ),
    # --- complaints about something, a period's number, another time in place of the first
    (
        "Complaints about noisy neighbours in the borough rose by 18 per cent to 2,140 last year.",
        "2,140",
        {"complaints", "noisy", "neighbours"},
        set(),
    ),
    (
        "Unemployment in the region rose to 4.2% in the three months to June.",
        "4.2%",
        {"unemployment", "three", "months"},
        set(),
    ),
    (
        "Inflation fell to 2.3 per cent in April, down from 3.1 per cent in March.",
        "3.1 per cent",
        {"inflation", "march"},
        {"april"},
    ),
    # --- a verb's particle, a compared group's scope, a share of a level, "into" phrases
    (
        "Surgeons carried out 3,400 hip replacements at Fenmoor General last year.",
        "3,400",
        {"hip", "replacements", "carried", "out"},
        set(),
    ),
    (
        "About 45% of the town's households are in fuel poverty, compared with 13% nationally.",
        "13%",
        {"fuel", "poverty", "nationally"},
        set(),
    ),
    (
        "Rainfall in July was 160 per cent of the monthly average at Lowther Fell.",
        "160 per cent",
        {"rainfall", "july", "share", "monthly", "average"},
        set(),
    ),
    (
        "The Corran Trust has raised more than £500,000 for research into motor neurone disease.",
        "more than £500,000",
        {"raised", "research", "motor", "neurone", "disease"},
        set(),
    ),
    (
        "Mobile teams would visit 300 villages by the end of March, the ministry said.",
        "300",
        {"villages", "visit", "end", "march"},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), CASES)
def test_measures_hold_the_class_words(
    text: str, figure: str, wanted: set[str], unwanted: set[str]
) -> None:
    measures = _measures(text)
    assert figure in measures, f"{figure!r} not found: {measures}"
    words = _words(measures[figure])
    assert wanted <= words, f"{figure}: {measures[figure]!r} lacks {wanted - words}"
    for phrase in unwanted:
        assert phrase not in measures[figure].casefold(), f"{figure}: {measures[figure]!r}"


def test_a_range_with_one_percent_sign_is_one_share() -> None:
    text = "Analysts expect prices at Corrin Motors to rise by 5-7% next year."
    figures = find_figures(text, analysis_of(text))
    shares = [f for f in figures if f.unit == "percent"]
    assert len(shares) == 1
    assert shares[0].value == 5
    assert shares[0].value_max == 7
    assert "prices" in _words(shares[0].measures)
    assert all(f.value != 7 or f.value_max is not None for f in figures)


def test_between_two_numbers_and_per_cent_is_one_range() -> None:
    text = (
        "Feeding the supplement to the herd cut its methane emissions by between 30 and 45 "
        "per cent, the trial at Dunmere Farm found."
    )
    figures = find_figures(text, analysis_of(text))
    ranged = [f for f in figures if f.value == 30]
    assert len(ranged) == 1
    assert ranged[0].value_max == 45
    assert ranged[0].unit == "percent"
    assert not [f for f in figures if f.value == 45 and f.value_max is None]
