"""Where the data files shipped inside the installed packages are: the prompt templates
(package `prompts`), the seed articles (`seeds`) and the eval references
(`evals/references`). Read through importlib.resources, so a wheel install finds them
exactly as a source checkout does; never by a path relative to this file."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def package_dir(package: str) -> Path:
    """The folder of `package`'s files. setuptools installs packages as plain folders
    (never zipped), so this is a real directory that can be listed and copied."""
    root = files(package)
    if not isinstance(root, Path):
        raise TypeError(f"package {package} is not installed as a folder ({root!r})")
    return root
