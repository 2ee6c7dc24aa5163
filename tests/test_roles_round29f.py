# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Round 29f roles: a person "of" a body whose name holds a possessive ("Sarah Kent of
the National Farmers' Union") works there, where "of" a place is a hometown; one "who has
been" an office for a while ("who has been chief executive since 2018") holds it, where
"who has been in hospital since Monday" holds none; a name inside a phrase fronted before
its sentence ("According to Harjit Singh, the road will close in May.") is followed by
the sentence's own clause, no apposition; a conferred style ("Tan Sri"), an Indian or
Nigerian form of address ("Smt.", "Shri", "Alhaji") or a courtesy title between an office
and the name is no part of the role, nor the role itself; a later epithet with a hometown
set off by commas ("The retired postman, from Tralee,") refers back to the one just named;
the body a passive says a person founded ("was founded in 2004 by Jon Halvard, a former
pilot who still owns 17% of the company") is the role over a former calling, the stake
in the clause after it being no calling (a stake alone, "who owns 12% of the company",
stays the story's role, as round 28 decided).

Every passage here is synthetic, written for these tests (invented people, bodies and
places of no consequence), across Malaysian, Singaporean, Indian, Nigerian, Ghanaian,
Kenyan, Irish, Australian, US and British copy.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief
from briefsmith.evals.metrics import role_agrees

H = "Headline here\n\n"


def role_of(text: str, name: str) -> str | None:
    found = [a for a in build_brief(H + text).actors if a.name == name]
    assert found, f"{name!r} not among the actors"
    return found[0].role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Sarah Kent of the National Farmers' Union said prices were too low.",
            "Sarah Kent",
            "of the National Farmers' Union",
        ),
        (
            "Helen Tran, of the Australian Shareholders' Association, said small investors were worried.",
            "Helen Tran",
            "of the Australian Shareholders' Association",
        ),
        (
            "Jenny Walsh, of the Irish Farmers' Association, said the scheme was too slow.",
            "Jenny Walsh",
            "of the Irish Farmers' Association",
        ),
        (
            "Ama Mensah of St Luke's Hospice said donations had fallen.",
            "Ama Mensah",
            "of St Luke's Hospice",
        ),
        (
            "Karen Boyd of the Patients' Association said waits were unacceptable.",
            "Karen Boyd",
            "of the Patients' Association",
        ),
        (
            "Gareth Lyle of the Fishermen's Association said boats stayed in port.",
            "Gareth Lyle",
            "of the Fishermen's Association",
        ),
    ],
)
def test_of_a_body_whose_name_holds_a_possessive(text: str, name: str, role: str) -> None:
    assert role_agrees(role_of(text, name), role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sean Quinn of Ballymun said his flat had been damp for years.", "Sean Quinn"),
        ("Nia Roberts of Cardiff said the trains were always late.", "Nia Roberts"),
        ("Aoife Byrne of Ballina said the road was dangerous.", "Aoife Byrne"),
    ],
)
def test_of_a_place_is_no_role(text: str, name: str) -> None:
    assert role_of(text, name) is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Adrian Cole, who has been chief executive since 2018, said he would stay.",
            "Adrian Cole",
            "chief executive",
        ),
        (
            "Grace Nwosu, who has been the bank's chief executive since 2020, said profits rose.",
            "Grace Nwosu",
            "the bank's chief executive",
        ),
        (
            "Colm Daly, who has been principal of the school for 12 years, said the roof leaked.",
            "Colm Daly",
            "principal of the school",
        ),
        (
            "Priya Raman, who has been chairwoman since May, said the board would meet again.",
            "Priya Raman",
            "chairwoman",
        ),
        (
            "Ken Adeyemi, who has been coach of the Flying Eagles since 2022, named his squad.",
            "Ken Adeyemi",
            "coach of the Flying Eagles",
        ),
    ],
)
def test_an_office_held_for_a_while(text: str, name: str, role: str) -> None:
    got = role_of(text, name)
    assert role_agrees(got, role)
    assert got is not None and not got.startswith("has been")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Joe Barr, who has been in hospital since the crash, said he was stable.", "Joe Barr"),
        ("Helen Shaw, who has been missing since Friday, was last seen in Leeds.", "Helen Shaw"),
        ("Ravi Pillai, who has been on strike since Monday, said pay was too low.", "Ravi Pillai"),
    ],
)
def test_a_state_held_for_a_while_is_no_office(text: str, name: str) -> None:
    assert role_of(text, name) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("According to Harjit Singh, the road will close in May.", "Harjit Singh"),
        ("According to Dr Kofi Boateng, the outbreak has peaked.", "Kofi Boateng"),
        ("According to Ms Neha Gupta, the tender was never advertised.", "Neha Gupta"),
        ("For Siobhan Walsh, the decision came too late.", "Siobhan Walsh"),
        ("For Tom Whelan, the closure means a 40-minute drive to the nearest A&E.", "Tom Whelan"),
        ("Like Aisha Yusuf, the other traders lost their stock in the flood.", "Aisha Yusuf"),
        ("Unlike Mark Boyle, the other directors kept their jobs.", "Mark Boyle"),
        ("Thanks to Ngozi Eze, the ward reopened a week early.", "Ngozi Eze"),
    ],
)
def test_the_clause_after_a_fronted_phrase_is_no_apposition(text: str, name: str) -> None:
    assert role_of(text, name) is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "According to Dr Kofi Boateng, the hospital's medical director, the outbreak has peaked.",
            "Kofi Boateng",
            "the hospital's medical director",
        ),
        (
            "For Tom Whelan, a farmer near Ennis, the closure means a long drive.",
            "Tom Whelan",
            "a farmer near Ennis",
        ),
        (
            "The motion was seconded by Cllr Dara Lynch, the council's deputy mayor.",
            "Dara Lynch",
            "the council's deputy mayor",
        ),
        (
            "The award went to Ruth Okoro, the school's head of science.",
            "Ruth Okoro",
            "the school's head of science",
        ),
    ],
)
def test_an_apposition_beside_a_fronted_phrase_stays(text: str, name: str, role: str) -> None:
    assert role_agrees(role_of(text, name), role)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The review, led by former health director-general Tan Sri Dr Rahim Yaakob, will report by March.",
            "Rahim Yaakob",
            "former health director-general",
        ),
        (
            "The inquiry, chaired by retired judge Tan Sri Dr Zainal Abidin, will sit in public.",
            "Zainal Abidin",
            "retired judge",
        ),
        (
            "The panel, chaired by retired judge Datuk Seri Dr Aminah Karim, met on Monday.",
            "Aminah Karim",
            "retired judge",
        ),
        (
            "District Collector Smt. Lakshmi Priya said relief camps had been opened.",
            "Lakshmi Priya",
            "District Collector",
        ),
        (
            "Block development officer Smt. Kavita Rao said the road would be relaid.",
            "Kavita Rao",
            "Block development officer",
        ),
        (
            "Union Minister of State for Health Shri Anil Kapoor said vaccines were ready.",
            "Anil Kapoor",
            "Union Minister of State for Health",
        ),
        (
            "Kano State governor Alhaji Musa Bello said the schools would reopen.",
            "Musa Bello",
            "Kano State governor",
        ),
        (
            "Sokoto State commissioner for health Alhaji Ali Inname said 40 clinics were closed.",
            "Ali Inname",
            "Sokoto State commissioner for health",
        ),
        (
            "Minister for Health Dr Ama Boateng said the ward would open.",
            "Ama Boateng",
            "Minister for Health",
        ),
        (
            "Secretary of State for Transport Sir Tom Bell said the line would reopen.",
            "Tom Bell",
            "Secretary of State for Transport",
        ),
    ],
)
def test_a_style_or_form_of_address_before_the_name_is_no_role(
    text: str, name: str, role: str
) -> None:
    got = role_of(text, name)
    assert role_agrees(got, role)
    words = set((got or "").split())
    assert not words & {"Tan", "Sri", "Datuk", "Seri", "Smt.", "Shri", "Alhaji", "Dr", "Sir"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Tan Wei Ling, a nurse at the hospital, said staff were tired.",
            "Tan Wei Ling",
            "a nurse at the hospital",
        ),
        ("Dr Tun Aung, a paediatrician, said the clinic was full.", "Tun Aung", "a paediatrician"),
        (
            "Penang Chief Minister Datuk Seri Lim Chong Wei said the bridge would reopen.",
            "Lim Chong Wei",
            "Penang Chief Minister",
        ),
    ],
)
def test_a_name_that_opens_like_a_style_keeps_its_role(text: str, name: str, role: str) -> None:
    assert role_agrees(role_of(text, name), role)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Deputy Superintendent of Police (DSP) Rakesh Kumar said three men were held.",
            "Rakesh Kumar",
            "Deputy Superintendent of Police",
        ),
        (
            "Assistant Commissioner of Police (ACP) Vikram Singh said the gang was caught.",
            "Vikram Singh",
            "Assistant Commissioner of Police",
        ),
        (
            "Commissioner of Police (CP) Abiodun Alabi said the suspects would be charged.",
            "Abiodun Alabi",
            "Commissioner of Police",
        ),
        (
            "Superintendent of Police (SP) Meena Joshi said the case had been transferred.",
            "Meena Joshi",
            "Superintendent of Police",
        ),
    ],
)
def test_an_office_with_its_initials_in_brackets_before_the_name(
    text: str, name: str, role: str
) -> None:
    assert role_agrees(role_of(text, name), role)


def test_initials_in_brackets_after_a_body_make_no_office() -> None:
    text = "Staff at the Office of Public Works (OPW) Ann Lee said were told nothing."
    assert role_of(text, "Ann Lee") is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Gerry Boyle said the pier was unsafe. The fisherman, from Killybegs, has worked the boats for 30 years.",
            "Gerry Boyle",
            "fisherman",
        ),
        (
            "Precious Moyo said the taps ran dry in June. The former nurse, of Bulawayo Road, has complained to the council.",
            "Precious Moyo",
            "former nurse",
        ),
    ],
)
def test_a_later_epithet_with_a_hometown_set_off_by_commas(text: str, name: str, role: str) -> None:
    assert role_agrees(role_of(text, name), role)


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee was hit by a van. The driver, from Leeds, stopped at the scene.",
        "Ann Lee was hit by a van. The driver of the van, from Leeds, stopped at the scene.",
        "Ann Lee was hit by a van. The victim, from Leeds, was taken to hospital.",
    ],
)
def test_a_later_party_with_a_hometown_is_not_the_one_named(text: str) -> None:
    assert role_of(text, "Ann Lee") is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Skyrail was founded in 2004 by Jon Halvard, a former oil helicopter pilot who still owns 17% of the company and has backed the deal.",
            "Jon Halvard",
            "founder of Skyrail",
        ),
        (
            "The bakery was set up in 1990 by Rose Kelly, a former nurse.",
            "Rose Kelly",
            "set up the bakery",
        ),
        (
            "Kente Foods was founded by Abena Owusu, a former teacher who owns 40 per cent of the shares.",
            "Abena Owusu",
            "founder of Kente Foods",
        ),
    ],
)
def test_the_body_founded_over_a_former_calling_and_a_stake(
    text: str, name: str, role: str
) -> None:
    got = role_of(text, name)
    assert role_agrees(got, role)
    assert "%" not in (got or "") and "per cent" not in (got or "")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Dan Kerr, who owns the Plough in Ennis, said trade was down.",
            "Dan Kerr",
            "owns the Plough in Ennis",
        ),
        (
            "Mary Doyle, a former nurse who owns the pharmacy on Main Street, said supplies were short.",
            "Mary Doyle",
            "owns the pharmacy on Main Street",
        ),
        (
            "Greta Lund, who still holds 12% of the shares, voted against the deal.",
            "Greta Lund",
            "holds 12% of the shares",
        ),
        (
            "The goal was scored by Tom Reid, a former Rovers youth player.",
            "Tom Reid",
            "former Rovers youth player",
        ),
    ],
)
def test_what_a_person_owns_whole_or_a_background_with_no_body_founded_stays(
    text: str, name: str, role: str
) -> None:
    assert role_agrees(role_of(text, name), role)
