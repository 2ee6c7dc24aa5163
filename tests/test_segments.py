"""The one sentence splitter (service/briefsmith/core/segments.py): what it calls a sentence, and
the
index over its offsets that every stage shares."""

from __future__ import annotations

import itertools

from briefsmith.core.schema import Brief, BriefMeta
from briefsmith.core.segments import SentenceIndex, count_sentences, paragraphs, sentences
from hypothesis import given, settings
from hypothesis import strategies as st


def texts(text: str) -> list[str]:
    return [s.text for s in sentences(text)]


def test_abbreviations_and_initials_do_not_end_a_sentence():
    text = (
        "Dr. Lena Ortiz met Gov. Paul Ames at 9 a.m. in the U.S. capital. "
        "Judge Mary K. Wills ruled. The appeal, filed by J. R. R. Hale, failed."
    )
    assert texts(text) == [
        "Dr. Lena Ortiz met Gov. Paul Ames at 9 a.m. in the U.S. capital.",
        "Judge Mary K. Wills ruled.",
        "The appeal, filed by J. R. R. Hale, failed.",
    ]


def test_a_long_word_before_a_period_ends_the_sentence():
    assert texts("The striker scored unbelievably. Fans cheered.") == [
        "The striker scored unbelievably.",
        "Fans cheered.",
    ]


def test_sentences_never_cross_a_paragraph_break():
    text = "Shares fell 4% on Monday\n\nAnalysts had expected a rise. Trading was heavy."
    assert texts(text) == [
        "Shares fell 4% on Monday",
        "Analysts had expected a rise.",
        "Trading was heavy.",
    ]
    assert next(p.text for p in paragraphs(text)) == "Shares fell 4% on Monday"


def test_the_schema_counts_situation_sentences_with_the_same_splitter():
    assert count_sentences("Judge Mary K. Wills ruled on Friday.") == 1
    assert count_sentences("A. B. C. D.") == 1
    assert count_sentences("It rained. Roads shut. Trains stopped. Schools closed.") == 4
    brief = Brief(
        situation="Judge Mary K. Wills, of the U.S. court, ruled.", meta=BriefMeta(engine="x")
    )
    assert brief.situation.startswith("Judge")


def test_sentence_index_finds_the_sentence_holding_a_position():
    text = "The club won. Its coach left.\n\nA new coach starts in May."
    index = SentenceIndex(text)
    assert len(index) == 3
    assert index.containing(text.index("coach left")).text == "Its coach left."
    assert index.containing(text.index("May")).text == "A new coach starts in May."
    assert index.containing(text.index("\n")) is None
    assert index.bounds(text.index("\n")) == (text.index("\n"), text.index("\n"))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Ab. ?!\n“”\"'1,")), max_size=200))
def test_sentences_are_ordered_disjoint_slices_covering_every_word(text):
    found = sentences(text)
    for sentence in found:
        assert text[sentence.start : sentence.end] == sentence.text
        assert "\n" not in sentence.text
    for before, after in itertools.pairwise(found):
        assert before.end <= after.start
    covered = "".join(s.text for s in found)
    assert "".join(text.split()) == "".join(covered.split())
    index = SentenceIndex(text)
    for sentence in found:
        assert index.containing(sentence.start) == sentence
        assert index.containing(sentence.end - 1) == sentence
