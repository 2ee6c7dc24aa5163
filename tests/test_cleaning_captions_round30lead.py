"""Round 30 (#21, the lead's cleaning): page furniture that dev's tabloid and wire pages
showed in several outlets' voices. All passages are synthetic, written for these tests
(invented people, places and agencies):

- a picture desk's label for an illustration ("(stock image)", "(file photo)") ending a
  line makes that line a caption;
- a news agency's desk initials on the copy's last line ("SKS RK NB", three groups or
  more) are no part of the story.

A body sentence that points at a picture and ends with a full stop is the story, and
stays. So does a line that points at a picture and goes on with a verb and a fact but no
full stop ("Jo Roe (pictured) quit after 71 shows"): it may be a caption or the story's
summary line, and it may be the only place that fact is told."""

from __future__ import annotations

import asyncio

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput
from briefsmith.engines.extractive import ExtractiveEngine

_LEAD = (
    "Harbour board fined over dredging spill\n\n"
    "The Port Tamsin harbour board was fined £85,000 on Tuesday after silt from its "
    "dredging works smothered an oyster bed, the environment agency said.\n\n"
)
_AFTER = "\n\nThe board said it would appeal the fine, which is due by the end of March."


def _kept(line: str, *, lead: str = _LEAD, after: str = _AFTER) -> bool:
    return line in clean_article(ArticleInput(text=lead + line + after)).text


@pytest.mark.parametrize(
    "caption",
    [
        # NZ local, with a picture desk's label and no verb
        "A slip blocks the road north of Kaiwaka (file photo)",
        # UK tabloid health, the illustration's label after a full clause
        "Porridge has long been sold as a heart-healthy breakfast (stock image)",
        "Commuters wait on a crowded platform at rush hour (library picture)",
    ],
)
def test_a_line_ending_in_a_picture_desks_label_is_a_caption(caption: str) -> None:
    assert not _kept(caption)


@pytest.mark.parametrize(
    "sentence",
    [
        # the story itself, pointing at a picture but ending as a sentence does
        "Dale Fennick (pictured) used a false name to rent the warehouse, the court heard.",
        "Ms Achebe (pictured with her daughter) has raised £12,000 for the ward.",
        "Coach Rangi Tawhiri (left) said: 'We were second best for an hour.'",
        # a pointer, then a verb and a fact, with no stop: a caption or the story's
        # summary line; it may be the only place the fact is told, so it stays
        "Dale Fennick (pictured) used a false name to rent the warehouse",
        "Cian Mulvey (pictured right) has scored nine goals in 14 games this season",
        # no pointer at all, and no stop: not this rule's to judge
        "The harbour board has run the port since 1998 and employs 140 people.",
    ],
)
def test_a_story_sentence_that_points_at_a_picture_stays(sentence: str) -> None:
    assert _kept(sentence)


def test_a_picture_pointer_line_loses_its_numbers_as_figures_too() -> None:
    # Kenyan tabloid sport: the caption's tallies are not the story's figures.
    text = (
        _LEAD
        + "Striker Otieno Wafula (pictured) has scored 17 goals in 23 games since his move\n\n"
        + "The club paid Sh4.5 million for him in January."
    )
    brief = asyncio.run(ExtractiveEngine().summarize(clean_article(ArticleInput(text=text))))
    texts = {figure.text for figure in brief.figures}
    assert "£85,000" in texts
    assert not {"17", "23", "17 goals"} & texts


@pytest.mark.parametrize(
    "initials",
    ["SKS RK NB", "DTB KRV MPL JH", "AHM TRS KD"],
)
def test_an_agencys_desk_initials_on_the_last_line_are_furniture(initials: str) -> None:
    lead = (
        "High court grants bail to trader\n\n"
        "MUMBAI: The Bombay High Court on Monday granted bail to a grain trader held "
        "for six months, his counsel said.\n\n"
    )
    assert not _kept(initials, lead=lead, after="")


@pytest.mark.parametrize(
    "last_line",
    [
        # short lines in capitals that are the story's words or a sign-off with a stop
        "NHS UK",
        "The BBC has asked the NHS and the FA for comment.",
        "FULL TIME: UTD 2 CITY 1",
    ],
)
def test_a_last_line_that_is_not_only_initials_stays(last_line: str) -> None:
    lead = (
        "Derby ends level\n\n"
        "United and City drew on Saturday, and both managers praised their defences, "
        "the league said.\n\n"
    )
    assert _kept(last_line, lead=lead, after="")
