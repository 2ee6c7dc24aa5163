"""Warnings are structured records (code, field, item, message): programs read the
fields, people read the message, and briefs stored with plain-text warnings by an older
version still load."""

import json
import sqlite3

from briefsmith.core.grounding import enforce_grounding
from briefsmith.core.schema import (
    Brief,
    BriefMeta,
    BriefResult,
    BriefWarning,
    CleanArticle,
    Figure,
    Quote,
    WarningCode,
)
from briefsmith.engines.linguistic import analysis_of
from briefsmith.store.sqlite import SQLiteBriefStore

# Synthetic article written for these tests (not a seed).
ARTICLE = (
    "The county court in Marlow fined the Brightwater Dairy company 250,000 pounds on "
    'Friday for polluting the river. "We accept the ruling," said Helen Fisher, the '
    "dairy's chief executive. About 3,000 fish died in the spill, the court heard."
)


def brief_with_inventions() -> Brief:
    return Brief(
        situation="A court fined a dairy for polluting a river.",
        quotes=[
            Quote(text="We accept the ruling,", speaker="Helen Fisher"),
            Quote(text="We will appeal at once", speaker="Helen Fisher"),  # invented
        ],
        figures=[
            Figure(text="250,000 pounds", value=250000, unit="pounds"),
            Figure(text="9,000 fish", value=9000, unit="fish"),  # invented
        ],
        meta=BriefMeta(engine="synthetic"),
    )


def test_each_drop_names_its_code_field_and_item_and_keeps_a_message_for_people():
    grounded = enforce_grounding(brief_with_inventions(), ARTICLE, analysis_of(ARTICLE))

    assert [(w.code, w.field, w.item) for w in grounded.meta.warnings] == [
        (WarningCode.UNGROUNDED_DROPPED, "quotes", 2),
        (WarningCode.UNGROUNDED_DROPPED, "figures", 2),
    ]
    assert "We will appeal at once" in grounded.meta.warnings[0].message
    assert "9,000" in grounded.meta.warnings[1].message


def test_the_json_schema_of_a_warning_is_a_record():
    schema = BriefResult.model_json_schema()["$defs"]["BriefWarning"]
    assert set(schema["properties"]) == {"code", "field", "item", "message"}
    assert set(schema["required"]) == {"code", "message"}


def test_a_plain_text_warning_is_upgraded_when_read():
    dropped, other = (
        BriefWarning.model_validate('dropped ungrounded figure 3 "12 tonnes": not in the article'),
        BriefWarning.model_validate("some note an old version wrote"),
    )
    assert (dropped.code, dropped.field, dropped.item) == ("ungrounded-dropped", "figures", 3)
    assert (other.code, other.field, other.item) == ("legacy", None, None)
    assert other.message == "some note an old version wrote"


async def test_briefs_stored_with_plain_text_warnings_still_load(tmp_path):
    store = SQLiteBriefStore(tmp_path / "briefs.db")
    await store.initialize()
    result = BriefResult(
        brief=enforce_grounding(brief_with_inventions(), ARTICLE, analysis_of(ARTICLE)),
        article=CleanArticle(text=ARTICLE),
    )
    stored = await store.save(result)
    await store.aclose()

    # Rewrite the row as an older version stored it: warnings as plain strings.
    with sqlite3.connect(tmp_path / "briefs.db") as connection:
        (brief_json,) = connection.execute(
            "SELECT brief_json FROM briefs WHERE id = ?", (stored.id,)
        ).fetchone()
        old = json.loads(brief_json)
        old["meta"]["warnings"] = [w["message"] for w in old["meta"]["warnings"]]
        connection.execute(
            "UPDATE briefs SET brief_json = ? WHERE id = ?", (json.dumps(old), stored.id)
        )

    reopened = SQLiteBriefStore(tmp_path / "briefs.db")
    await reopened.initialize()
    loaded = await reopened.get(stored.id)
    await reopened.aclose()

    assert loaded is not None
    assert loaded.result.brief.meta.warnings == result.brief.meta.warnings
