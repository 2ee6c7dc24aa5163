"""Institutions as speakers (issue 15, item 3): "the ministry said", "the company said",
"said the club", "It said", "the statement said" credit the organization the article
names nearby; a quote stays unattributed only when nothing fits. Articles written for
these tests; the seed checks use the seeds' own organizations."""

from __future__ import annotations

import pathlib

import pytest
from briefsmith.core.grounding import Grounder
from briefsmith.core.schema import Quote
from briefsmith.engines.linguistic import analysis_of

SEEDS = pathlib.Path(__file__).resolve().parents[1] / "seeds"


def _speakers(text: str) -> dict[str, str]:
    return {q.text: q.speaker for q in analysis_of(text).quotes}


BUSINESS = (
    "Apex Holdings cut its profit forecast on Tuesday after a fire closed its largest "
    "plant.\n\n"
    "“Production will resume within weeks, not months,” the company said in a statement. "
    "Analysts at Lydgate Research said the cut was smaller than feared.\n\n"
    "The Ministry of Finance said it was watching the case. “We see no risk to supply "
    "chains at this stage,” the ministry said."
)

SPORTS = (
    "Northgate FC have sacked their manager after a run of eight defeats.\n\n"
    "“We thank him for his work and wish him well,” the club said in a statement on "
    "Sunday. The Football Association said it would not investigate.\n\n"
    "“The decision was taken by the board alone,” it said."
)

COURT = (
    "The Supreme Court of Valoria struck down a ban on street protests on Friday.\n\n"
    "“The right to assemble cannot be switched off by decree,” the court said in its "
    "ruling. Lawyers for the government said they would study the decision.\n\n"
    "“The statute was drafted in haste,” the statement said."
)

NOTHING_FITS = (
    "Rain delayed the opening match of the season in Fairhaven on Saturday.\n\n"
    "“We expect to finish the game tomorrow,” the organizers said."
)


def test_the_company_and_the_ministry_resolve_to_the_named_organizations():
    speakers = _speakers(BUSINESS)
    assert speakers["Production will resume within weeks, not months"] == "Apex Holdings"
    assert speakers["We see no risk to supply chains at this stage"] == "Ministry of Finance"


def test_the_club_said_and_it_said():
    speakers = _speakers(SPORTS)
    assert speakers["We thank him for his work and wish him well"] == "Northgate FC"
    # "It" is the organization named last before the quote.
    assert speakers["The decision was taken by the board alone"] == "Football Association"


def test_the_court_said_and_the_statement_said():
    speakers = _speakers(COURT)
    court = "Supreme Court of Valoria"
    assert speakers["The right to assemble cannot be switched off by decree"] == court
    assert speakers["The statute was drafted in haste"] == court


def test_a_noun_no_named_organization_fits_stays_unattributed():
    assert _speakers(NOTHING_FITS) == {"We expect to finish the game tomorrow": "unattributed"}


def test_grounding_credits_the_institution_too():
    """The grounding check reuses the attribution: a model's quote credited to the
    institution stands."""
    verdict = Grounder(BUSINESS, analysis_of(BUSINESS)).quote(
        0,
        Quote(text="We see no risk to supply chains at this stage", speaker="Ministry of Finance"),
    )
    assert verdict.grounded and verdict.speaker_grounded
    assert verdict.article_speaker == "Ministry of Finance"


@pytest.mark.parametrize(
    ("seed", "fragment", "organization"),
    [
        ("002", "probably control most of the city", "British Ministry of Defense"),
        ("003", "conduct a limited and controlled withdrawal", "Institute for the Study of War"),
    ],
)
def test_seed_institutions_are_credited(seed, fragment, organization):
    (path,) = SEEDS.glob(f"{seed}_*.txt")
    speakers = _speakers(path.read_text(encoding="utf-8"))
    (speaker,) = [who for text, who in speakers.items() if fragment in text]
    assert speaker == organization
