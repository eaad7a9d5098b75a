"""Corpus mode: linting and cleaning record files (JSONL, Parquet) of many documents."""
