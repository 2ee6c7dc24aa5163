"""Briefsmith: turn news articles into structured, grounded briefs."""


def __getattr__(name: str) -> str:
    # `__version__` is read from the installed package's metadata on first use, not at
    # import: importlib.metadata would be most of `brief --help`'s start-up.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version("briefsmith")
        except PackageNotFoundError:  # a source tree that was never installed
            found = "0+unknown"
        globals()["__version__"] = found
        return found
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
