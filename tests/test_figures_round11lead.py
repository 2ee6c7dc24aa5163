"""A text the linguistic edge does not parse (a hostile paragraph of tens of thousands of
characters with nothing it will take) gives an analysis with no tokens; the figure rules
read from the parse must then stand down rather than index an empty parse. The bench's
"numbers, commas, ranges" shape crashed the brief with an IndexError after round 11's
"digits open a name" rule. Synthetic hostile shapes from tests/adversarial_inputs.py."""

from __future__ import annotations

import pytest
from briefsmith.core.candidates import MAX_CANDIDATES, build_candidates
from briefsmith.engines.extractive import MAX_ITEMS, build_brief
from briefsmith.engines.linguistic import analysis_of

from tests.adversarial_inputs import SHAPES


@pytest.mark.parametrize("shape", list(SHAPES))
def test_a_text_with_no_parse_still_gets_a_brief(shape: str) -> None:
    text = SHAPES[shape](20_000)
    analysis = analysis_of(text)
    brief = build_brief(text, analysis=analysis)
    candidates = build_candidates(text, analysis)
    assert brief.meta.engine == "extractive"
    assert len(brief.figures) <= MAX_ITEMS
    assert len(candidates.figures) <= MAX_CANDIDATES


def test_the_numbers_shape_is_unparsed_and_still_lists_its_figures() -> None:
    text = SHAPES["numbers, commas, ranges"](20_000)
    analysis = analysis_of(text)
    assert len(analysis.tokens) == 0  # the case this file is about
    assert build_brief(text, analysis=analysis).figures
