"""Where briefsmith's data files are: the prompt templates (`prompts/`), the seed
articles (`seeds/`) and the eval data (`evals/`: references, datasets, baselines).

In a source checkout they are the repository's own top-level folders; installed from
the wheel they are the data subpackages `briefsmith.prompts`, `briefsmith.seeds` and
`briefsmith.eval_data` (pyproject.toml maps the folders onto them). The checkout wins
when there is one, so a worktree reads its own files, never another copy's."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import Literal

DataFolder = Literal["prompts", "seeds", "evals"]
_PACKAGES: dict[DataFolder, str] = {
    "prompts": "briefsmith.prompts",
    "seeds": "briefsmith.seeds",
    "evals": "briefsmith.eval_data",
}
# service/briefsmith/config/package_data.py -> the repository root
SOURCE_ROOT = Path(__file__).resolve().parents[3]


def source_checkout() -> Path | None:
    """The repository root when briefsmith runs from a source checkout, else None."""
    marker = SOURCE_ROOT / "pyproject.toml"
    return SOURCE_ROOT if marker.is_file() and (SOURCE_ROOT / "service").is_dir() else None


def package_dir(folder: DataFolder) -> Path:
    """The folder holding `folder`'s files: the checkout's own, or the installed package's.
    setuptools installs packages as plain folders (never zipped), so this is a real
    directory that can be listed and copied."""
    checkout = source_checkout()
    if checkout is not None and (checkout / folder).is_dir():
        return checkout / folder
    root = files(_PACKAGES[folder])
    if not isinstance(root, Path):
        raise TypeError(f"package {_PACKAGES[folder]} is not installed as a folder ({root!r})")
    return root
