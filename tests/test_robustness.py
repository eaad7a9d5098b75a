"""Every built-in rule survives hostile text: no rule may raise (a DL001) on any of these."""
from __future__ import annotations

import pytest

from doclint import Document
from doclint.config import resolve_settings
from doclint.engine import Linter
from doclint.reading import decode_bytes
from doclint.registry import load_registry

NASTY = {
    "undecodable bytes": decode_bytes(
        "首頁>新聞 | 分享到:\n正文".encode() + b"\xb5\xb1\xb5\xd8 \xff\xfe\n" + "編輯:王\n".encode()).text,
    "empty": "",
    "only newlines": "\n\n\n",
    "no final newline": "title\nbody without newline",
    "controls": "a\x00b\x1b[31mc\x7f\u0085d\n\ufeffmid-bom\n",
    "surrogates and private use": "x\udc80y\ue304z\n\U000f0000\n",
    "one very long line": "长句子，" * 50_000,
    "many short lines": "\n".join(["-", "首頁", "1", "更多"] * 2_000),
    "rtl and combining": "שלום עולם\nمرحبا بالعالم\u200c\ne\u0301\u0301\u0301\n",
    "crlf kept raw": "a\r\nb\rc\n",
}


@pytest.fixture(scope="module")
def linter() -> Linter:
    registry = load_registry()
    return Linter(resolve_settings({"select": ["ALL"]}, registry), registry)


@pytest.mark.parametrize("name", NASTY)
def test_no_rule_raises(linter, name):
    found = linter.lint(Document.from_text(NASTY[name]))
    assert [d.message for d in found if d.code == "DL001"] == []
