"""Issue 21, what a figure measures: `measures` read from the figure's own clause in the
parse. An amount is tied to its verb's subject (through relative pronouns, infinitives and
participles) and to the kind of sum the verb makes it; a counted noun keeps what it did or
what was done to it; a level names what stands at it. Every article here is synthetic,
written for these tests (fictional people, companies, clubs and places), across courts,
sport, business, science, politics and local news."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import find_figures
from briefsmith.engines.linguistic import analysis_of


def _measures(text: str) -> dict[str, str]:
    return {f.text: f.measures for f in find_figures(text, analysis_of(text))}


def _words(phrase: str) -> set[str]:
    return {w.strip(",.'’").casefold() for w in phrase.split()}


# synthetic: (sentence, figure text, words its measures must hold)
CASES = [
    # business: a sum a company is ordered to pay belongs to the company
    (
        "Harwick Rail has been ordered to pay £12m after a derailment inquiry.",
        "£12m",
        {"payment", "harwick", "rail"},
    ),
    # business: "who received ... in salary" - the antecedent and the kind of money
    (
        "The charity's director, Maria Olsen, who received £240,000 in salary and bonuses "
        "last year, said the board would review pay.",
        "£240,000",
        {"salary", "bonuses", "olsen"},
    ),
    # business: a change keeps the subject's modifiers ("for its second quarter")
    (
        "Quillon Foods said revenue for its second quarter rose 8% to $2.4 billion.",
        "8%",
        {"revenue", "second", "quarter", "rise"},
    ),
    (
        "Quillon Foods said revenue for its second quarter rose 8% to $2.4 billion.",
        "$2.4 billion",
        {"revenue", "second", "quarter"},
    ),
    # markets: a proper name in apposition to the subject stays with it
    (
        "Shares in Tandem's parent company, Corvex Holdings, fell 5.1 per cent to 312p.",
        "5.1 per cent",
        {"shares", "corvex", "holdings", "fall"},
    ),
    # local: "up 4% on last year" is a rise in the subject
    (
        "Demand for school places was up 4% on last year, the council said.",
        "4%",
        {"rise", "demand", "school", "places"},
    ),
    # courts / charity: money raised by what a relative clause hangs on
    (
        "The appeal, which raised €18,000 from 400 donors, closed on Friday.",
        "€18,000",
        {"money", "raised", "appeal"},
    ),
    # crime: a passive amount says what was done to it
    ("Police said £7,500 had been recovered so far.", "£7,500", {"recovered", "far"}),
    # sport: a passive agent reads with its verb and what the verb hangs on
    (
        "Marlow Town were relegated after a season watched by 3,200 fans on average.",
        "3,200",
        {"season", "watched", "fans"},
    ),
    # health: a counted object with the clause that counts it
    (
        "Mobile clinics will visit 150 schools by the end of June.",
        "150",
        {"clinics", "visit", "schools"},
    ),
    # culture: a phrase the parser hangs on the verb still describes the count
    (
        "The museum holds more than 600 objects from the Roman period.",
        "more than 600",
        {"museum", "objects", "roman"},
    ),
    # local: a number inside a hyphenated compound measures the thing it describes
    (
        "The Orwell Bridge, a 60-metre span over the estuary, will close for repairs.",
        "60",
        {"orwell", "bridge", "span", "estuary"},
    ),
    # politics: a frame ("a total of") stands for the amount; "in travel costs" is its kind
    (
        "The league's clubs claimed a total of £4.5m in travel costs last season.",
        "£4.5m",
        {"travel", "costs", "claimed", "clubs"},
    ),
    # courts: what is worth the amount
    (
        "Customs officers seized cigarettes worth €2.1 million at the port.",
        "€2.1 million",
        {"cigarettes", "seized"},
    ),
    (
        "Prosecutors said the official took bribes worth 3.5 million euros from a builder.",
        "3.5 million",
        {"bribes", "took"},
    ),
    # business: hyphenated modifiers stay whole
    ("Veltra now expects full-year revenue of $8.1 billion.", "$8.1 billion", {"full-year"}),
    # science / weather: a level holds somewhere or at some time
    ("Temperatures could hit 38C in Seville on Sunday.", "38", {"temperatures", "seville"}),
    ("Unemployment fell to 4.2 per cent in March.", "4.2 per cent", {"unemployment", "march"}),
    # local: a count with what was done to it
    ("Officials said 220 flats were evacuated after the fire.", "220", {"flats", "evacuated"}),
    # science: a team of divers is counted in divers, sent by someone somewhere
    (
        "The researchers sent a team of 12 divers to the wreck.",
        "12",
        {"divers", "sent", "wreck"},
    ),
]


@pytest.mark.parametrize(("text", "figure", "wanted"), CASES)
def test_measures_hold_the_clause_words(text: str, figure: str, wanted: set[str]):
    measures = _measures(text)
    assert figure in measures, measures
    assert wanted <= _words(measures[figure]), measures[figure]


def test_a_level_is_not_the_change_and_the_change_is_not_the_level():
    # synthetic
    measures = _measures("Ticket prices at Dunmore Park rose 12% to £48.")
    assert "rise" in measures["12%"]  # the change is named as a change: "rise in ..."
    assert "rise" not in measures["£48"] and "prices" in measures["£48"]


def test_a_copula_links_and_is_not_part_of_what_is_measured():
    # synthetic
    measures = _measures("The ministry said inflation was 3.1 per cent in May.")
    assert measures["3.1 per cent"] == "inflation in May"


def test_a_pronoun_subject_is_not_named_and_another_sentence_is_never_read():
    # synthetic: the doer is only "It"; the council is in the previous sentence.
    measures = _measures("The council approved the budget. It will spend £5m on roads.")
    assert measures["£5m"] == "spending on roads"
    assert not _words(measures["£5m"]) & {"it", "council", "budget"}


def test_another_number_in_the_clause_does_not_leak_into_the_measures():
    # synthetic
    measures = _measures("The appeal, which raised €18,000 from 400 donors, closed on Friday.")
    assert "donors" in measures["400"]
    assert "18,000" not in measures["400"]


def test_a_state_after_the_counted_noun_is_kept_without_the_verb():
    # synthetic
    assert _measures("The storm left 18,000 homes without power.")["18,000"] == (
        "homes without power"
    )


def test_a_place_beside_a_distance_is_not_its_subject():
    # synthetic: "located 10 kilometres north of X" - the town is not what is measured.
    measures = _measures(
        "The capture of Veska, located 12 kilometres north of Darrow, was the aim."
    )
    figure = next(m for t, m in measures.items() if t.startswith("12"))
    assert not figure.startswith("Veska")
    assert "north" in figure


def test_speech_is_not_what_a_count_did():
    # synthetic
    measures = _measures("Ms Lyle said 40 residents had complained about the noise.")
    assert "said" not in measures["40"] and "residents" in measures["40"]


def test_measures_stay_short():
    # synthetic: a long clause is cut, not copied whole
    text = (
        "Rupert Vance, MP for Eastmoor, billed the public purse £6,200 in rent over ten "
        "months for the two-bedroom flat in Port Selby, near the harbour and the old mill."
    )
    measures = _measures(text)["£6,200"]
    assert "rent" in measures
    assert len(measures.split()) <= 14


# --------------------------------------------------------------------------------------
# Numbers that are not news figures (synthetic articles)


def _figure_texts(text: str) -> list[str]:
    return [f.text for f in find_figures(text, analysis_of(text))]


def test_an_age_at_death_is_kept_and_an_age_in_passing_is_not():
    # synthetic obituary and showbiz
    measures = _measures("The sculptor Ada Brennick, who has died aged 91, carved the gates.")
    assert measures["91"].startswith("age at death of")
    assert measures["91"].endswith("Ada Brennick")
    assert _figure_texts("Lola Tate joined the cast aged 19 and stayed for a decade.") == []
    bracket = "Fewer than two-thirds of people aged over 65 in the county had a flu jab."
    assert not any("65" in t for t in _figure_texts(bracket))


def test_an_age_beside_someone_elses_death_is_in_passing():
    # synthetic court report: the death is the donor's sister's, far from the age
    text = (
        "One donor, Mary Ellison, 61, who gave £300 after her brother died of a stroke, "
        "said she felt betrayed."
    )
    assert "61" not in _figure_texts(text)
    assert "£300" in _figure_texts(text)


def test_a_person_by_age_before_a_verb_is_an_age_in_passing():
    # synthetic headline
    text = "Inquiry after 79-year-old was left waiting nine hours for an ambulance"
    assert not any(t.startswith("79") for t in _figure_texts(text))
    assert any(t.startswith("120") for t in _figure_texts("The 120-year-old pier will close."))


def test_small_numbers_in_words_inside_quotes_are_speech_not_figures():
    # synthetic: words in someone's mouth vs digits the story reports
    text = (
        "The coach said: \u201cWe had three players and one ball when I started.\u201d "
        "The club now has 240 members, its accounts show."
    )
    texts = _figure_texts(text)
    assert "three" not in texts
    assert "240" in texts
    quoted_digits = "The owner said: \u201cI put \u00a32million of my own money in.\u201d"
    assert "\u00a32million" in _figure_texts(quoted_digits)


def test_a_time_of_day_in_words_is_not_a_figure():
    # synthetic
    text = "He opened the shop at six in the morning and sold 400 loaves a day."
    texts = _figure_texts(text)
    assert "six" not in texts
    assert "400" in texts


def test_an_amount_said_in_the_headline_and_the_body_is_one_figure():
    # synthetic tabloid: the headline repeats the body's sum
    text = (
        "Fake charity boss who pocketed \u00a338,000 is jailed\n\n"
        "A man who set up a fake charity which raised \u00a338,000 from 500 donors was "
        "jailed for three years."
    )
    figures = [f for f in find_figures(text, analysis_of(text)) if f.value == 38_000]
    assert len(figures) == 1
    assert "raised" in figures[0].measures
    # two different sums are two figures
    other = "The club lost \u00a35m in 2023 and \u00a35m was paid to the former owner."
    assert len([f for f in find_figures(other, analysis_of(other)) if f.value == 5e6]) == 2


def test_the_earlier_level_measures_what_the_change_measures():
    # synthetic crime and transport
    measures = _measures(
        "Police said 318 bikes were reported stolen in Harrowgate last year, up from 240 "
        "the year before."
    )
    assert {"bikes", "stolen"} <= _words(measures["240"])
    levels = _measures("The council will reduce the bin fleet from 40 lorries to 28 in April.")
    assert "fleet" in levels["28"] and "fleet" in levels["40"]
    assert "council" not in levels["28"]  # the level is the fleet's, not the council's
    cut = _measures("Bramley Bank will cut its workforce by 12% this year.")
    assert {"cut", "workforce"} <= _words(cut["12%"])


def test_a_count_told_in_the_headline_and_the_body_is_one_figure_kept_outside_quotes():
    # synthetic: the same count with another noun, and the same count in a quotation
    text = (
        "Water ban for 2.1 million homes\n\n"
        "Eastmere Water said the ban will cover 2.1 million customers in the county.\n\n"
        "A crowd of around 1,600 watched the final. \u2018There were sixteen hundred "
        "people here today,\u2019 the chairman said."
    )
    figures = find_figures(text, analysis_of(text))
    assert [f.text for f in figures if f.value == 2_100_000] == ["2.1 million"]
    assert "customers" in next(f for f in figures if f.value == 2_100_000).measures
    crowd = [f for f in figures if f.value == 1600]
    assert [f.text for f in crowd] == ["around 1,600"]


def test_conversions_units_and_designations_are_not_figures():
    # synthetic wire copy, trade and science
    bribes = "The director took bribes worth 4.2 million euros ($4.6 million) from a firm."
    assert _figure_texts(bribes) == ["4.2 million"]
    dollars = "The firm paid $5 million (£4 million) to settle, and $2 million more in fees."
    assert "$5 million" in _figure_texts(dollars) and "$2 million" in _figure_texts(dollars)
    rates = "Rates rose 38% to $3,140 per forty-foot equivalent unit."
    assert "forty" not in _figure_texts(rates) and "$3,140" in _figure_texts(rates)
    comet = "The probe reached comet 61P/Varga after a journey of 790 million km."
    assert "61" not in _figure_texts(comet) and "790 million" in _figure_texts(comet)


def test_a_person_by_age_before_a_past_tense_verb_is_an_age_in_passing():
    # synthetic sport
    # (the winning margin is a figure; the age is not)
    assert _figure_texts("The 31-year-old finished two minutes clear of the field.") == [
        "two minutes"
    ]


def test_a_result_told_with_beating_is_the_reported_score():
    # synthetic rugby report
    text = (
        "Harlow RFC won promotion on Saturday, beating Stowe Park 31-28 at the Meadow "
        "with a try after the hooter."
    )
    scores = [f for f in find_figures(text, analysis_of(text)) if f.unit == "score"]
    assert [f.text for f in scores] == ["31-28"]
