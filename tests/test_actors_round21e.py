# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Actors, round 21 (helper e), on synthetic passages written for these tests (invented
retailers, auction houses, jewellers, brokers and people): a body whose name ends in
"'s" ("Sotheby's said", "Pollard's, the Welsh bakery chain,", "Shares in Walden's
fell") keeps the "'s" in its name, while an owner's "'s" ("Tesco's profits rose") and a
body the article also writes bare keep the bare name; "Broker", "Grocer", "Jeweller"
opening a body's name describe it ("Broker Shore Capital raised its target"). Beats and
outlets: retail (broadsheet, wire), arts (wire), business (Irish local), markets (trade);
UK and Irish English."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief


def kinds(text: str) -> dict[str, str]:
    return {n: a.kind for a in build_brief(text).actors for n in (a.name, *a.aliases)}


AUCTION = """Harkwell's said the painting would be sold in New York in May. The auction house expects it to fetch $20m, its head of sales, Dora Quint, said."""

BAKERY = """Pollard's, the Welsh bakery chain, said sales rose 4% in the year to March. It will open 12 shops in Cardiff and Swansea."""

JEWELLER = """Shares in Walden's fell 8% after the jeweller said Christmas sales had disappointed, the company's chief executive, Ruth Amory, said."""


OWNER = """Corrabel's profits rose 12% in the half year. Corrabel said it would open 20 shops, chief executive Lena Hart said."""


def test_a_body_named_with_apostrophe_s_keeps_it_and_an_owner_does_not() -> None:
    auction = kinds(AUCTION)
    assert auction.get("Harkwell's") == "organization"
    assert "Harkwell" not in auction
    bakery = kinds(BAKERY)
    assert bakery.get("Pollard's") == "organization"
    assert "Pollard" not in bakery
    jeweller = kinds(JEWELLER)
    assert jeweller.get("Walden's") == "organization"
    assert "Walden" not in jeweller
    # An owner's "'s", by a body the article also writes bare: the bare name.
    owner = kinds(OWNER)
    assert owner.get("Corrabel") == "organization"
    assert "Corrabel's" not in owner


BROKER = """Broker Shore Hollis raised its target price for the shares to 450p on Monday. Shore Hollis said the chain was winning customers from its rivals."""


def test_broker_opening_a_body_name_describes_it() -> None:
    broker = [a for a in build_brief(BROKER).actors if "Shore Hollis" in (a.name, *a.aliases)]
    assert broker and broker[0].name == "Shore Hollis"
    assert broker[0].kind == "organization"


# A one-word name taken up by "the <body noun>" opening the next sentence.

BAKERY_RESULTS = """Crustwell reported a 9% rise in sales in the first quarter. The bakery chain said shoppers were buying more breakfast items."""

GROCER = """Basketon said its warehouse in Andover would reopen next month. The online grocer lost £40m in the half year."""

INSURER = """Halvard cut 300 jobs on Monday. The insurer said the roles were in its head office."""

COMMON_NOUN_OPENS = (
    """Shoppers flocked to the sales on Boxing Day. The retailer said footfall rose 8%."""
)

PERSON_THEN_FIRM = """Okafor resigned in March. The company said his departure was amicable."""


def test_a_one_word_name_taken_up_by_a_body_noun_is_a_body() -> None:
    assert kinds(BAKERY_RESULTS).get("Crustwell") == "organization"
    assert kinds(GROCER).get("Basketon") == "organization"
    assert kinds(INSURER).get("Halvard") == "organization"
    # "his" in the next sentence: the lone name is a person's, not the company's.
    assert "Okafor" not in kinds(PERSON_THEN_FIRM)
    # A common noun opening the sentence is no name.
    assert "Shoppers" not in kinds(COMMON_NOUN_OPENS)
