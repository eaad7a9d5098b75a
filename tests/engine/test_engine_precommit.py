"""The pre-commit hooks, end to end: ``pre-commit try-repo`` against this checkout.

pre-commit builds a virtualenv and installs doclint into it from the checkout (it needs the
package index for doclint's own dependencies), so this is the slowest test of the suite.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(shutil.which("pre-commit") is None or shutil.which("git") is None,
                                reason="pre-commit and git are installed by the test extra")


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def try_repo(cwd: Path, hook: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(["pre-commit", "try-repo", str(REPO), hook, "--all-files"], cwd=cwd,
                          capture_output=True, text=True, env=env, timeout=900)


def test_hook_fails_on_dirty_document_and_passes_after_fix_hook(tmp_path):
    work = tmp_path / "project"
    work.mkdir()
    git(work, "init", "-q")
    git(work, "config", "user.email", "test@example.com")
    git(work, "config", "user.name", "test")
    # only a safe-fixable problem, so the fix hook can clear the file completely
    (work / "doclint.toml").write_text('select = ["ENC"]\n', encoding="utf-8")
    doc = work / "page.txt"
    doc.write_text("The quick\u200b brown fox jumps over the lazy dog.\n", encoding="utf-8")
    git(work, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache")}

    first = try_repo(work, "doclint", env)
    assert first.returncode == 1, first.stdout + first.stderr
    assert "page.txt:1:10: ENC" in first.stdout

    fixing = try_repo(work, "doclint-fix", env)
    assert "files were modified by this hook" in fixing.stdout
    assert doc.read_text(encoding="utf-8") == "The quick brown fox jumps over the lazy dog.\n"

    git(work, "add", ".")
    second = try_repo(work, "doclint", env)
    assert second.returncode == 0, second.stdout + second.stderr
