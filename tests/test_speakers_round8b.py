# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Speakers, round 8b, on synthetic articles written for these tests (invented people,
trusts, courts and shops): a "she said" after a paragraph about a woman named only as an
owner ("Priya Castell's daughter died ...") is not credited past her to an earlier
speaker of the same gender, and never to one the article says died: either the owner or
nobody. Where no such woman comes between, the earlier speaker still speaks. Beats:
health, courts, local business."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief

PASSED_OWNER = [
    (
        """Maternity inquiry hears from parents

Dr Helen Varga, medical director of the trust, said staffing had improved since 2022.

Priya Castell's daughter Ada died a day after she was born. The inquiry found the delay contributed to her death.

"Nobody told me the truth for three years," she said.""",
        "Helen Varga",
    ),
    (
        """Driver jailed over crash

Prosecutor Maria Olsen said the driver had been on his phone.

Joan Whitlock's husband Peter was killed at the junction in May. The court heard he had been cycling home from work.

"Our life together ended in a second," she said.""",
        "Maria Olsen",
    ),
    (
        """Shops flooded after storm

Councillor Anne Price said the drains on the high street had been cleared in the autumn.

Sarah Kell's bakery was flooded on Sunday night. The water reached the counters within an hour.

"We have lost everything we built," she said.""",
        "Anne Price",
    ),
]


@pytest.mark.parametrize(("text", "earlier"), PASSED_OWNER)
def test_a_pronoun_is_not_credited_past_a_nearer_owner_of_its_gender(
    text: str, earlier: str
) -> None:
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    # the owner ("Priya Castell") may be meant; the earlier speaker and the dead are not
    owner = text.split("\n\n")[2].split("'s ")[0]
    assert quotes[0].speaker in {owner, "unattributed"}
    assert quotes[0].speaker != earlier


NO_ONE_BETWEEN = [
    (
        """Maternity inquiry hears from staff

Dr Helen Varga, medical director of the trust, gave evidence on Tuesday.

The trust's report was published in March and found delays on two wards.

"We have recruited 40 midwives since then," she said.""",
        "Helen Varga",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), NO_ONE_BETWEEN)
def test_with_no_one_between_the_earlier_speaker_still_speaks(text: str, speaker: str) -> None:
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker
