"""Briefing a corpus: JSONL articles in, JSONL briefs out (see service.batch.corpus)."""
