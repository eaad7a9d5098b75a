"""Loading plugins: the built-in ones and every ``doclint`` entry point, each on its own.

A plugin that fails to import or to answer a hook is reported (naming its distribution) and
skipped; the others still load. Loading is lazy and done once per process.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

import pluggy

from . import hookspecs

ENTRY_POINT_GROUP = "doclint"


@dataclass
class PluginSet:
    """The plugin manager plus the problems met while loading plugins."""

    manager: pluggy.PluginManager
    errors: list[str] = field(default_factory=list)


def _entry_points():
    from importlib.metadata import entry_points

    return entry_points(group=ENTRY_POINT_GROUP)


@functools.lru_cache(maxsize=1)
def load_plugins() -> PluginSet:
    """Build the plugin manager once per process: doclint's own hooks, then entry points."""
    from . import builtin_plugin

    manager = pluggy.PluginManager("doclint")
    manager.add_hookspecs(hookspecs)
    manager.register(builtin_plugin, name="doclint-builtin")
    errors: list[str] = []
    for ep in _entry_points():
        dist = getattr(ep.dist, "name", None) or "unknown distribution"
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
