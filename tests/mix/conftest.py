"""Helpers for the MIX tests: run one rule on a text, apply its fixes, locate spans."""
from __future__ import annotations

from pathlib import Path

import pytest

from doclint import Document, LintContext
from doclint.fixer import apply_one_pass

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

# Clean text written for these tests (not taken from any evaluation set).
SIMPLIFIED = [
    "今天的会议讨论了城市交通问题，专家们认为应该发展公共交通。",
    "这座图书馆收藏了大量历史书籍，每年吸引许多读者前来参观。",
    "学生们在操场上锻炼身体，老师说运动对健康非常重要。",
    "经济发展带来了新的机会，也带来了环境保护的压力。",
]
TRADITIONAL_TW = [
    "今天的會議討論了城市交通問題，專家們認為應該發展公共交通。",
    "這座圖書館收藏了大量歷史書籍，每年吸引許多讀者前來參觀。",
    "學生們在操場上鍛鍊身體，老師說運動對健康非常重要。",
    "經濟發展帶來了新的機會，也帶來了環境保護的壓力。",
]


class Checked:
    """A rule's diagnostics on a text, with (row, column) of each and the fixed text."""

    def __init__(self, rule_cls, text: str, **options) -> None:
        self.document = Document.from_text(text)
        rule = rule_cls({key.replace("_", "-"): value for key, value in options.items()})
        self.diagnostics = list(rule.check(self.document, LintContext()))

    @property
    def codes(self) -> list[str]:
        return [d.code for d in self.diagnostics]

    @property
    def rows(self) -> list[int]:
        return [self.document.row_col(d.span.start)[0] for d in self.diagnostics]

    @property
    def positions(self) -> list[tuple[tuple[int, int], tuple[int, int]]]:
        """((row, col) of the start, (row, col) of the end) per diagnostic."""
        return [(self.document.row_col(d.span.start), self.document.row_col(d.span.end))
                for d in self.diagnostics]

    def spans_text(self) -> list[str]:
        return [self.document.text[d.span.start:d.span.end] for d in self.diagnostics]

    def fixed(self) -> str:
        text, _, _ = apply_one_pass(self.document.text, self.diagnostics)
        return text


class Texts:
    """Clean Chinese sentences in both scripts and the seed documents."""

    simplified = SIMPLIFIED
    traditional = TRADITIONAL_TW

    @staticmethod
    def seed_path(name: str) -> Path:
        return SEEDS / name

    @classmethod
    def seed(cls, name: str) -> str:
        return cls.seed_path(name).read_text(encoding="utf-8")


@pytest.fixture
def zh() -> Texts:
    return Texts()


@pytest.fixture
def check():
    """``check(RuleClass, text, option=value)`` → :class:`Checked`."""
    return Checked
