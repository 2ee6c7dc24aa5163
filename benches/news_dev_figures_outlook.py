"""Figures and outlook of the extractive engine on a split of the news eval set.

    python benches/news_dev_figures_outlook.py /work/data/news/dev [-v]

Prints, over the split's articles:
- figure precision: extracted figures matching a reference figure (same value, or the
  same text as the reference or one of its alternates), one to one;
- figure recall: reference figures matched;
- measures accuracy: matched figures whose `measures` shares at least half of the
  reference measures' content words, or at least two of them (strict; also the mean
  overlap, and the share sharing any content word);
- outlook precision: non-empty outlooks given where the reference has one AND sharing
  content words with it (at least 20% of the reference's); outlook accuracy: the share
  of articles where the outlook is right (empty when the reference is empty, overlapping
  when it is not).
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput
from briefsmith.engines.extractive import build_brief
from briefsmith.evals.metrics import content_words, values_match


def _overlap(candidate: str, reference: str) -> float:
    wanted = set(content_words(reference))
    found = set(content_words(candidate))
    return len(wanted & found) / len(wanted) if wanted else 0.0


def _measures_right(candidate: str, reference: str) -> bool:
    wanted = set(content_words(reference))
    shared = wanted & set(content_words(candidate))
    return bool(wanted) and (len(shared) >= 2 or len(shared) / len(wanted) >= 0.5)


def _same(figure, ref: dict) -> bool:
    texts = {
        " ".join(str(t).split()).casefold() for t in [ref["text"], *(ref.get("alternates") or [])]
    }
    if " ".join(figure.text.split()).casefold() in texts:
        return True
    ends = [ref["value"]] + ([ref["value_max"]] if ref.get("value_max") is not None else [])
    if not any(values_match(figure.value, float(end)) for end in ends):
        return False
    if figure.value_max is not None and ref.get("value_max") is not None:
        return values_match(figure.value_max, float(ref["value_max"]))
    return True


def main(split: Path, verbose: bool) -> None:
    extracted = matched_extracted = references = matched_refs = 0
    measures_right = measures_any = 0
    overlaps: list[float] = []
    outlook_given = outlook_good = outlook_correct = articles = 0
    for path in sorted((split / "articles").glob("*.txt")):
        ref = yaml.safe_load((split / "references" / f"{path.stem}.yaml").read_text())
        clean = clean_article(ArticleInput(text=path.read_text()))
        brief = build_brief(clean.text)
        refs = ref.get("figures") or []
        used: set[int] = set()
        pairs = []
        extras = []
        for figure in brief.figures:
            hit = next((i for i, r in enumerate(refs) if i not in used and _same(figure, r)), None)
            if hit is None:
                extras.append(figure)
                continue
            used.add(hit)
            pairs.append((figure, refs[hit]))
        extracted += len(brief.figures)
        matched_extracted += len(pairs)
        references += len(refs)
        matched_refs += len(used)
        for figure, r in pairs:
            overlaps.append(_overlap(figure.measures, str(r.get("measures") or "")))
            measures_right += _measures_right(figure.measures, str(r.get("measures") or ""))
            measures_any += _overlap(figure.measures, str(r.get("measures") or "")) > 0
        reference_outlook = str(ref.get("outlook") or "").strip()
        articles += 1
        good = bool(reference_outlook) and _overlap(brief.outlook, reference_outlook) >= 0.2
        if brief.outlook.strip():
            outlook_given += 1
            outlook_good += good
        outlook_correct += good if reference_outlook else not brief.outlook.strip()
        if verbose:
            print(f"== {path.stem}")
            for figure, r in pairs:
                mark = "ok " if _measures_right(figure.measures, str(r.get("measures"))) else "BAD"
                print(f"  {mark} {figure.text!r} [{figure.measures}] ~ [{r.get('measures')}]")
            for figure in extras:
                print(f"  EXTRA {figure.text!r} [{figure.measures}]")
            for i, r in enumerate(refs):
                if i not in used:
                    print(f"  MISSED {r['text']!r} [{r.get('measures')}]")
            print(f"  outlook ref: {reference_outlook[:200]!r}")
            print(f"  outlook got: {brief.outlook[:300]!r} {'ok' if good else ''}")
    matched = len(overlaps)
    print(f"articles {articles}")
    print(f"figure precision {matched_extracted / max(extracted, 1):.3f} ", end="")
    print(f"({matched_extracted}/{extracted})")
    print(f"figure recall    {matched_refs / max(references, 1):.3f} ({matched_refs}/{references})")
    print(
        f"measures accuracy {measures_right / max(matched, 1):.3f} ({measures_right}/{matched})",
        end="",
    )
    print(f", mean overlap {sum(overlaps) / max(matched, 1):.3f}", end="")
    print(f", any shared content word {measures_any / max(matched, 1):.3f}")
    print(f"outlook precision {outlook_good / max(outlook_given, 1):.3f} ", end="")
    print(f"({outlook_good}/{outlook_given})")
    print(
        f"outlook accuracy  {outlook_correct / max(articles, 1):.3f} ({outlook_correct}/{articles})"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]), "-v" in sys.argv[2:])
