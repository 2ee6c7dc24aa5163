"""One answer to "same person?" (briefsmith.core.names.same_person), and grounding using it.

Articles here are synthetic: written for these tests, in no eval split."""

from __future__ import annotations

import pytest
from briefsmith.core.grounding import enforce_grounding
from briefsmith.core.names import Match, NameParts, match_names, same_person
from briefsmith.core.schema import Brief, BriefMeta, Quote
from briefsmith.engines.linguistic import analysis_of


@pytest.mark.parametrize(
    ("a", "b", "kind", "expected"),
    [
        # Two people who share a surname are two people.
        ("Jane Smith", "John Smith", "person", False),
        ("Priya Raman", "Arun Raman", "person", False),
        ("Dr. Maria Lopez", "Carlos Lopez", "person", False),
        ("Serena Williams", "Venus Williams", "person", False),
        # A title, a bare surname or an initial is the same person.
        ("Mr Smith", "John Smith", "person", True),
        ("Smith", "John Smith", "person", True),
        ("Mrs. Okafor", "Ade Okafor", "person", True),
        ("Gen. Tomas Berg", "Tomas Berg", "person", True),
        ("J. Smith", "John Smith", "person", True),
        ("Smith's", "John Smith", "person", True),
        # Close transliterations are one person; a first name alone is not a surname.
        ("Zelensky", "Volodymyr Zelenskyy", "person", True),
        ("Dmitri Peskov", "Dmitriy Peskov", "person", True),
        ("Sergei Ivanov", "Sergey Ivanov", "person", True),
        ("Jan Novak", "Jon Novak", "person", False),
        ("Volodymyr", "Volodymyr Zelenskyy", "person", False),
        ("President", "Ade Okafor", "person", False),
        # Organizations, countries, places.
        ("EU", "European Union", "organization", True),
        ("U.S.", "United States", "country", True),
        ("Apex", "Apex Holdings", "organization", True),
        ("the ministry", "Ministry of Finance", "organization", True),
        ("Ministry of Finance", "Ministry of Defence", "organization", False),
        ("Austria", "Australia", "country", False),
        ("Bakhmout", "Bakhmut", "place", True),
    ],
)
def test_same_person(a, b, kind, expected):
    assert same_person(a, b, kind) is expected
    assert same_person(b, a, kind) is expected  # symmetric


def test_same_person_is_match_names_as_a_yes_or_no():
    assert match_names(NameParts.of("Smith", "person"), NameParts.of("John Smith", "person")) is (
        Match.PARTIAL
    )
    assert match_names(
        NameParts.of("Jane Smith", "person"), NameParts.of("John Smith", "person")
    ) is (Match.NONE)


# Synthetic: two people with one surname; the article credits the quote to one of them.
COUNCIL = (
    "{other}, who runs a bakery on the high street, watched the crews work through the "
    "night.\n"
    "\u201cThe bridge will reopen on Monday,\u201d said {speaker}, the council's transport "
    "director.\n"
)


@pytest.mark.parametrize(
    ("speaker", "other"),
    [
        ("John Smith", "Jane Smith"),  # the case
        ("Arun Raman", "Priya Raman"),
        ("Carlos Lopez", "Dr. Maria Lopez"),
        ("Tomas Berg", "Ingrid Berg"),
    ],
)
def test_a_quote_claimed_for_a_namesake_is_reattributed(speaker, other):
    article = COUNCIL.format(speaker=speaker, other=other)
    claimed = other.removeprefix("Dr. ")
    brief = Brief(
        situation="The council said the bridge would reopen.",
        quotes=[Quote(text="The bridge will reopen on Monday", speaker=claimed)],
        meta=BriefMeta(engine="synthetic"),
    )
    grounded = enforce_grounding(brief, article, analysis_of(article))
    assert [q.speaker for q in grounded.quotes] == [speaker]
    assert any(
        w.code == "speaker-reattributed" and speaker in w.message for w in grounded.meta.warnings
    )


@pytest.mark.parametrize("claimed", ["Smith", "John Smith"])
def test_the_same_speaker_by_title_or_surname_stands(claimed):
    article = COUNCIL.format(speaker="John Smith", other="Jane Doe")
    brief = Brief(
        situation="The council said the bridge would reopen.",
        quotes=[Quote(text="The bridge will reopen on Monday", speaker=claimed)],
        meta=BriefMeta(engine="synthetic"),
    )
    grounded = enforce_grounding(brief, article, analysis_of(article))
    assert [q.speaker for q in grounded.quotes] == [claimed]
    assert not [w for w in grounded.meta.warnings if w.code.startswith("speaker-")]


def test_a_transliterated_speaker_stands():
    article = (
        "\u201cWe will not give up the city,\u201d said Volodymyr Zelenskyy, the president, "
        "on Tuesday.\n"
    )
    brief = Brief(
        situation="The president said the city would hold.",
        quotes=[Quote(text="We will not give up the city", speaker="Zelenskyy")],
        meta=BriefMeta(engine="synthetic"),
    )
    grounded = enforce_grounding(brief, article, analysis_of(article))
    assert [q.speaker for q in grounded.quotes] == ["Zelenskyy"]
    assert not [w for w in grounded.meta.warnings if w.code.startswith("speaker-")]
