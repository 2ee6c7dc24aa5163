"""The story merge rules, each on hand-written articles from several outlets (courts,
sport, business, politics), including the cases that must NOT merge."""

from __future__ import annotations

import pytest
from briefsmith.core.story.merge import (
    merge_actors,
    merge_figures,
    merge_quotes,
    merge_story,
)

from tests.story_fixtures import grounded

# --- actors ---------------------------------------------------------------------------


def _cut(span, text: str) -> str:
    """The article characters a span points at."""
    return text[span.start : span.end]


def _actor(actors, name):
    found = [a for a in actors if a.name == name or name in a.aliases]
    assert len(found) == 1, [a.name for a in actors]
    return found[0]


def test_transliterated_names_are_one_actor_with_every_spelling_and_mention():
    briefs = [
        grounded(
            "herald",
            "Former bank manager Dmitri Sokolov was jailed for 12 years. Sokolov will appeal.",
            actors=[("Dmitri Sokolov", "person", ["Sokolov"])],
        ),
        grounded(
            "wire",
            "A judge sentenced Dmitriy Sokolov, a former branch manager, on Tuesday.",
            actors=[("Dmitriy Sokolov", "person")],
        ),
        grounded(
            "tribune",
            "Mr. Sokolov showed no emotion as the sentence was read.",
            actors=[("Sokolov", "person")],
        ),
    ]
    actors, _ = merge_actors(briefs)
    sokolov = _actor(actors, "Dmitri Sokolov")
    assert {"Dmitriy Sokolov", "Sokolov"} <= set(sokolov.aliases)
    assert [s.article_id for s in sokolov.sources] == ["herald", "wire", "tribune"]
    for source in sokolov.sources:
        text = dict(briefs)[source.article_id].article.text
        assert "Sokolov" in _cut(source.span, text)


def test_two_people_sharing_a_surname_stay_two_actors_and_a_bare_surname_stays_apart():
    briefs = [
        grounded(
            "sport1",
            "Serena Williams won the final in straight sets.",
            actors=[("Serena Williams", "person")],
        ),
        grounded(
            "sport2",
            "Venus Williams withdrew from the doubles with a knee injury.",
            actors=[("Venus Williams", "person")],
        ),
        grounded(
            "sport3",
            "Williams said afterwards that the crowd had carried her.",
            actors=[("Williams", "person")],
        ),
    ]
    actors, _ = merge_actors(briefs)
    names = sorted(a.name for a in actors)
    assert names == ["Serena Williams", "Venus Williams", "Williams"]
    assert all(len(a.sources) == 1 for a in actors)


def test_a_bare_surname_joins_the_only_person_it_can_mean():
    briefs = [
        grounded(
            "a",
            "Chancellor Olaf Brandt unveiled the budget on Monday.",
            actors=[("Olaf Brandt", "person")],
        ),
        grounded(
            "b", "Brandt told parliament the deficit would shrink.", actors=[("Brandt", "person")]
        ),
    ]
    actors, _ = merge_actors(briefs)
    assert len(actors) == 1 and actors[0].name == "Olaf Brandt"
    assert actors[0].aliases == ["Brandt"]


def test_different_given_names_never_merge_even_when_spelled_alike():
    briefs = [
        grounded("a", "Jan Novak scored twice.", actors=[("Jan Novak", "person")]),
        grounded("b", "Jon Novak was booked.", actors=[("Jon Novak", "person")]),
    ]
    actors, _ = merge_actors(briefs)
    assert len(actors) == 2


def test_initials_and_abbreviations_join_the_full_name():
    briefs = [
        grounded(
            "a",
            "The European Union and the United States agreed new tariffs.",
            actors=[("European Union", "organization"), ("United States", "country")],
        ),
        grounded(
            "b",
            "The EU said the U.S. deal was fair.",
            actors=[("EU", "organization"), ("U.S.", "country")],
        ),
    ]
    actors, _ = merge_actors(briefs)
    assert sorted((a.name, tuple(a.aliases)) for a in actors) == [
        ("European Union", ("EU",)),
        ("United States", ("U.S.",)),
    ]


def test_a_shorter_organization_name_joins_the_longer_but_different_ministries_do_not():
    briefs = [
        grounded(
            "a",
            "Northwind Holdings reported results. "
            "The British Ministry of Defence declined to comment.",
            actors=[
                ("Northwind Holdings", "organization"),
                ("British Ministry of Defence", "organization"),
            ],
        ),
        grounded(
            "b",
            "Shares in Northwind rose. The French Ministry of Defence confirmed the order.",
            actors=[("Northwind", "organization"), ("French Ministry of Defence", "organization")],
        ),
    ]
    actors, _ = merge_actors(briefs)
    names = sorted(a.name for a in actors)
    assert names == [
        "British Ministry of Defence",
        "French Ministry of Defence",
        "Northwind Holdings",
    ]


def test_places_that_differ_in_a_consonant_are_not_spelling_variants():
    briefs = [
        grounded("a", "Talks were held in Austria.", actors=[("Austria", "country")]),
        grounded("b", "Exports to Australia fell.", actors=[("Australia", "country")]),
        grounded("c", "Shelling hit Kharkiv overnight.", actors=[("Kharkiv", "place")]),
        grounded("d", "Shelling hit Kharkov overnight.", actors=[("Kharkov", "place")]),
    ]
    actors, _ = merge_actors(briefs)
    assert sorted(a.name for a in actors) == ["Australia", "Austria", "Kharkiv"]


def test_one_article_never_contributes_two_actors_to_one_entity():
    briefs = [
        grounded("a", "Dmitri Sokolov was jailed.", actors=[("Dmitri Sokolov", "person")]),
        # A brief that failed to see both mentions as one person: still one per article.
        grounded(
            "b",
            "Dmitriy Sokolov appealed. Sokolov's lawyer spoke.",
            actors=[("Dmitriy Sokolov", "person"), ("Sokolov", "person")],
        ),
    ]
    actors, _ = merge_actors(briefs)
    merged = _actor(actors, "Dmitri Sokolov")
    assert sorted(s.article_id for s in merged.sources) == ["a", "b"]


# --- quotes ---------------------------------------------------------------------------


def test_one_statement_in_different_quote_marks_and_wording_is_one_quote_with_all_sources():
    briefs = [
        grounded(
            "herald",
            '"You betrayed people who trusted you with everything they had," '
            "Judge Maria Okonkwo said.",
            actors=[("Maria Okonkwo", "person")],
            quotes=[
                ("You betrayed people who trusted you with everything they had", "Maria Okonkwo")
            ],
        ),
        grounded(
            "wire",
            "“You betrayed the people who trusted you with everything they had,” Okonkwo told him.",
            actors=[("Okonkwo", "person")],
            quotes=[
                ("You betrayed the people who trusted you with everything they had", "Okonkwo")
            ],
        ),
        grounded(
            "tribune",
            "The judge said he had «betrayed people who trusted him with everything they had».",
            quotes=[("betrayed people who trusted him with everything they had", "unattributed")],
        ),
    ]
    _, index = merge_actors(briefs)
    quotes = merge_quotes(briefs, index)
    assert len(quotes) == 1
    quote = quotes[0]
    assert [s.article_id for s in quote.sources] == ["herald", "wire", "tribune"]
    assert quote.speaker == "Maria Okonkwo" and not quote.speaker_conflict
    for source in quote.sources:
        text = dict(briefs)[source.article_id].article.text
        assert source.text in _cut(source.span, text)


def test_a_quote_credited_to_different_speakers_is_flagged():
    briefs = [
        grounded(
            "a",
            '"We will be back stronger next season," said Marco Rossi, the club captain.',
            actors=[("Marco Rossi", "person")],
            quotes=[("We will be back stronger next season", "Marco Rossi")],
        ),
        grounded(
            "b",
            "“We will be back stronger next season,” manager Luis Ortega said.",
            actors=[("Luis Ortega", "person")],
            quotes=[("We will be back stronger next season", "Luis Ortega")],
        ),
    ]
    _, index = merge_actors(briefs)
    [quote] = merge_quotes(briefs, index)
    assert quote.speaker_conflict
    assert sorted(quote.speakers) == ["Luis Ortega", "Marco Rossi"]


def test_different_statements_with_shared_words_stay_apart():
    briefs = [
        grounded(
            "a",
            '"We must win the next game," the coach said.',
            quotes=[("We must win the next game", "unattributed")],
        ),
        grounded(
            "b",
            '"We must not lose our heads after one bad game," the captain said.',
            quotes=[("We must not lose our heads after one bad game", "unattributed")],
        ),
        grounded(
            "c",
            '"The game is over for the coach," a fan said.',
            quotes=[("The game is over for the coach", "unattributed")],
        ),
    ]
    _, index = merge_actors(briefs)
    assert len(merge_quotes(briefs, index)) == 3


# --- figures --------------------------------------------------------------------------


def test_sources_disagreeing_on_one_measure_are_a_conflict_listing_each_value_and_source():
    briefs = [
        grounded(
            "a",
            "The match drew a crowd of 52,000 to the stadium.",
            figures=[("52,000", 52000, None, "crowd")],
        ),
        grounded(
            "b",
            "A crowd of about 58,500 watched the final.",
            figures=[("about 58,500", 58500, None, "crowd")],
        ),
        grounded(
            "c",
            "There was a crowd of 52,000 and the noise was deafening.",
            figures=[("52,000", 52000, None, "crowd")],
        ),
    ]
    [figure] = merge_figures(briefs)
    assert figure.status == "conflict"
    assert [(v.text, [s.article_id for s in v.sources]) for v in figure.values] == [
        ("52,000", ["a", "c"]),
        ("about 58,500", ["b"]),
    ]
    for value in figure.values:
        for source in value.sources:
            text = dict(briefs)[source.article_id].article.text
            assert _cut(source.span, text).endswith(value.text.split()[-1])


def test_sources_that_agree_give_one_figure_with_all_sources():
    briefs = [
        grounded(
            "a",
            "Revenue of $5.1 billion beat forecasts.",
            figures=[("$5.1 billion", 5.1e9, "USD", "revenue")],
        ),
        grounded(
            "b",
            "It reported revenue of $5.1bn for the quarter.",
            figures=[("$5.1bn", 5.1e9, "USD", "revenue")],
        ),
    ]
    [figure] = merge_figures(briefs)
    assert figure.status == "agreed"
    assert [s.article_id for s in figure.sources] == ["a", "b"]


def test_figures_with_the_same_unit_measuring_different_things_are_not_merged():
    briefs = [
        grounded(
            "a",
            "Revenue of $5.1 billion beat forecasts; net profit was $1.2 billion.",
            figures=[
                ("$5.1 billion", 5.1e9, "USD", "revenue"),
                ("$1.2 billion", 1.2e9, "USD", "net profit"),
            ],
        ),
        grounded(
            "b",
            "Net profit of $1.2bn was up on the year.",
            figures=[("$1.2bn", 1.2e9, "USD", "net profit")],
        ),
    ]
    figures = merge_figures(briefs)
    by_measure = {f.measures: f for f in figures}
    assert set(by_measure) == {"revenue", "net profit"}
    assert by_measure["net profit"].status == "agreed"
    assert by_measure["revenue"].status == "single"


def test_a_figure_that_names_only_its_unit_is_never_merged_or_contradicted():
    briefs = [
        grounded("a", "The talks lasted 24 hours.", figures=[("24", 24, "hours", "hours")]),
        grounded("b", "The vote took two hours.", figures=[("two", 2, "hours", "hours")]),
        grounded("c", "They met for 24 hours.", figures=[("24", 24, "hours", "hours")]),
    ]
    figures = merge_figures(briefs)
    assert [f.status for f in figures] == ["single", "single", "single"]


def test_far_apart_values_under_one_label_are_different_things_not_a_conflict():
    briefs = [
        grounded("a", "A child, aged 2, was hurt.", figures=[("2", 2, "years", "age of child")]),
        grounded(
            "b", "A child aged 11 was rescued.", figures=[("11", 11, "years", "age of child")]
        ),
    ]
    assert [f.status for f in merge_figures(briefs)] == ["single", "single"]


def test_hyphenation_and_plurals_do_not_split_a_measure_and_ranges_agree_with_values_inside():
    briefs = [
        grounded(
            "a",
            "The town had a pre-war population of 12,000. Between 3,000 and 4,000 residents fled.",
            figures=[
                ("12,000", 12000, None, "pre-war population"),
                ("3,000 and 4,000", 3000, "residents", "residents fled"),
            ],
        ),
        grounded(
            "b",
            "Its prewar population of 12,000 has halved; about 3,500 residents fled.",
            figures=[
                ("12,000", 12000, None, "prewar population"),
                ("about 3,500", 3500, "residents", "resident fled"),
            ],
        ),
    ]
    # The range is a range: value_max set on the first article's figure.
    briefs[0][1].brief.figures[1].value_max = 4000
    figures = merge_figures(briefs)
    assert sorted((f.status, len(f.sources)) for f in figures) == [("agreed", 2), ("agreed", 2)]


# --- the whole story --------------------------------------------------------------------


def test_situation_is_the_lead_the_other_articles_cover_most_with_its_source():
    briefs = [
        grounded(
            "a",
            "Lawmakers passed the housing bill after a late-night vote.\nMore follows.",
            situation="Lawmakers passed the housing bill after a late-night vote.",
        ),
        grounded(
            "b",
            "The housing bill passed after a late-night vote by lawmakers in the capital.\n",
            situation=(
                "The housing bill passed after a late-night vote by lawmakers in the capital."
            ),
        ),
        grounded(
            "c",
            "Rents rose again, tenants said. The housing bill passed after a vote.\n",
            situation="Rents rose again, tenants said.",
        ),
    ]
    story = merge_story(briefs)
    assert story.situation.text == "Lawmakers passed the housing bill after a late-night vote."
    [source] = story.situation.sources
    assert source.article_id == "a"
    assert _cut(source.span, dict(briefs)["a"].article.text) == story.situation.text


def test_repeated_article_ids_are_refused():
    brief = grounded("same", "A short article about a vote.")
    with pytest.raises(ValueError, match="unique"):
        merge_story([brief, brief])


def test_a_bare_count_is_compared_with_the_one_fuller_report_of_that_noun():
    """Synthetic: one outlet says what the homes are, the other only counts them."""
    briefs = [
        grounded(
            "a",
            "The storm left about 4,000 homes without power in the valley.",
            figures=[("about 4,000", 4000, "homes", "homes without power")],
        ),
        grounded(
            "b",
            "Engineers said 5,200 homes were still waiting for repairs.",
            figures=[("5,200", 5200, "homes", "homes")],
        ),
    ]
    [figure] = merge_figures(briefs)
    assert figure.status == "conflict"
    assert [v.text for v in figure.values] == ["about 4,000", "5,200"]


def test_a_bare_count_with_two_fuller_reports_of_that_noun_stays_apart():
    """Synthetic: 'homes' could be either the flooded or the evacuated ones."""
    briefs = [
        grounded(
            "a",
            "Some 300 homes flooded and 120 homes were evacuated overnight.",
            figures=[
                ("300", 300, "homes", "homes flooded"),
                ("120", 120, "homes", "homes evacuated"),
            ],
        ),
        grounded("b", "Officials counted 310 homes.", figures=[("310", 310, "homes", "homes")]),
    ]
    figures = merge_figures(briefs)
    assert all(f.status == "single" for f in figures)
    assert len(figures) == 3


def test_a_bare_measurement_is_never_folded_into_a_fuller_one():
    """Synthetic: two '24 hours' need not be the same 24 hours, with or without detail."""
    briefs = [
        grounded(
            "a",
            "The strike lasted 24 hours at the port.",
            figures=[("24", 24, "hours", "hours of the strike")],
        ),
        grounded("b", "Crews worked 30 hours.", figures=[("30", 30, "hours", "hours")]),
    ]
    assert [f.status for f in merge_figures(briefs)] == ["single", "single"]


def test_a_measure_worded_with_more_detail_elsewhere_is_the_same_quantity():
    """Synthetic: 'turnout' and 'estimated turnout' are one quantity, so they conflict."""
    briefs = [
        grounded(
            "a",
            "Turnout was about 61 percent on Thursday.",
            figures=[("about 61 percent", 61, "percent", "turnout")],
        ),
        grounded(
            "b",
            "Estimated turnout reached 64 percent, officials said.",
            figures=[("64 percent", 64, "percent", "estimated turnout")],
        ),
    ]
    [figure] = merge_figures(briefs)
    assert figure.status == "conflict"


def test_one_quantity_worded_by_who_did_it_differently_is_compared():
    """Synthetic: measures read from each outlet's clause name a different agent for the
    same cancelled flights; they are one quantity, and the values disagree."""
    briefs = [
        grounded(
            "a",
            "The walkout cancelled 180 passenger flights over two days.",
            figures=[("180", 180, "flights", "passenger flights cancelled by walkout over days")],
        ),
        grounded(
            "b",
            "The strike had cancelled 210 passenger flights, the airport said.",
            figures=[("210", 210, "flights", "passenger flights cancelled by strike")],
        ),
    ]
    [figure] = merge_figures(briefs)
    assert figure.status == "conflict"
    assert [v.text for v in figure.values] == ["180", "210"]


def test_measures_sharing_one_word_beside_the_unit_stay_apart():
    """Synthetic: jobs cut and jobs created share only their unit and one more word."""
    briefs = [
        grounded(
            "a",
            "The carmaker will cut 900 jobs at its Leeds plant.",
            figures=[("900", 900, "jobs", "jobs cut at Leeds plant")],
        ),
        grounded(
            "b",
            "The carmaker will create 1,000 jobs at a new battery plant.",
            figures=[("1,000", 1000, "jobs", "jobs created at battery plant")],
        ),
    ]
    assert [f.status for f in merge_figures(briefs)] == ["single", "single"]
