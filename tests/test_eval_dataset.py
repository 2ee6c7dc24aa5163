"""Eval datasets: the seed references, the documented format, and located errors."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from briefsmith.core.grounding import check_grounding
from briefsmith.engines.linguistic import analysis_of
from briefsmith.evals.dataset import DatasetError, load_dataset, parse_reference

SEEDS = load_dataset()


def test_every_seed_has_a_reference():
    seeds = sorted(p.stem for p in Path("seeds").glob("*.txt"))
    assert (
        [c.article_id for c in SEEDS.cases]
        == seeds
        == sorted(p.stem for p in Path("evals/references").glob("*.yaml"))
    )


@pytest.mark.parametrize("seed_case", SEEDS.cases, ids=lambda c: c.article_id)
def test_references_pass_the_grounding_check_on_the_cleaned_article(seed_case):
    reference = seed_case.reference
    report = check_grounding(reference, seed_case.cleaned.text, analysis_of(seed_case.cleaned.text))
    assert report.problems == []
    assert len(report.verdicts) == (
        len(reference.actors) + len(reference.quotes) + len(reference.figures)
    )
    # Quote speakers are named in the article too (or "unattributed"): `problems` above
    # holds any that is not. The article's own attribution (the linguistic layer) never
    # credits a reference quote to someone else; where it names no one (an unnamed
    # source, a cataphora), grounding credits no one rather than a nearby name.
    for verdict in report.of("quote"):
        assert verdict.speaker_grounded or verdict.article_speaker == "unattributed"


@pytest.mark.parametrize("seed_case", SEEDS.cases, ids=lambda c: c.article_id)
def test_references_have_what_the_issue_asks_for(seed_case):
    reference = seed_case.reference
    assert [a for a in reference.actors if not a.optional]
    assert [q for q in reference.quotes if not q.optional]
    assert [f for f in reference.figures if not f.optional]
    assert reference.situation and reference.outlook
    assert all(f.measures and f.unit for f in reference.figures)
    reference.as_brief()  # the situation obeys the Brief's 1-3 sentence rule


def test_transliterations_are_aliases_across_seeds():
    by_seed = {c.article_id[:3]: c.reference for c in SEEDS.cases}
    cherevaty = {a.name: set(a.names) for a in by_seed["000"].actors}["Serhiy Cherevaty"]
    cherevatiy = {a.name: set(a.names) for a in by_seed["004"].actors}["Serhiy Cherevatiy"]
    assert {"Cherevaty", "Cherevatiy"} <= cherevaty & cherevatiy
    bakhmut = {a.name: set(a.names) for a in by_seed["002"].actors}["Bakhmut"]
    assert "Bakhmout" in bakhmut


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_malformed_reference_error_names_the_file_and_the_field(tmp_path):
    write(tmp_path / "articles" / "a.txt", "Mayor Ann Lee said 12 roads were shut.\n")
    write(
        tmp_path / "references" / "a.yaml",
        """\
        situation: Roads were shut.
        actors:
          - {name: Ann Lee, kind: person}
        figures:
          - {text: "12", value: twelve-ish, measures: roads shut}
        """,
    )
    with pytest.raises(DatasetError) as raised:
        load_dataset(tmp_path)
    assert raised.value.problems == [
        (
            f"{tmp_path / 'references' / 'a.yaml'}: figures[0].value: "
            "Input should be a valid number, unable to parse string as a number"
        )
    ]


def test_every_problem_is_reported_at_once(tmp_path):
    write(tmp_path / "articles" / "a.txt", "Mayor Ann Lee said 12 roads were shut.\n")
    write(tmp_path / "articles" / "b.txt", "Nothing here.\n")
    write(
        tmp_path / "references" / "a.yaml",
        """\
        situation: Roads were shut.
        actors:
          - {name: Ann Lee, kind: mayor, alias: [Lee]}
        quotes:
          - {text: roads were shut, speaker: Bob}
        """,
    )
    write(tmp_path / "references" / "c.yaml", "situation: [unclosed\n")
    with pytest.raises(DatasetError) as raised:
        load_dataset(tmp_path)
    text = "\n".join(raised.value.problems)
    assert "b.txt: no reference" in text
    assert "c.yaml: no article c.txt" in text
    assert "a.yaml: actors[0].kind: Input should be 'person'" in text
    assert "a.yaml: actors[0].alias: Extra inputs are not permitted" in text


def test_unknown_speaker_and_ungrounded_items_are_located(tmp_path):
    label = "refs/x.yaml"
    with pytest.raises(DatasetError) as raised:
        parse_reference(b"situation: s.\nquotes:\n  - {text: hi, speaker: Bob}\n", label)
    assert raised.value.problems == [
        (
            "refs/x.yaml: quotes[0].speaker: 'Bob' is not the name or alias of an actor in this "
            "reference; add the actor (optional: true if minor) or use 'unattributed'"
        )
    ]

    write(tmp_path / "articles" / "a.txt", "Mayor Ann Lee said 12 roads were shut.\n")
    write(
        tmp_path / "references" / "a.yaml",
        """\
        situation: Roads were shut.
        actors:
          - {name: Ann Lee, kind: person}
          - {name: Bob Stone, kind: person}
        quotes:
          - {text: all roads are open, speaker: Ann Lee}
        figures:
          - {text: "13", value: 13, unit: roads, measures: roads shut}
        """,
    )
    with pytest.raises(DatasetError) as raised:
        load_dataset(tmp_path)
    reference = tmp_path / "references" / "a.yaml"
    assert raised.value.problems == [
        f'{reference}: actors[1]: actor 2 "Bob Stone" is never mentioned in the article',
        f'{reference}: quotes[0]: quote 1 "all roads are open" is not verbatim in the article',
        f'{reference}: figures[0]: figure 1 "13": the number 13 does not appear in the article',
    ]


def test_invalid_yaml_and_missing_folders_get_clear_errors(tmp_path):
    with pytest.raises(
        DatasetError, match=r"x.yaml: invalid YAML at line 2, column 1: expected .,. or .]."
    ):
        parse_reference(b"situation: [unclosed\n", "x.yaml")
    with pytest.raises(DatasetError, match="a reference is a YAML mapping"):
        parse_reference(b"- just a list\n", "x.yaml")
    with pytest.raises(DatasetError, match="no such dataset folder"):
        load_dataset(tmp_path / "missing")
    (tmp_path / "articles").mkdir()
    with pytest.raises(DatasetError, match="no such folder of references"):
        load_dataset(tmp_path)


def test_articles_may_sit_directly_in_the_dataset_folder(tmp_path):
    write(tmp_path / "a.txt", "Mayor Ann Lee said 12 roads were shut.\n")
    write(
        tmp_path / "references" / "a.yaml",
        """\
        situation: Roads were shut.
        actors: [{name: Ann Lee, kind: person, aliases: [Mayor Lee]}]
        figures: [{text: "12", value: 12, unit: roads, measures: roads shut}]
        """,
    )
    dataset = load_dataset(tmp_path)
    assert [c.article_id for c in dataset.cases] == ["a"]
    assert dataset.name == tmp_path.name and len(dataset.fingerprint) == 16
