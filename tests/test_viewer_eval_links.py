"""The eval report links each article's missed and wrong items to the viewer's page of
that article, written beside the report (runs/<run-id>/viewer/<id>.html)."""

from __future__ import annotations

import html
import re
from pathlib import Path

from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput
from briefsmith.evals.runner import load_run
from briefsmith.surfaces.cli.main import app
from typer.testing import CliRunner

MARK = re.compile(r'<mark [^>]*data-start="(\d+)" data-end="(\d+)">([^<]*)</mark>')


def test_the_report_links_missed_and_wrong_items_to_the_viewer(tmp_path):
    result = CliRunner().invoke(app, ["eval", "--engine", "extractive", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    (run_dir,) = [p for p in tmp_path.iterdir() if p.is_dir()]
    report = (run_dir / "report.html").read_text(encoding="utf-8")
    results = load_run(run_dir)
    for record in results.articles:
        page = run_dir / "viewer" / f"{record.article_id}.html"
        assert page.is_file()
        assert f'href="viewer/{record.article_id}.html"' in report
        source = Path(record.article_path).read_text(encoding="utf-8")
        text = clean_article(ArticleInput(text=source)).text
        marks = MARK.findall(page.read_text(encoding="utf-8"))
        assert marks
        for start, end, shown in marks:
            assert html.unescape(shown) == text[int(start) : int(end)]
