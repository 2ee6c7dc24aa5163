"""Every item's span is the occurrence it came from, not the first match of the same
characters (issue 15, item 2). Articles written for these tests repeat a number or a
quoted fragment in different sentences; the grounding check recomputes every span and
chooses among the verified occurrences by the item's context or the engine's hint."""

from __future__ import annotations

import asyncio

from briefsmith.briefing.pipeline import make_brief
from briefsmith.core.grounding import enforce_grounding, locate_figure
from briefsmith.core.schema import ArticleInput, Brief, BriefMeta, Figure, Quote, Span
from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.engines.linguistic import analysis_of

SPORTS = (
    "The visitors attacked from three sides in the opening minutes, and the home side "
    "held firm.\n\n"
    "By half-time the club had opened three new stands for supporters, and 40,000 fans "
    "filled them.\n\n"
    "Coach Ann Lee said the team had won three titles in five years."
)

BUSINESS = (
    "Harlow Foods said on Monday that it would close two factories in the north. "
    "Union leader Sam Patel said: “We will fight this decision.”\n\n"
    "Chief executive Rita Gomez said the closures would save money. “We will fight this "
    "decision” was the union's message, she said, adding: “We will fight for the brand.”\n\n"
    "The company also said two warehouses would open next year."
)


def _brief(**items) -> Brief:
    return Brief(situation="Something happened.", meta=BriefMeta(engine="test"), **items)


def test_a_figures_span_follows_what_it_measures():
    # No engine hint (as from a model): the measured words choose the occurrence.
    stands = locate_figure("three", 3, None, SPORTS, context="new stands for supporters")
    titles = locate_figure("three", 3, None, SPORTS, context="titles")
    sides = locate_figure("three", 3, None, SPORTS, context="sides")
    assert stands is not None and titles is not None and sides is not None
    assert "stands" in SPORTS[stands.end : stands.end + 12]
    assert "titles" in SPORTS[titles.end : titles.end + 10]
    assert SPORTS[sides.end : sides.end + 6] == " sides"
    assert len({stands.start, titles.start, sides.start}) == 3


def test_without_context_the_engine_hint_chooses_and_characters_are_still_checked():
    last = SPORTS.rindex("three")
    span = locate_figure("three", 3, None, SPORTS, hint=last + 2)
    assert span is not None and span.start == last
    # A hint that points at other characters never becomes the span.
    wrong = locate_figure("three", 3, None, SPORTS, hint=SPORTS.index("40,000"))
    assert wrong is not None and SPORTS[wrong.start : wrong.end] == "three"


def test_enforce_grounding_gives_each_repeated_figure_its_own_span():
    brief = _brief(
        figures=[
            Figure(text="two", value=2, measures="warehouses would open"),
            Figure(text="two", value=2, measures="factories in the north"),
        ]
    )
    grounded = enforce_grounding(brief, BUSINESS, analysis_of(BUSINESS))
    warehouses, factories = (f.span for f in grounded.figures)
    assert warehouses is not None and factories is not None
    assert BUSINESS[warehouses.end :].startswith(" warehouses")
    assert BUSINESS[factories.end :].startswith(" factories")


def test_a_repeated_quote_takes_the_occurrence_credited_to_its_speaker():
    patel = Quote(text="We will fight this decision", speaker="Sam Patel")
    gomez = Quote(text="We will fight this decision", speaker="Rita Gomez")
    grounded = enforce_grounding(_brief(quotes=[patel, gomez]), BUSINESS, analysis_of(BUSINESS))
    first, second = (q.span for q in grounded.quotes)
    assert first is not None and second is not None
    assert first.start == BUSINESS.index("We will fight this decision")
    assert second.start == BUSINESS.rindex("We will fight this decision")


def test_a_quote_hint_is_used_only_among_verified_occurrences():
    later = BUSINESS.rindex("We will fight this decision")
    quote = Quote(text="We will fight this decision", span=Span(start=later, end=later + 5))
    (grounded,) = enforce_grounding(_brief(quotes=[quote]), BUSINESS, analysis_of(BUSINESS)).quotes
    assert grounded.span is not None
    assert grounded.span.start == later
    assert BUSINESS[grounded.span.start : grounded.span.end] == "We will fight this decision"


def test_the_extractive_engine_spans_point_at_their_own_sentences():
    result = asyncio.run(make_brief(ArticleInput(text=SPORTS), ExtractiveEngine()))
    text = result.article.text
    for figure in result.brief.figures:
        assert figure.span is not None
        written = text[figure.span.start : figure.span.end]
        assert written == figure.text
        if figure.value == 3 and figure.measures:
            # The measured words are read from the number's own sentence, at its span
            # (its content words: `measures` may join them with "by", "of").
            start = text.rfind(".", 0, figure.span.start) + 1
            end = text.find(".", figure.span.end)
            sentence = text[start : end if end >= 0 else len(text)]
            content = [word for word in figure.measures.split() if len(word) > 3]
            assert content and all(word in sentence for word in content), figure
