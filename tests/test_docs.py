"""Every built-in rule is documented: listed in the README, with a complete docstring."""
from __future__ import annotations

from pathlib import Path

import pytest

from doclint.registry import load_registry

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
BUILTIN = [cls for cls in load_registry().sorted_classes() if cls.__module__.startswith("doclint.rules.")]


def test_every_family_has_rules():
    assert {cls.code.rstrip("0123456789") for cls in BUILTIN} == {"ENC", "MIX", "SPAM", "CHROME"}


@pytest.mark.parametrize("cls", BUILTIN, ids=lambda c: c.code)
def test_rule_is_documented(cls):
    assert f"| `{cls.code}` | `{cls.name}` |" in README
    doc = cls.__doc__ or ""
    for section in ("What", "Why", "Example", "Fix safety", "Options"):
        assert f"{section}:" in doc, f"{cls.code} docstring lacks '{section}:'"
