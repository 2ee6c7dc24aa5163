"""Probes (briefsmith.evals.probes, `brief eval probes`): a labelled passage checks one
field of a brief with the article evals' own matchers.

Every passage and brief here is synthetic, written for these tests (invented people,
bodies and places). The checks are tested on hand-built briefs, so each test fails when
a check says right for a wrong answer or wrong for a right one; the CLI tests run the real
extractive engine on passages whose answers it has long given.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from briefsmith.core.schema import Actor, Brief, BriefMeta, Figure, Quote
from briefsmith.evals.dataset import DatasetError
from briefsmith.evals.probes import (
    changed_probes,
    check_probe,
    load_outcomes,
    load_probes,
    outcomes_jsonl,
    parse_probes,
    tally,
)
from briefsmith.surfaces.cli.main import app
from typer.testing import CliRunner

SPEECH = 'The council leader, Ann Marsh, defended the cuts.\n\n"We had no choice at all," she said.'


def _brief(**fields) -> Brief:
    return Brief(
        meta=BriefMeta(engine="synthetic"), **{"situation": "Something happened.", **fields}
    )


def _probe(field: str, expect: dict, text: str = "A passage.") -> dict:
    return {"id": f"{field}-1", "field": field, "text": text, "expect": expect}


def _one(data: dict):
    (probe,) = parse_probes([json.dumps(data)], "synthetic.jsonl")
    return probe


MARSH = Actor(name="Ann Marsh", kind="person", role="council leader", aliases=["Marsh"])


@pytest.mark.parametrize(
    ("speaker", "said", "right"),
    [
        ("Ann Marsh", "Ann Marsh", True),
        ("Ann Marsh", "Marsh", True),  # a surname of the same person
        ("Ann Marsh", "Tom Reed", False),
        ("Ann Marsh", "unattributed", False),
        ("unattributed", "unattributed", True),
        ("unattributed", "Ann Marsh", False),
    ],
)
def test_a_speaker_probe_is_right_only_for_the_same_speaker(speaker, said, right):
    probe = _one(_probe("speakers", {"quote": "We had no choice at all", "speaker": speaker}))
    brief = _brief(
        actors=[MARSH, Actor(name="Tom Reed", kind="person")],
        quotes=[Quote(text="We had no choice at all,", speaker=said)],
    )
    assert check_probe(probe, brief).right is right


def test_a_speaker_probe_whose_quote_is_not_listed_is_wrong():
    probe = _one(
        _probe("speakers", {"quote": "We had no choice at all", "speaker": "unattributed"})
    )
    outcome = check_probe(probe, _brief(quotes=[Quote(text="Something else entirely was said")]))
    assert (outcome.right, outcome.detail) == (False, "quote not listed")


def test_an_actors_probe_needs_every_actor_and_none_of_the_others():
    probe = _one(
        _probe(
            "actors",
            {
                "actors": [{"name": "Harbour Foods", "kind": "organization"}],
                "not_actors": ["Leeds"],
            },
        )
    )
    body = Actor(name="Harbour Foods", kind="organization")
    place = Actor(name="Leeds", kind="place")
    assert check_probe(probe, _brief(actors=[body])).right
    listed_place = check_probe(probe, _brief(actors=[body, place]))
    assert not listed_place.right and "listed 'Leeds'" in listed_place.detail
    missing = check_probe(probe, _brief(actors=[place]))
    assert not missing.right and "missing 'Harbour Foods'" in missing.detail


@pytest.mark.parametrize(
    ("listed", "not_actor", "right"),
    [
        # a longer name holding the not-actor is another actor (same_person would match)
        (Actor(name="Melbourne Comets", kind="organization"), "Melbourne", True),
        (Actor(name="Reserve Bank of India", kind="organization"), "India", True),
        # one of a couple the probe wants, not the couple merged into one
        (Actor(name="Tom Ramsay", kind="person"), "Tom and Kiri Ramsay", True),
        # the not-actor itself, whatever its case, article or possessive
        (Actor(name="Melbourne", kind="place"), "Melbourne", False),
        (Actor(name="The Harbour Gazette", kind="organization"), "Harbour Gazette", False),
        (Actor(name="Tom and Kiri Ramsay", kind="person"), "Tom and Kiri Ramsay", False),
        # an alias is how the article refers to the actor, not a listing
        (
            Actor(name="Kiri Ramsay", kind="person", aliases=["Tom and Kiri Ramsay"]),
            "Tom and Kiri Ramsay",
            True,
        ),
        (Actor(name="Tom and Kiri Ramsay", kind="person"), "tom and kiri ramsay", False),
    ],
)
def test_a_not_actor_is_listed_only_under_its_own_name(listed, not_actor, right):
    # Round 36: the checker used same_person, which lets a part of a name stand for the
    # whole, so a right answer counted as listing the not-actor.
    probe = _one(_probe("actors", {"actors": [], "not_actors": [not_actor]}))
    assert check_probe(probe, _brief(actors=[listed])).right is right


@pytest.mark.parametrize(
    ("role", "right"),
    [("leader of the council", True), ("Labour councillor", False), (None, False)],
)
def test_a_role_probe_uses_the_evals_role_agreement(role, right):
    probe = _one(_probe("roles", {"actor": "Ann Marsh", "role": "council leader"}))
    brief = _brief(actors=[Actor(name="Ann Marsh", kind="person", role=role)])
    assert check_probe(probe, brief).right is right


def test_a_role_probe_of_an_actor_not_listed_is_wrong():
    probe = _one(_probe("roles", {"actor": "Ann Marsh", "role": "council leader"}))
    outcome = check_probe(probe, _brief(actors=[Actor(name="Tom Reed", kind="person")]))
    assert (outcome.right, outcome.detail) == (False, "actor not listed")


def test_a_figures_probe_keeps_and_drops_by_value():
    probe = _one(
        _probe(
            "figures",
            {
                "keep": [{"text": "£17.5million", "value": 17_500_000}],
                "drop": [{"text": "7.30pm", "value": 7.3}],
            },
        )
    )
    fee = Figure(text="£17.5million", value=17_500_000, unit="GBP")
    clock = Figure(text="7.30pm", value=7.3)
    assert check_probe(probe, _brief(figures=[fee])).right
    assert not check_probe(probe, _brief(figures=[fee, clock])).right
    assert not check_probe(probe, _brief(figures=[])).right
    # the upper end of a range counts as the value
    ranged = Figure(text="£10m to £17.5m", value=10_000_000, value_max=17_500_000)
    assert check_probe(probe, _brief(figures=[ranged])).right


@pytest.mark.parametrize(
    ("measures", "right"),
    [("transfer fee paid for the striker", True), ("", False), ("wages", False)],
)
def test_a_measures_probe_uses_the_evals_measures_agreement(measures, right):
    probe = _one(
        _probe(
            "measures",
            {"figure": "£17.5million", "value": 17_500_000, "measures": "fee for the striker"},
        )
    )
    figure = Figure(text="£17.5million", value=17_500_000, measures=measures)
    assert check_probe(probe, _brief(figures=[figure])).right is right


@pytest.mark.parametrize(
    ("expected", "said", "right"),
    [
        ("", "", True),
        ("", "The bridge will reopen next week.", False),
        ("The bridge will reopen next week.", "The bridge will reopen next week.", True),
        ("The bridge will reopen next week.", "", False),
        ("The bridge will reopen next week.", "The crash happened on Monday night.", False),
    ],
)
def test_an_outlook_probe_wants_the_look_ahead_or_nothing(expected, said, right):
    probe = _one(_probe("outlook", {"outlook": expected}))
    assert check_probe(probe, _brief(outlook=said)).right is right


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "synthetic.jsonl:1: not JSON"),
        ('{"id": "x", "text": "a", "expect": {}}', "synthetic.jsonl:1: probe: Unable to extract"),
        (
            '{"id": "x", "field": "roles", "text": "a", "expect": {"actor": "A"}}',
            "synthetic.jsonl:1: roles.expect.role: Field required",
        ),
        (
            '{"id": "x", "field": "roles", "text": "a", '
            '"expect": {"actor": "A", "role": "b", "x": 1}}',
            "synthetic.jsonl:1: roles.expect.x: Extra inputs are not permitted",
        ),
    ],
)
def test_a_bad_probe_line_is_named_with_its_number(line, message):
    with pytest.raises(DatasetError) as raised:
        parse_probes([line], "synthetic.jsonl")
    assert raised.value.problems[0].startswith(message)


def test_an_id_used_twice_is_refused_in_one_file_and_across_files(tmp_path: Path):
    line = json.dumps(_probe("outlook", {"outlook": ""}))
    with pytest.raises(DatasetError, match="used twice"):
        parse_probes([line, "", line], "synthetic.jsonl")
    (tmp_path / "a.jsonl").write_text(line + "\n")
    (tmp_path / "b.jsonl").write_text(line + "\n")
    with pytest.raises(DatasetError, match="two files"):
        load_probes(tmp_path)


def test_tally_counts_wrong_of_total_per_field_and_in_all():
    probes = [
        _one({**_probe("outlook", {"outlook": ""}), "id": "o1"}),
        _one({**_probe("outlook", {"outlook": ""}), "id": "o2"}),
    ]
    outcomes = [
        check_probe(probes[0], _brief()),
        check_probe(probes[1], _brief(outlook="X will go.")),
    ]
    assert tally(outcomes) == {"outlook": (1, 2), "all": (1, 2)}


def _write(path: Path, probes: list[dict]) -> Path:
    path.write_text("".join(json.dumps(p) + "\n" for p in probes), encoding="utf-8")
    return path


def test_the_cli_counts_wrong_probes_and_lists_what_changed(tmp_path: Path):
    right = {
        **_probe("speakers", {"quote": "We had no choice at all", "speaker": "Ann Marsh"}, SPEECH),
        "id": "s-right",
    }
    wrong = {
        **_probe("speakers", {"quote": "We had no choice at all", "speaker": "Tom Reed"}, SPEECH),
        "id": "s-wrong",
    }
    probes = _write(tmp_path / "synthetic.jsonl", [right, wrong])
    runner = CliRunner()
    first = runner.invoke(
        app,
        [
            "eval",
            "probes",
            str(probes),
            "--engine",
            "extractive",
            "-v",
            "--out",
            str(tmp_path / "o.jsonl"),
        ],
    )
    assert first.exit_code == 0, first.output
    assert "s-wrong: speaker 'Ann Marsh'" in first.output
    assert "speakers      1 wrong of     2" in first.output
    outcomes = [json.loads(line) for line in (tmp_path / "o.jsonl").read_text().splitlines()]
    assert [(o["id"], o["right"]) for o in outcomes] == [("s-right", True), ("s-wrong", False)]
    # the same probes with the labels swapped: one fixed, one broken against the first run
    swapped = _write(
        tmp_path / "synthetic.jsonl",
        [{**right, "expect": wrong["expect"]}, {**wrong, "expect": right["expect"]}],
    )
    second = runner.invoke(
        app,
        [
            "eval",
            "probes",
            str(swapped),
            "--engine",
            "extractive",
            "--against",
            str(tmp_path / "o.jsonl"),
        ],
    )
    assert second.exit_code == 0, second.output
    assert "fixed 1: s-wrong" in second.output and "broken 1: s-right" in second.output


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        ('{"id": 1}\n', [], "synthetic.jsonl:1: probe: Unable to extract tag"),
        (None, [], "no .jsonl probe files"),
        ("", ["--field", "nope"], "unknown field 'nope'"),
    ],
)
def test_the_cli_refuses_bad_input_in_one_line(tmp_path: Path, content, args, message):
    target = tmp_path
    if content is not None:
        target = tmp_path / "synthetic.jsonl"
        target.write_text(content)
    result = CliRunner().invoke(app, ["eval", "probes", str(target), *args])
    assert result.exit_code == 2
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_the_committed_probes_load_and_cover_every_field():
    probes = load_probes(Path(__file__).resolve().parents[1] / "evals" / "probes")
    fields = {p.field for p in probes}
    assert fields == {"speakers", "actors", "roles", "figures", "measures", "outlook"}
    # the README's bounds: one to six paragraphs a passage
    assert all(1 <= len([b for b in p.text.split("\n\n") if b.strip()]) <= 6 for p in probes)


def test_outcomes_round_trip_and_changes_are_listed_by_id(tmp_path: Path):
    probes = [
        _one({**_probe("outlook", {"outlook": ""}), "id": "o1"}),
        _one({**_probe("outlook", {"outlook": ""}), "id": "o2"}),
    ]
    before = [
        check_probe(probes[0], _brief()),
        check_probe(probes[1], _brief(outlook="X will go.")),
    ]
    after = [check_probe(probes[0], _brief(outlook="X will go.")), check_probe(probes[1], _brief())]
    path = tmp_path / "outcomes.jsonl"
    path.write_text(outcomes_jsonl(before))
    assert load_outcomes(path) == before
    assert changed_probes(after, before) == (["o2"], ["o1"])
    assert changed_probes(before, before) == ([], [])


@pytest.mark.parametrize("content", ["not json\n", '{"id": "x"}\n'])
def test_a_file_that_is_no_outcomes_file_is_refused_in_one_line(tmp_path: Path, content):
    outcomes = tmp_path / "synthetic-outcomes.jsonl"
    outcomes.write_text(content)
    probes = tmp_path / "synthetic.jsonl"
    probes.write_text(json.dumps(_probe("outlook", {"outlook": ""})) + "\n")
    with pytest.raises(DatasetError, match="not a probe outcomes file"):
        load_outcomes(outcomes)
    result = CliRunner().invoke(app, ["eval", "probes", str(probes), "--against", str(outcomes)])
    assert result.exit_code == 2
    assert "not a probe outcomes file" in result.output
    assert len(result.output.strip().splitlines()) == 1
