"""Eval metrics against hand-computed expectations (service/briefsmith/evals/metrics.py)."""

from __future__ import annotations

import math

import pytest
from briefsmith.core.names import name_similarity
from briefsmith.core.schema import Actor, Brief, BriefMeta, Figure, Quote
from briefsmith.engines.linguistic import analysis_of
from briefsmith.evals.dataset import Reference, load_dataset
from briefsmith.evals.metrics import (
    FIELDS,
    WEIGHTS,
    assign,
    bootstrap_ci,
    content_words,
    overall_score,
    prf,
    quote_overlap,
    role_agrees,
    score_actors,
    score_article,
    score_faithfulness,
    score_figures,
    score_quotes,
    score_text,
    summarize,
    units_compatible,
)

SEEDS = load_dataset()


def case(stem_prefix: str):
    return next(c for c in SEEDS.cases if c.article_id.startswith(stem_prefix))


def synthetic_reference(**fields) -> Reference:
    """A small synthetic reference built in the test, so expectations stay hand-computable."""
    return Reference.model_validate({"situation": "Something happened.", **fields})


def brief(**fields) -> Brief:
    return Brief(
        meta=BriefMeta(engine="synthetic"), **{"situation": "Something happened.", **fields}
    )


# --- must show: the reference scores 1.0 on every field ----------------------------------


@pytest.mark.parametrize("seed_case", SEEDS.cases, ids=lambda c: c.article_id)
def test_the_reference_scores_one_on_every_field(seed_case):
    scores = score_article(
        seed_case.reference.as_brief(), seed_case.reference, seed_case.cleaned.text
    )
    assert set(scores.fields) == set(FIELDS)
    # The seeds' references list no furniture or keep lines: those two are undefined.
    cleaning = {"furniture_left", "story_lost"}
    assert scores.fields == {field: None if field in cleaning else 1.0 for field in FIELDS}
    assert scores.misses == []
    assert scores.situation.rouge_l == 1.0 and scores.situation.content_recall == 1.0


# --- must show: an empty brief scores 0 recall --------------------------------------------


@pytest.mark.parametrize("seed_case", SEEDS.cases, ids=lambda c: c.article_id)
def test_an_empty_brief_scores_zero_recall(seed_case):
    # A Brief needs a situation; one word shared with no reference keeps every field at 0.
    empty = brief(situation="Xyzzy.")
    scores = score_article(empty, seed_case.reference, seed_case.cleaned.text)
    assert scores.actors.recall == scores.quotes.recall == scores.figures.recall == 0.0
    assert scores.actors.false_negatives == sum(not a.optional for a in seed_case.reference.actors)
    assert scores.situation.content_recall == 0.0
    assert scores.outlook.score == 0.0
    assert scores.fields["speaker_precision"] is None
    assert scores.fields["speaker_recall"] is None and scores.fields["faithfulness"] is None
    assert scores.overall == 0.0


def test_a_failed_article_scores_like_an_empty_brief():
    seed = case("000")
    scores = score_article(None, seed.reference, seed.cleaned.text)
    assert scores.overall == 0.0 and scores.quotes.recall == 0.0


# --- must show: one fabricated quote shows up in the hallucination rate --------------------


def test_one_fabricated_quote_shows_in_the_hallucination_rate():
    seed = case("000")
    honest = seed.reference.as_brief()
    fabricated = Quote(text="We will retake Donetsk by the spring", speaker="Serhiy Cherevaty")
    raw = honest.model_copy(update={"quotes": [*honest.quotes, fabricated]})

    faithfulness = score_faithfulness(raw, seed.cleaned.text)
    items = len(raw.actors) + len(raw.quotes) + len(raw.figures)
    assert faithfulness.unsupported == 1
    assert faithfulness.quotes_unsupported == pytest.approx(1 / len(raw.quotes))
    assert faithfulness.figures_unsupported == 0.0 and faithfulness.actors_unsupported == 0.0
    assert faithfulness.hallucination_rate == pytest.approx(1 / items)
    assert "We will retake Donetsk" in faithfulness.problems[0]

    # The pipeline would drop the quote from the final brief; the raw brief still counts.
    scores = score_article(honest, seed.reference, seed.cleaned.text, raw_brief=raw)
    assert scores.fields["faithfulness"] == pytest.approx(1 - 1 / items)
    assert scores.overall < 1.0


# --- must show: alias matching (Cherevatiy <-> Cherevaty) ---------------------------------


def test_transliterations_match_without_listing_them_as_aliases():
    reference = synthetic_reference(
        actors=[
            {"name": "Serhiy Cherevaty", "kind": "person"},
            {"name": "Volodymyr Zelensky", "kind": "person"},
            {"name": "Bakhmut", "kind": "place"},
        ]
    )
    candidates = [
        Actor(name="Cherevatiy", kind="person"),
        Actor(name="Mr. Zelenskyy", kind="person"),
        Actor(name="Bakhmout", kind="place"),
    ]
    scores = score_actors(candidates, reference.actors)
    assert (scores.precision, scores.recall, scores.f1) == (1.0, 1.0, 1.0)
    assert {(m.candidate, m.reference) for m in scores.matches} == {(0, 0), (1, 1), (2, 2)}


def test_alias_matching_in_the_seed_references_and_speaker_attribution():
    seed = case("000")  # the article spells him "Cherevaty"; seed 004 spells "Cherevatiy"
    quote = seed.reference.quotes[0]
    assert quote.speaker == "Serhiy Cherevaty"
    candidate = brief(
        actors=[Actor(name="Serhiy Cherevatiy", kind="person")],
        quotes=[Quote(text=quote.text, speaker="Col. Cherevatiy")],
    )
    scores = score_article(candidate, seed.reference, seed.cleaned.text)
    assert scores.actors.true_positives == 1 and scores.actors.false_positives == 0
    assert scores.quotes.true_positives == 1 and scores.quotes.speaker_accuracy == 1.0


def test_names_that_only_share_a_first_name_or_an_adjective_do_not_match():
    assert name_similarity("Vladimir", "Vladimir Putin") < 85
    assert name_similarity("Ukrainian forces", "Russian forces") < 85
    assert name_similarity("Putin", "Pushilin") < 85
    assert name_similarity("Mr. Stoltenberg", "Jens Stoltenberg") == 100


# --- building blocks ----------------------------------------------------------------------


def test_prf_hand_computed():
    assert prf(2, 1, 4) == pytest.approx((2 / 3, 0.5, 4 / 7))
    assert prf(0, 0, 3) == (0.0, 0.0, 0.0)  # claiming nothing when something is required
    assert prf(0, 0, 0) == (1.0, 1.0, 1.0)  # nothing required, nothing claimed
    assert prf(0, 2, 0) == (0.0, 1.0, 0.0)  # nothing required, two wrong claims


def test_assignment_maximizes_pairs_before_similarity():
    # Greedy-by-score takes (0,0) first and leaves row 1 unmatched; the optimum pairs both.
    matches = assign([[0.9, 0.8], [0.85, None]])
    assert {(m.candidate, m.reference) for m in matches} == {(0, 1), (1, 0)}
    assert assign([[None, None]]) == []
    assert assign([]) == []


def test_each_candidate_matches_at_most_one_reference_item():
    reference = synthetic_reference(
        actors=[
            {"name": "Wagner Group", "kind": "organization"},
            {"name": "Wagner", "kind": "organization"},
        ]
    )
    scores = score_actors([Actor(name="Wagner Group", kind="organization")], reference.actors)
    assert scores.true_positives == 1 and scores.false_negatives == 1
    assert (scores.precision, scores.recall) == (1.0, 0.5)


def test_optional_reference_items_are_neither_required_nor_penalized():
    reference = synthetic_reference(
        actors=[
            {"name": "Olena Molchanova", "kind": "person"},
            {"name": "NBC News", "kind": "organization", "optional": True},
        ]
    )
    scores = score_actors(
        [
            Actor(name="Molchanova", kind="person"),
            Actor(name="NBC News", kind="organization"),
            Actor(name="Jane Doe", kind="person"),
        ],
        reference.actors,
    )
    # 1 required matched, the optional match ignored, "Jane Doe" a false positive.
    assert (scores.true_positives, scores.false_positives, scores.false_negatives) == (1, 1, 0)
    assert (scores.precision, scores.recall) == (0.5, 1.0)
    assert scores.extra == ["Jane Doe"]


def test_quote_overlap_is_dice_over_words():
    assert quote_overlap("a b c d", "a b x d") == pytest.approx(2 * 3 / 8)
    # Quote-mark style, case and punctuation do not matter.
    assert (
        quote_overlap(
            "“We are fighting for people’s hearts,”", "we are fighting for people's hearts"
        )
        == 1.0
    )
    assert quote_overlap("", "anything") == 0.0


def test_quotes_prf_and_speaker_accuracy():
    reference = synthetic_reference(
        actors=[
            {"name": "Hanna Malyar", "kind": "person", "aliases": ["Maliar"]},
            {"name": "Pavlo Kyrylenko", "kind": "person"},
        ],
        quotes=[
            {
                "text": "the enemy is literally advancing on the bodies of its own soldiers",
                "speaker": "Hanna Malyar",
            },
            {
                "text": "the Russian army is reducing Ukrainian cities to rubble",
                "speaker": "Pavlo Kyrylenko",
            },
            {"text": "a war without rules", "speaker": "unattributed"},
        ],
    )
    candidates = [
        # 8 of the 12 reference words, in order: Dice = 2*8/(8+12) = 0.8 -> a match
        Quote(text="the enemy is literally advancing on the bodies", speaker="Maliar"),
        Quote(
            text="the Russian army is reducing Ukrainian cities to rubble", speaker="Hanna Malyar"
        ),  # right text, wrong speaker
        Quote(text="something nobody said at all", speaker="unattributed"),
    ]
    scores = score_quotes(candidates, reference)
    assert [
        (m.candidate, m.reference) for m in sorted(scores.matches, key=lambda m: m.candidate)
    ] == [(0, 0), (1, 1)]
    assert scores.matches[0].similarity == pytest.approx(0.8)
    assert (scores.precision, scores.recall) == pytest.approx((2 / 3, 2 / 3))
    assert scores.speaker_accuracy == 0.5
    assert scores.missed == ["a war without rules"]


def test_figures_match_by_value_tolerance_unit_and_range():
    reference = synthetic_reference(
        figures=[
            {
                "text": "about 70,000",
                "value": 70000,
                "unit": "people",
                "measures": "prewar population of Bakhmut",
            },
            {
                "text": "about 30 miles",
                "value": 30,
                "unit": "miles",
                "measures": "distance to Kreminna",
            },
            {
                "text": "3,000 to 4,000",
                "value": 3000,
                "value_max": 4000,
                "unit": "civilians",
                "measures": "civilians still in the city",
            },
        ]
    )
    candidates = [
        Figure(text="70 000", value=70_500, unit=None, measures="population before the war"),
        Figure(text="30 km", value=30, unit="kilometers", measures="distance to Kreminna"),
        Figure(text="up to 4,000", value=4000, unit="people", measures="civilians remaining"),
    ]
    scores = score_figures(candidates, reference)
    # 70,500 is within 2% of 70,000; 30 km is not 30 miles; 4,000 is the range's upper end.
    assert {(m.candidate, m.reference) for m in scores.matches} == {(0, 0), (2, 2)}
    assert (scores.precision, scores.recall) == pytest.approx((2 / 3, 2 / 3))
    assert scores.extra == ["30 km"]


def test_figure_meaning_breaks_ties_between_equal_values():
    reference = synthetic_reference(
        figures=[
            {
                "text": "three",
                "value": 3,
                "unit": "sides",
                "measures": "sides the city is surrounded on",
            },
            {
                "text": "three",
                "value": 3,
                "unit": "doctors",
                "measures": "doctors left in the city",
            },
        ]
    )
    scores = score_figures([Figure(text="three", value=3, measures="doctors left")], reference)
    assert [(m.candidate, m.reference) for m in scores.matches] == [(0, 1)]
    assert scores.meaning_similarity == 1.0  # token-set: "doctors left" is inside the other


def test_units():
    assert units_compatible("km", "kilometres")
    assert not units_compatible("km", "miles")
    assert units_compatible("civilians", "people")  # counted nouns never conflict
    assert units_compatible(None, "%") and not units_compatible("percent", "USD")


def test_text_scores_hand_computed():
    perfect = score_text("Russian forces shelled Bakhmut.", "Russian forces shelled Bakhmut.")
    assert (perfect.rouge_l, perfect.content_recall, perfect.score) == (1.0, 1.0, 1.0)
    partial = score_text("Bakhmut was shelled.", "Russian forces shelled Bakhmut.")
    # content words (stemmed): russian, forc, shell, bakhmut; the candidate has 2 of 4.
    assert partial.content_recall == 0.5
    # ROUGE-L over stemmed tokens: LCS("bakhmut was shell" , "russian forc shell bakhmut") = 1
    # (either "shell" or "bakhmut"): P = 1/3, R = 1/4, F = 2/7.
    assert partial.rouge_l == pytest.approx(2 / 7)
    assert score_text("", "Russian forces shelled Bakhmut.").score == 0.0
    assert score_text("anything", "") is None


def test_content_words_skip_function_words_before_stemming():
    # Stemmed first, "was" and "has" would become "wa" and "ha" and slip through.
    assert content_words("It was what he has said, in 2023.") == []
    assert content_words("Russian forces shelled Bakhmut") == [
        "russian",
        "forc",
        "shell",
        "bakhmut",
    ]


def test_overall_weights_renormalize_over_defined_fields():
    assert math.isclose(sum(WEIGHTS.values()), 1.0)
    fields = {
        "actors": 1.0,
        "quotes": 0.5,
        "speakers": None,
        "figures": 0.0,
        "situation": 1.0,
        "outlook": None,
        "faithfulness": 1.0,
    }
    expected = (0.15 * 1 + 0.15 * 0.5 + 0.15 * 0 + 0.15 * 1 + 0.20 * 1) / 0.80
    assert overall_score(fields) == pytest.approx(expected)


def test_bootstrap_ci_is_deterministic_and_hand_checkable():
    assert bootstrap_ci([0.4, 0.4, 0.4]) == pytest.approx((0.4, 0.4))
    # Two articles scoring 0 and 1: resampled means are 0, 0.5 or 1 (p = 1/4, 1/2, 1/4), so
    # the 2.5% and 97.5% percentiles are the extremes.
    assert bootstrap_ci([0.0, 1.0]) == (0.0, 1.0)
    values = [0.2, 0.9, 0.5, 0.7, 0.4]
    low, high = bootstrap_ci(values)
    assert bootstrap_ci(values) == (low, high)
    assert low < sum(values) / len(values) < high


def test_summarize_skips_undefined_values():
    per_article = [
        {"actors": 1.0, "speaker_recall": None},
        {"actors": 0.5, "speaker_recall": 1.0},
    ]
    summary = summarize(per_article)
    assert summary["actors"].mean == 0.75 and summary["actors"].n == 2
    assert summary["speaker_recall"].mean == 1.0 and summary["speaker_recall"].n == 1
    assert summary["outlook"].mean is None and summary["outlook"].n == 0


def test_items_the_engine_already_dropped_count_against_faithfulness():
    """An engine that runs the grounding check itself (the LLM engine) returns a clean brief;
    the drops it made are named in the warnings by enforce_grounding and still count."""
    from briefsmith.core.grounding import enforce_grounding

    seed = case("002")
    honest = seed.reference.as_brief()
    made_up = honest.model_copy(
        update={
            "quotes": [*honest.quotes, Quote(text="Soledar has fallen", speaker="unattributed")],
            "figures": [*honest.figures, Figure(text="987", value=987, measures="invented")],
        }
    )
    cleaned = enforce_grounding(made_up, seed.cleaned.text, analysis_of(seed.cleaned.text))
    assert len(cleaned.quotes) == len(honest.quotes)  # the engine dropped both itself

    faithfulness = score_faithfulness(cleaned, seed.cleaned.text)
    items = len(honest.actors) + len(honest.quotes) + len(honest.figures) + 2
    assert (faithfulness.items, faithfulness.unsupported) == (items, 2)
    assert faithfulness.quotes_unsupported == pytest.approx(1 / (len(honest.quotes) + 1))
    assert faithfulness.figures_unsupported == pytest.approx(1 / (len(honest.figures) + 1))
    assert faithfulness.actors_unsupported == 0.0
    assert any("Soledar has fallen" in problem for problem in faithfulness.problems)


def test_extra_figures_lower_precision_and_only_listed_optional_ones_are_free():
    """The figures metric does not reward junk: a time frame the reference does not list
    is an extra (lower precision); an optional reference figure may be named freely."""
    reference = synthetic_reference(
        figures=[
            {"text": "1,200", "value": 1200, "unit": "jobs", "measures": "jobs cut"},
            {
                "text": "three",
                "value": 3,
                "unit": "centres",
                "measures": "centres to close",
                "optional": True,
            },
        ]
    )
    kept = [Figure(text="1,200", value=1200, unit="jobs", measures="jobs")]
    with_optional = [*kept, Figure(text="three", value=3, unit="centres", measures="centres")]
    with_junk = [*kept, Figure(text="24", value=24, unit="hours", measures="hours")]
    assert score_figures(kept, reference).precision == 1.0
    assert score_figures(with_optional, reference).precision == 1.0
    junk = score_figures(with_junk, reference)
    assert junk.precision == pytest.approx(0.5) and junk.extra == ["24"]


# --- issue 20: the fields an editor reads (synthetic references, hand-computed) ----------

SYNTHETIC_NEWS = {
    "meta": {
        "outlet": "local",
        "beat": "transport",
        "licence": "CC0-1.0 (synthetic test fixture)",
    },
    "situation": "The ferry service between Dunmere and Holt Point was suspended.",
    "outlook": "The operator will decide next week whether the ferry returns in spring.",
}


def synthetic_news(**fields) -> Reference:
    """A synthetic news-format reference (meta:), so key/kind/alternates rules apply."""
    return Reference.model_validate({**SYNTHETIC_NEWS, **fields})


def test_speaker_precision_counts_wrong_speakers_and_recall_counts_unattributed_ones():
    reference = synthetic_news(
        actors=[
            {"name": "Oona Velt", "kind": "person", "key": True},
            {"name": "Ravi Dunstan", "kind": "person", "key": True},
        ],
        quotes=[
            {"text": "The hull cracked in two places", "speaker": "Oona Velt", "kind": "speech"},
            {"text": "We had no warning at all", "speaker": "Ravi Dunstan", "kind": "speech"},
            {"text": "Nobody should sail on it again", "speaker": "Ravi Dunstan", "kind": "speech"},
            {"text": "the ferry is perfectly safe", "speaker": "unattributed", "kind": "denied"},
        ],
    )
    engine = [
        Quote(text="The hull cracked in two places", speaker="Velt"),  # right
        Quote(text="We had no warning at all", speaker="Oona Velt"),  # wrong speaker
        Quote(text="Nobody should sail on it again", speaker="unattributed"),  # missed speaker
        Quote(text="the ferry is perfectly safe", speaker="Ravi Dunstan"),  # wrong: a denial
    ]
    scores = score_quotes(engine, reference)
    # Named claims: Velt (right), Oona Velt (wrong), Ravi Dunstan on the denial (wrong).
    assert scores.speaker_precision == pytest.approx(1 / 3)
    # Reference speakers named on three matched quotes; only Velt's is credited rightly.
    assert scores.speaker_recall == pytest.approx(1 / 3)
    assert scores.recall == 1.0

    # Leaving a speaker unattributed costs recall, never precision.
    cautious = [q.model_copy(update={"speaker": "unattributed"}) for q in engine]
    cautious[0] = engine[0]
    scores = score_quotes(cautious, reference)
    assert scores.speaker_precision == 1.0
    assert scores.speaker_recall == pytest.approx(1 / 3)

    kinds = {m.kind for m in score_article(brief(quotes=engine), reference, "").misses}
    assert {"wrong-speaker", "missed-speaker"} <= kinds


def test_a_quote_in_two_parts_is_found_whole_or_part_by_part():
    reference = synthetic_news(
        actors=[{"name": "Mina Hart", "kind": "person", "key": True}],
        quotes=[
            {
                "text": "The tide came in faster than the forecast said … We moved the cars first",
                "speaker": "Mina Hart",
                "kind": "speech",
            }
        ],
    )
    parts = [
        Quote(text="The tide came in faster than the forecast said", speaker="Mina Hart"),
        Quote(text="We moved the cars first", speaker="Mina Hart"),
    ]
    by_parts = score_quotes(parts, reference)
    assert (by_parts.precision, by_parts.recall, by_parts.false_positives) == (1.0, 1.0, 0)
    whole = [
        Quote(
            text="The tide came in faster than the forecast said. We moved the cars first",
            speaker="Mina Hart",
        )
    ]
    assert score_quotes(whole, reference).recall == 1.0
    # A third, unrelated quote is still a false positive.
    extra = [*parts, Quote(text="Lovely weather for it", speaker="Mina Hart")]
    assert score_quotes(extra, reference).precision == pytest.approx(2 / 3)


def test_key_actors_count_for_recall_others_are_free_and_roles_and_kinds_are_scored():
    reference = synthetic_news(
        actors=[
            {"name": "Tobias Wren", "kind": "person", "role": "harbour master", "key": True},
            {"name": "Holt Point Ferries", "kind": "organization", "key": True},
            {"name": "Dunmere Sailing Club", "kind": "organization", "key": False},
        ]
    )
    engine = [
        Actor(name="Tobias Wren", kind="person", role="master of the harbour"),
        Actor(name="Dunmere Sailing Club", kind="group"),  # free: not a key actor
        Actor(name="Holt Point", kind="place"),  # a place is not an actor here
    ]
    scores = score_actors(engine, reference.actors)
    assert scores.recall == 0.5  # Wren found, Holt Point Ferries not
    assert scores.precision == 0.5  # Wren right, the place wrong, the club free
    assert scores.kind_accuracy == 0.5  # the club's kind disagrees
    assert scores.role_accuracy == 1.0  # "harbour master" ~ "master of the harbour"
    wrong_role = [Actor(name="Tobias Wren", kind="person", role="ferry passenger")]
    assert score_actors(wrong_role, reference.actors).role_accuracy == 0.0
    no_role = [Actor(name="Tobias Wren", kind="person")]
    assert score_actors(no_role, reference.actors).role_accuracy == 0.0
    misses = score_article(brief(actors=engine), reference, "").misses
    assert {(m.kind, m.item) for m in misses} >= {
        ("place-as-actor", "Holt Point"),
        ("missed-key-actor", "Holt Point Ferries"),
    }


def test_figure_precision_has_no_free_items_and_alternates_are_explicit():
    reference = synthetic_news(
        figures=[
            {
                "text": "almost 1,400",
                "value": 1400,
                "unit": "passengers",
                "measures": "passengers stranded on the quay",
                "alternates": ["1,400 passengers"],
            }
        ]
    )
    # Same span as the alternate though the engine read the value wrongly: still a match.
    by_alternate = [Figure(text="1,400 passengers", value=14, unit="passengers", measures="x")]
    assert score_figures(by_alternate, reference).precision == 1.0
    # A time of day is not in the reference: it costs precision, nothing makes it free.
    junk = [
        Figure(text="almost 1,400", value=1400, unit="passengers", measures="passengers stranded"),
        Figure(text="6.40am", value=6.4, unit="am", measures="time"),
    ]
    scores = score_figures(junk, reference)
    assert scores.precision == 0.5 and scores.recall == 1.0
    assert scores.measures_accuracy == 1.0  # "passengers stranded" holds 2 of 3 words
    kinds = [m.kind for m in score_article(brief(figures=junk), reference, "").misses]
    assert kinds.count("junk-figure") == 1


def test_measures_need_a_third_of_the_reference_words():
    reference = synthetic_news(
        figures=[
            {
                "text": "at least 30",
                "value": 30,
                "unit": "sheep",
                "measures": "sheep drowned in the flood",
            }
        ]
    )

    def accuracy(measures: str) -> float | None:
        figure = Figure(text="at least 30", value=30, unit="sheep", measures=measures)
        return score_figures([figure], reference).measures_accuracy

    assert accuracy("sheep") == 1.0  # 1 of 3 content words (sheep, drown, flood)
    assert accuracy("animals") == 0.0
    assert accuracy("drowned in the flood") == 1.0


def test_outlook_precision_rewards_silence_when_the_article_says_nothing_ahead():
    from briefsmith.evals.metrics import score_outlook_precision

    assert score_outlook_precision("", "") == 1.0
    assert score_outlook_precision("The ferry sank in 1998.", "") == 0.0
    ahead = "The operator will decide next week whether the ferry returns in spring."
    assert score_outlook_precision(ahead, ahead) == 1.0
    background = "The ferry was built in Glasgow and served the island for forty years."
    assert score_outlook_precision(f"{ahead} {background}", ahead) == 0.5
    assert score_outlook_precision("", ahead) is None


def test_furniture_left_and_story_sentences_lost_are_read_in_the_cleaned_text():
    from briefsmith.evals.metrics import score_cleaning

    reference = synthetic_news(
        furniture=["By KIT MARLOWE FOR THE DAILY SYNTHETIC", "Scroll down for video"],
        keep=["The ferry had run every hour since May.", "Reuters reported the closure first."],
    )
    cleaned = "Scroll down for video\n\nThe ferry had run every hour since May."
    scores = score_cleaning(reference, cleaned)
    assert scores.furniture_left == ["Scroll down for video"]
    assert scores.lost == ["Reuters reported the closure first."]
    article = score_article(brief(), reference, cleaned)
    assert article.fields["furniture_left"] == 0.5 and article.fields["story_lost"] == 0.5
    kinds = {m.kind for m in article.misses}
    assert {"leftover-furniture", "lost-sentence"} <= kinds
    # Punctuation and quote marks do not hide a kept sentence.
    assert score_cleaning(reference, "the ferry had run every hour since may").lost == [
        "Reuters reported the closure first."
    ]


def test_furniture_counts_as_left_only_as_a_line_of_its_own_or_attached_at_an_end():
    """Synthetic: a topic tag ("Flooding") whose word the story uses, or an outlet the
    story names, was removed; the same line standing alone, trimmed, or still opening
    a story paragraph (a dateline) was not."""
    from briefsmith.evals.metrics import score_cleaning

    reference = synthetic_news(
        furniture=["Flooding", "Wessex Radio News", "KINGSPORT, Jan 5 (Wirecast) -", "Share this"]
    )
    story = (
        "Flooding closed the road on Monday, Wessex Radio News reported.\n\n"
        "KINGSPORT, Jan 5 (Wirecast) - The port reopened on Tuesday."
    )
    assert score_cleaning(reference, story).furniture_left == ["KINGSPORT, Jan 5 (Wirecast) -"]
    with_tag = story + "\n\nFlooding\n\nShare"
    assert score_cleaning(reference, with_tag).furniture_left == [
        "Flooding",
        "KINGSPORT, Jan 5 (Wirecast) -",
        "Share this",
    ]


def test_each_miss_carries_the_sentence_it_came_from():
    article = (
        "Ferries stopped on Monday. Harbour master Tobias Wren said the pier was unsafe.\n\n"
        '"We cannot take the risk," Wren said. About 300 people were affected.'
    )
    reference = synthetic_news(
        actors=[{"name": "Tobias Wren", "kind": "person", "key": True, "aliases": ["Wren"]}],
        quotes=[{"text": "We cannot take the risk", "speaker": "Tobias Wren", "kind": "speech"}],
        figures=[
            {"text": "About 300", "value": 300, "unit": "people", "measures": "people affected"}
        ],
    )
    misses = {m.kind: m for m in score_article(brief(), reference, article).misses}
    assert misses["missed-quote"].sentence == '"We cannot take the risk," Wren said.'
    assert misses["missed-figure"].sentence == "About 300 people were affected."
    assert misses["missed-key-actor"].sentence.startswith("Harbour master Tobias Wren")


def test_a_rise_in_a_lower_is_better_field_is_a_regression(tmp_path):
    from briefsmith.evals.gates import BASELINES_DIR
    from briefsmith.evals.metrics import LOWER_IS_BETTER
    from briefsmith.evals.results import RunResults
    from briefsmith.evals.runner import compare_runs, load_run

    assert {"furniture_left", "story_lost"} == LOWER_IS_BETTER
    base = load_run(BASELINES_DIR / "extractive-news-dev.json")
    worse = base.model_copy(deep=True)
    worse.summary["furniture_left"].mean = base.summary["furniture_left"].mean + 0.1
    better = base.model_copy(deep=True)
    better.summary["furniture_left"].mean = base.summary["furniture_left"].mean - 0.1
    assert [c.field for c in compare_runs(worse, base).regressions] == ["furniture_left"]
    assert compare_runs(better, base).passed
    assert isinstance(worse, RunResults)


def test_namesakes_named_in_full_are_never_scored_as_each_other():
    """Synthetic: two people share a surname, and the reference lists the bare surname as
    an alias of one. Each candidate named in full is scored as the reference that names
    them in full, never as the other through the shared surname (metrics 3)."""
    reference = synthetic_reference(
        actors=[
            {
                "name": "Gareth Pengrove",
                "kind": "person",
                "role": "driver",
                "aliases": ["Mr Pengrove", "Pengrove"],
            },
            {"name": "Kerry Pengrove", "kind": "person", "role": "his widow"},
        ]
    )
    candidates = [
        Actor(name="Kerry Pengrove", kind="person", role="his widow"),
        Actor(name="Gareth Pengrove", kind="person", role="driver", aliases=["Mr Pengrove"]),
    ]
    scores = score_actors(candidates, reference.actors)
    assert {(m.candidate, m.reference) for m in scores.matches} == {(0, 1), (1, 0)}
    assert scores.role_accuracy == 1.0
    # one named only by title and surname still matches the surname alias
    alone = score_actors([Actor(name="Mr Pengrove", kind="person")], reference.actors)
    assert [(m.candidate, m.reference) for m in alone.matches] == [(0, 0)]


def test_a_title_written_short_in_a_role_is_its_office_spelled_out() -> None:
    # Metrics 4: "chief superintendent" is the role the article wrote "Ch Supt".
    assert role_agrees("chief superintendent", "Ch Supt of the county force")
    assert role_agrees("Det Sgt", "detective sergeant")
    assert role_agrees("Cllr", "councillor for the ward")
    assert not role_agrees("manager", "Ch Supt of the county force")
    # (a lower-case word is no title: "di" of a bank's name is not an inspector)
    assert not role_agrees("detective inspector", "director of Banca di Roma")
