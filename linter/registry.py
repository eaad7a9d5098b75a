"""The table of known rules, and resolving selectors (codes, prefixes, names) against it."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

from .plugins import call_each, load_plugins
from .rule import Rule, validate_rule_class


class UnknownSelectorError(ValueError):
    """A selector names no rule; the message carries a "did you mean" hint."""


@dataclass
class RuleRegistry:
    """Rule classes by code, in a stable order, plus problems met while collecting them."""

    rules: dict[str, type[Rule]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def add(self, cls: type[Rule], origin: str) -> None:
        problems = validate_rule_class(cls)
        if problems:
            self.errors.append(f"rule {getattr(cls, '__name__', cls)!r} from {origin} skipped: {'; '.join(problems)}")
            return
        if cls.code in self.rules and self.rules[cls.code] is not cls:
            self.errors.append(f"rule code {cls.code} from {origin} is already taken; skipped")
            return
        self.rules[cls.code] = cls

    def by_name(self) -> dict[str, type[Rule]]:
        return {cls.name: cls for cls in self.rules.values()}

    def resolve(self, selector: str) -> set[str]:
        """Codes matched by a selector: ``ALL``, a code, a code prefix (``ENC``, ``CHROME00``) or a name."""
        sel = selector.strip()
        if sel.upper() == "ALL":
            return set(self.rules)
        upper = sel.upper()
        codes = {code for code in self.rules if code.startswith(upper)}
        if codes:
            return codes
        cls = self.by_name().get(sel.lower())
        if cls is not None:
            return {cls.code}
        if _is_known_family(upper):
            return set()  # a family with no rules installed is not a typo
        raise UnknownSelectorError(f"unknown rule selector '{selector}'{suggest(sel, [*self.rules, *self.by_name()])}")

    def sorted_classes(self) -> list[type[Rule]]:
        return [self.rules[code] for code in sorted(self.rules, key=_code_sort_key)]


def _is_known_family(prefix: str) -> bool:
    return prefix.isalpha() and any(fam.startswith(prefix) for fam in ("ENC", "MIX", "SPAM", "CHROME", "DL"))


def _code_sort_key(code: str) -> tuple[int, str]:
    order = {"ENC": 0, "MIX": 1, "SPAM": 2, "CHROME": 3, "DL": 4}
    family = code.rstrip("0123456789")
    return order.get(family, 5), code


def suggest(word: str, candidates: list[str]) -> str:
    """`` (did you mean 'X'?)`` for the closest candidate, or an empty string."""
    import difflib  # only when a name is misspelt

    matches = difflib.get_close_matches(word, candidates, n=1, cutoff=0.6)
    if not matches:
        matches = difflib.get_close_matches(word.upper(), candidates, n=1, cutoff=0.6)
    return f" (did you mean '{matches[0]}'?)" if matches else ""


@functools.lru_cache(maxsize=1)
def load_registry() -> RuleRegistry:
    """Collect every plugin's rules once per process."""
    plugins = load_plugins()
    registry = RuleRegistry()
    for origin, classes in call_each(plugins, "doclint_rules"):
        for cls in classes:  # type: ignore[union-attr]
            registry.add(cls, origin)
    registry.errors[:0] = plugins.errors
    return registry
