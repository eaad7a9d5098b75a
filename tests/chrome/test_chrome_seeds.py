"""The project's acceptance seeds: the CHROME family flags exactly the labelled chrome rows.

Seed 000 line 1 is SEO spam (a SPAM label) standing above the breadcrumb; CHROME also reports
it as part of the masthead block, which is the one row beyond the CHROME labels.
"""
from __future__ import annotations

import pytest

from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

EXPECTED = {
    "000_426bb99d3cecc235.txt": [1, 3, 7, 8, 32, 34, 36, 38],
    "001_bb2301939edc6f5a.txt": [1, 3, 4, 5, 6, 7, 13, 15, 17, 18, 19, 24, 62, 63, 64, 65],
    "002_96c20b164ae70dde.txt": [5, 11, 12, 16, 20, 21, 25, 26, 30, 38, 44, 63, 66],
    "003_3ede46247c3b0cd4.txt": [1, 3, 4, *range(20, 98)],
    "004_825338dbf911db84.txt": [1, 6, 7, 8],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_chrome_rows(check, name):
    text = (SEEDS / name).read_text(encoding="utf-8")
    assert check(text).rows() == EXPECTED[name]


def test_seed_003_keeps_the_paragraph_after_the_metadata_prefix(check):
    text = (SEEDS / "003_3ede46247c3b0cd4.txt").read_text(encoding="utf-8")
    fixed = check(text).fixed().split("\n")
    assert fixed[0].startswith("滬滇共飲一江水")
    assert fixed[1].startswith("滬滇共飲一江水,攜手戰")
