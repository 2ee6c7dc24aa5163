"""The viewer's page of every briefed article of an eval run: runs/<run-id>/viewer/<id>.html,
so the report can link each article's missed and wrong items to the brief shown on its
article. The article is cleaned again from its file exactly as the dataset cleaned it
(`ArticleInput(text=…)`), so the brief's spans index the same text."""

from __future__ import annotations

from pathlib import Path

from briefsmith.core.cleaning import clean_article, decode_article_bytes
from briefsmith.core.errors import BriefsmithError
from briefsmith.core.schema import ArticleInput, BriefResult
from briefsmith.evals.dataset import MAX_ARTICLE_BYTES
from briefsmith.evals.results import RunResults

VIEWER_DIR = "viewer"


def write_viewer_pages(run_dir: Path, results: RunResults) -> dict[str, str]:
    """Write one page per article that has a brief; return article id -> link relative
    to the run folder (an article whose file is gone gets no page and no link)."""
    from briefsmith.surfaces.cli.html import brief_page

    links: dict[str, str] = {}
    for record in results.articles:
        if record.brief is None:
            continue
        try:
            data = Path(record.article_path).read_bytes()
            article = clean_article(
                ArticleInput(text=decode_article_bytes(data, MAX_ARTICLE_BYTES)),
                MAX_ARTICLE_BYTES,
            )
        except (OSError, BriefsmithError):
            continue
        page = Path(VIEWER_DIR) / f"{record.article_id}.html"
        (run_dir / page).parent.mkdir(parents=True, exist_ok=True)
        html = brief_page(BriefResult(brief=record.brief, article=article))
        (run_dir / page).write_text(html, encoding="utf-8")
        links[record.article_id] = page.as_posix()
    return links
