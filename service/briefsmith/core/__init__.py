"""The pure core: text, cleaning, linguistic analysis, extraction, grounding, the brief
schema and the merge of stories. No I/O, no settings, no engines: every module here
imports only the standard library, its third-party text libraries and other core
modules (tests/test_import_boundaries.py checks it)."""
