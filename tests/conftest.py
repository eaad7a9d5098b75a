"""Shared fixtures: the fake-rule plugin and an in-process CLI runner."""
from __future__ import annotations

import importlib.util
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
REPO = TESTS.parent
SEEDS = REPO / "seeds"


def _load_fake_rules():
    name = "doclint_fake_rules"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, TESTS / "engine" / "fake_rules.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture
def fake_rules():
    """Register the engine-test rules for the duration of one test."""
    from doclint.plugins import load_plugins
    from doclint.registry import load_registry

    module = _load_fake_rules()
    manager = load_plugins().manager
    manager.register(module, name="fake-rules")
    load_registry.cache_clear()
    yield module
    manager.unregister(name="fake-rules")
    load_registry.cache_clear()


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys, monkeypatch):
    """Run ``doclint`` in-process: ``cli("check", path, "--select", "ENC990")``."""
    from doclint.cli import main

    def run(*args: str, stdin: bytes | None = None) -> Result:
        if stdin is not None:
            import io

            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture(autouse=True)
def _isolate_env(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("COLUMNS", "200")
    yield
    os.environ.pop("DOCLINT_TEST", None)
