# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Actors, round 8 (third batch), on synthetic articles written for these tests
(invented people and companies): a headline's trade written as its first word ("Brewer
shares slide", "Carmaker recalls SUVs") and never named again is no body; a country's
name inside a post another owner holds ("Velden's UK managing director") says where the
post is and is no actor. Beats and styles: wire business, broadsheet motoring, trade
banking."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief


def names(text: str) -> list[str]:
    return [a.name for a in build_brief(text).actors]


BREWER = """Brewer shares slide on profit warning

Shares in Hopcroft Brewing fell 11% on Thursday after the company cut its profit forecast.

"Costs have risen faster than we can pass them on," said Tom Reddish, Hopcroft's chief executive."""

CARMAKER = """Carmaker recalls SUVs over brake fault

Velden Motors is recalling 12,000 SUVs over a fault with the brakes, the company said.

"No accidents have been reported," said Ines Faure, the company's head of quality."""


def test_a_headline_trade_is_no_body() -> None:
    found = names(BREWER)
    assert "Brewer" not in found
    assert "Hopcroft Brewing" in found


def test_a_headline_trade_before_a_verb_is_no_body() -> None:
    found = names(CARMAKER)
    assert "Carmaker" not in found
    assert "Velden Motors" in found


# A one-word company the headline names and the story names again stays.
NAMED_AGAIN = """Quorvo shares jump on takeover bid

Quorvo shares rose 30% on Monday after the chipmaker received a takeover approach.

Quorvo said it was considering the offer. "We will act in shareholders' interests," said Lydia Brandt, its chair."""


def test_a_company_the_story_names_again_stays() -> None:
    assert "Quorvo" in names(NAMED_AGAIN)


UK_POST = """Carmaker cuts 900 jobs at plant

Velden Motors will cut 900 jobs at its Sunderland plant, the company said on Tuesday.

"This is a painful decision," said Ines Faure, Velden's UK managing director."""

US_POST = """Bank to shut trading desk

Harbourne Bank will close its commodities trading desk in New York, with the loss of 200 jobs.

"The market has changed," said Owen Pike, Harbourne's US chief executive."""


def test_a_country_in_a_post_of_a_company_is_no_actor() -> None:
    found = names(UK_POST)
    assert "UK" not in found
    assert "Ines Faure" in found


def test_a_country_in_a_post_of_a_bank_is_no_actor() -> None:
    found = names(US_POST)
    assert "US" not in found
    assert "Owen Pike" in found
