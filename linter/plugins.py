"""Loading plugins: the built-in ones and every ``doclint`` entry point, each on its own.

A plugin that fails to import or to answer a hook is reported (naming its distribution) and
skipped; the others still load. Loading is lazy and done once per process.
"""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field

import pluggy

from . import hookspecs

ENTRY_POINT_GROUP = "doclint"


@dataclass
class PluginSet:
    """The plugin manager plus the problems met while loading plugins."""

    manager: pluggy.PluginManager
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PluginEntryPoint:
    """One ``name = module[:attr]`` line of a distribution's ``[doclint]`` entry points."""

    name: str
    value: str
    dist: str

    def load(self) -> object:
        from importlib import import_module

        module_name, _, attr = self.value.partition(":")
        target: object = import_module(module_name.strip())
        for part in filter(None, attr.strip().split(".")):
            target = getattr(target, part)
        return target


def _parse_group(text: str, dist: str) -> list[PluginEntryPoint]:
    found = []
    in_group = False
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("["):
            in_group = line == f"[{ENTRY_POINT_GROUP}]"
        elif in_group and "=" in line and not line.startswith(("#", ";")):
            name, _, value = line.partition("=")
            found.append(PluginEntryPoint(name.strip(), value.strip(), dist))
    return found


def _dist_name(folder: str) -> str:
    """``doclint_example-0.1.0.dist-info`` -> ``doclint-example`` (normalised project name)."""
    return folder.rsplit(".", 1)[0].split("-", 1)[0].replace("_", "-").lower()


def _entry_points() -> list[PluginEntryPoint]:
    """Every ``[doclint]`` entry point of the distributions on ``sys.path``.

    A direct scan of ``*.dist-info``/``*.egg-info`` folders for ``entry_points.txt`` that
    mention the group: importlib.metadata parses every distribution's metadata first, which
    costs tens of milliseconds of a pre-commit hook's start-up for the same answer.
    """
    import sys

    found: list[PluginEntryPoint] = []
    seen: set[str] = set()
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for folder in names:
            if not folder.endswith((".dist-info", ".egg-info")):
                continue
            dist = _dist_name(folder)
            if dist in seen:
                continue  # the first one on sys.path wins, as for imports
            try:
                with open(os.path.join(entry or ".", folder, "entry_points.txt"), encoding="utf-8") as fh:
                    text = fh.read()
            except OSError:
                continue
            seen.add(dist)
            if f"[{ENTRY_POINT_GROUP}]" in text:
                found.extend(_parse_group(text, dist))
    return found


@functools.lru_cache(maxsize=1)
def load_plugins() -> PluginSet:
    """Build the plugin manager once per process: doclint's own hooks, then entry points."""
    from . import builtin_plugin

    manager = pluggy.PluginManager("doclint")
    manager.add_hookspecs(hookspecs)
    manager.register(builtin_plugin, name="doclint-builtin")
    errors: list[str] = []
    for ep in _entry_points():
        dist = ep.dist
        try:
            module = ep.load()
            manager.register(module, name=f"{dist}:{ep.name}")
        except Exception as exc:  # a broken plugin must not stop the others
            errors.append(f"plugin '{ep.name}' from {dist} failed to load: {type(exc).__name__}: {exc}")
    return PluginSet(manager, errors)


def call_each(plugins: PluginSet, hook_name: str) -> list[tuple[str, object]]:
    """Call a collecting hook on each plugin separately, so one failure costs only that plugin."""
    results = []
    hook = getattr(plugins.manager.hook, hook_name)
    for impl in hook.get_hookimpls():
        try:
            value = impl.function()
        except Exception as exc:
            plugins.errors.append(f"plugin '{impl.plugin_name}' failed in {hook_name}: {type(exc).__name__}: {exc}")
            continue
        if value:
            results.append((impl.plugin_name, value))
    return results
