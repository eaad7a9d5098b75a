"""Configuration: finding, reading, validating and resolving ``[tool.doclint]`` settings.

Files, closest to each checked file first: ``.doclint.toml``, ``doclint.toml``, then
``pyproject.toml`` with a ``[tool.doclint]`` table. ``extend = "path"`` inherits another file.
Unknown keys, rule names, options and codes are errors with a "did you mean" hint, because a
misspelt ``ignore`` that silently does nothing is worse than a failed run.
"""
from __future__ import annotations

import fnmatch
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from .model import Applicability, Severity
from .registry import RuleRegistry, UnknownSelectorError, suggest



def _parse_toml(fh) -> dict[str, Any]:
    """``fh`` parsed as TOML; raises ``ValueError`` (TOMLDecodeError) on invalid TOML.

    The parser is imported here, not at module level, because most runs never read a config
    file (``--isolated``, a tree without one) and it costs ~10 ms of a pre-commit hook's start.
    """
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on 3.10 only
        import tomli as tomllib
    return tomllib.load(fh)

CONFIG_FILES = (".doclint.toml", "doclint.toml", "pyproject.toml")
DEFAULT_INCLUDE = ("*.txt", "*.text", "*.md", "*.markdown", "*.rst", "*.html", "*.htm")
DEFAULT_EXCLUDE = (".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox",
                   "build", "dist", "*.egg-info")

_LIST_KEYS = ("select", "extend-select", "ignore", "extend-ignore", "fixable", "unfixable",
              "extend-safe-fixes", "extend-unsafe-fixes", "include", "exclude", "extend-exclude")
_SCALAR_KEYS = {"extend": str, "max-fix-removal": float, "max-file-size": int}
_TABLE_KEYS = ("per-file-ignores", "rules")
KNOWN_KEYS = (*_LIST_KEYS, *_SCALAR_KEYS, *_TABLE_KEYS)


class ConfigError(ValueError):
    """A configuration problem; the message is a single line fit for the terminal."""


@dataclass(frozen=True)
class Settings:
    """Fully resolved settings for a set of files; picklable for worker processes."""

    enabled: frozenset[str]
    rule_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    severities: Mapping[str, Severity] = field(default_factory=dict)
    fixable: frozenset[str] = frozenset()
    promote_safe: frozenset[str] = frozenset()
    demote_unsafe: frozenset[str] = frozenset()
    per_file_ignores: tuple[tuple[str, frozenset[str]], ...] = ()
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    max_fix_removal: float = 0.9
    max_file_size: int = 16 * 1024 * 1024
    source: str | None = None
    root: str = "."

    def codes_for(self, path: str) -> frozenset[str]:
        """Enabled codes for one file after ``per-file-ignores``."""
        codes = self.enabled
        if not self.per_file_ignores:
            return codes
        rel = _relative(path, self.root)
        for pattern, ignored in self.per_file_ignores:
            if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(os.path.basename(path), pattern):
                codes = codes - ignored
        return codes

    def applicability(self, code: str, applicability: Applicability) -> Applicability:
        """A fix's applicability after ``extend-safe-fixes`` / ``extend-unsafe-fixes``."""
        if applicability is Applicability.UNSAFE and code in self.promote_safe:
            return Applicability.SAFE
        if applicability is Applicability.SAFE and code in self.demote_unsafe:
            return Applicability.UNSAFE
        return applicability

    def is_excluded(self, path: str) -> bool:
        parts = Path(_relative(path, self.root)).parts
        return any(fnmatch.fnmatch(part, pat) for part in parts for pat in self.exclude)

    def is_included(self, path: str) -> bool:
        name = os.path.basename(path)
        return any(fnmatch.fnmatch(name, pat) or fnmatch.fnmatch(_relative(path, self.root), pat)
                   for pat in self.include)


def _relative(path: str, root: str) -> str:
    try:
        return os.path.relpath(path, root)
    except ValueError:  # another drive on Windows
        return path


# -- reading files ------------------------------------------------------------------------------
def read_config_file(path: Path, _seen: tuple[Path, ...] = ()) -> dict[str, Any]:
    """The raw ``[tool.doclint]`` table of ``path``, with ``extend`` chains merged in."""
    path = path.resolve()
    if path in _seen:
        raise ConfigError(f"{path}: 'extend' chain loops back to itself")
    try:
        with open(path, "rb") as fh:
            data = _parse_toml(fh)
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except ValueError as exc:  # TOMLDecodeError
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror}") from None
    table = data.get("tool", {}).get("doclint", {}) if path.name == "pyproject.toml" else data
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.doclint] must be a table")
    _check_keys(path, table)
    base = table.get("extend")
    if base:
        parent = read_config_file((path.parent / base), (*_seen, path))
        merged = {**parent, **{k: v for k, v in table.items() if k != "extend"}}
        merged["rules"] = {**parent.get("rules", {}), **table.get("rules", {})}
        merged["per-file-ignores"] = {**parent.get("per-file-ignores", {}), **table.get("per-file-ignores", {})}
        return merged
    return dict(table)


def _check_keys(path: Path, table: Mapping[str, Any]) -> None:
    for key, value in table.items():
        if key not in KNOWN_KEYS:
            raise ConfigError(f"{path}: unknown key '{key}'{suggest(key, list(KNOWN_KEYS))}")
        if key in _LIST_KEYS and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            raise ConfigError(f"{path}: '{key}' must be a list of strings")
        if key in _SCALAR_KEYS:
            expected = _SCALAR_KEYS[key]
            ok = isinstance(value, expected) or (expected is float and isinstance(value, int))
            if not ok or isinstance(value, bool):
                raise ConfigError(f"{path}: '{key}' must be a {expected.__name__}")
        if key in _TABLE_KEYS and not isinstance(value, dict):
            raise ConfigError(f"{path}: '{key}' must be a table")


def has_doclint_table(path: Path) -> bool:
    if path.name != "pyproject.toml":
        return True
    try:
        with open(path, "rb") as fh:
            return "doclint" in _parse_toml(fh).get("tool", {})
    except (OSError, ValueError):
        return False


def find_config(start: Path) -> Path | None:
    """The closest config file at or above ``start``."""
    directory = start if start.is_dir() else start.parent
    for folder in (directory, *directory.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file() and has_doclint_table(candidate):
                return candidate
    return None


# -- resolving ------------------------------------------------------------------------------------
def resolve_settings(raw: Mapping[str, Any], registry: RuleRegistry, overrides: Mapping[str, Any] | None = None,
                     source: str | None = None, root: str = ".") -> Settings:
    """Turn a raw table (plus CLI overrides, which win) into :class:`Settings`."""
    raw = {**raw, **{k: v for k, v in (overrides or {}).items() if v is not None}}
    where = source or "command line"

    def codes(key: str) -> set[str]:
        out: set[str] = set()
        for selector in raw.get(key, []) or []:
            try:
                out |= registry.resolve(selector)
            except UnknownSelectorError as exc:
                raise ConfigError(f"{where}: '{key}': {exc}") from None
        return out

    if "select" in raw:
        enabled = codes("select")
    else:
        enabled = {code for code, cls in registry.rules.items() if cls.default_enabled}
    enabled |= codes("extend-select")
    enabled -= codes("ignore") | codes("extend-ignore")

    fixable = codes("fixable") if "fixable" in raw else set(registry.rules)
    fixable -= codes("unfixable")

    per_file = []
    for pattern, selectors in (raw.get("per-file-ignores") or {}).items():
        if not isinstance(selectors, list):
            raise ConfigError(f"{where}: per-file-ignores '{pattern}' must be a list of codes")
        ignored: set[str] = set()
        for selector in selectors:
            try:
                ignored |= registry.resolve(selector)
            except UnknownSelectorError as exc:
                raise ConfigError(f"{where}: per-file-ignores '{pattern}': {exc}") from None
        per_file.append((pattern, frozenset(ignored)))

    rule_options, severities = _resolve_rule_tables(raw.get("rules") or {}, registry, where)
    exclude = tuple(raw.get("exclude", DEFAULT_EXCLUDE)) + tuple(raw.get("extend-exclude", ()))
    max_removal = float(raw.get("max-fix-removal", 0.9))
    if not 0.0 < max_removal <= 1.0:
        raise ConfigError(f"{where}: 'max-fix-removal' must be in (0, 1], got {max_removal}")
    return Settings(
        enabled=frozenset(enabled),
        rule_options=rule_options,
        severities=severities,
        fixable=frozenset(fixable),
        promote_safe=frozenset(codes("extend-safe-fixes")),
        demote_unsafe=frozenset(codes("extend-unsafe-fixes")),
        per_file_ignores=tuple(per_file),
        include=tuple(raw.get("include", DEFAULT_INCLUDE)),
        exclude=exclude,
        max_fix_removal=max_removal,
        max_file_size=int(raw.get("max-file-size", 16 * 1024 * 1024)),
        source=source,
        root=root,
    )


def _resolve_rule_tables(tables: Mapping[str, Any], registry: RuleRegistry, where: str
                         ) -> tuple[dict[str, dict[str, Any]], dict[str, Severity]]:
    by_name = registry.by_name()
    options: dict[str, dict[str, Any]] = {}
    severities: dict[str, Severity] = {}
    for name, table in tables.items():
        cls = by_name.get(name) or registry.rules.get(name.upper())
        if cls is None:
            raise ConfigError(f"{where}: unknown rule '{name}' in [rules]{suggest(name, list(by_name))}")
        if not isinstance(table, dict):
            raise ConfigError(f"{where}: [rules.{name}] must be a table")
        values: dict[str, Any] = {}
        for key, value in table.items():
            if key == "severity":
                try:
                    severities[cls.code] = Severity(value)
                except ValueError:
                    raise ConfigError(f"{where}: [rules.{name}] severity must be info, warning or error") from None
                continue
            option = cls.options_schema.get(key)
            if option is None:
                hint = suggest(key, [*cls.options_schema, "severity"])
                raise ConfigError(f"{where}: unknown option '{key}' for rule '{cls.name}'{hint}")
            try:
                values[key] = option.validate(cls.name, key, value)
            except ValueError as exc:
                raise ConfigError(f"{where}: {exc}") from None
        options[cls.code] = values
    return options, severities


class ConfigResolver:
    """Settings per file: the closest config wins, cached per directory.

    ``config`` (``--config``) pins one file for everything; ``isolated`` ignores all files.
    """

    def __init__(self, registry: RuleRegistry, overrides: Mapping[str, Any] | None = None,
                 config: str | None = None, isolated: bool = False) -> None:
        self.registry = registry
        self.overrides = dict(overrides or {})
        self.isolated = isolated
        self._pinned: Settings | None = None
        self._by_config: dict[Path | None, Settings] = {}
        self._by_dir: dict[Path, Settings] = {}
        if config:
            path = Path(config)
            self._pinned = self._settings_for(path, str(path.resolve().parent))
        elif isolated:
            self._pinned = resolve_settings({}, registry, self.overrides, root=os.getcwd())

    def _settings_for(self, config_path: Path | None, root: str) -> Settings:
        if config_path not in self._by_config:
            raw = read_config_file(config_path) if config_path else {}
            self._by_config[config_path] = resolve_settings(
                raw, self.registry, self.overrides, str(config_path) if config_path else None, root)
        return self._by_config[config_path]

    def for_path(self, path: str) -> Settings:
        if self._pinned is not None:
            return self._pinned
        directory = Path(path if os.path.isdir(path) else os.path.dirname(os.path.abspath(path)) or ".")
        if directory not in self._by_dir:
            found = find_config(directory)
            root = str(found.parent) if found else os.getcwd()
            self._by_dir[directory] = self._settings_for(found, root)
        return self._by_dir[directory]
