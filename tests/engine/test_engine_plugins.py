"""Third-party plugins through the ``doclint`` entry point, end to end in a subprocess.

The example plugin (tests/example_plugin) is laid out as an installed distribution on a
temporary ``sys.path`` entry: a ``.dist-info`` folder with ``entry_points.txt`` is exactly what
``pip install`` leaves, and ``importlib.metadata`` finds it the same way.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).parent.parent / "example_plugin"


def install_fake_dist(site: Path, dist: str, module: str, source: Path | None = None, body: str = "") -> None:
    info = site / f"{dist.replace('-', '_')}-0.1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 0.1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[doclint]\n{dist} = {module}\n", encoding="utf-8")
    if source is not None:
        shutil.copytree(source, site / module)
    else:
        (site / f"{module}.py").write_text(body, encoding="utf-8")


def doclint(site: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(site)}
    return subprocess.run([sys.executable, "-m", "doclint", *args], capture_output=True, text=True, env=env)


def test_example_plugin_rule_and_format(tmp_path):
    site = tmp_path / "site"
    install_fake_dist(site, "doclint-example", "doclint_example", EXAMPLE / "doclint_example")
    doc = tmp_path / "page.txt"
    doc.write_text("Real text here.\nADVERTISEMENT\nMore text.\n", encoding="utf-8")

    listed = json.loads(doclint(site, "rules", "--output-format", "json").stdout)
    assert "CHROME901" in {r["code"] for r in listed}

    result = doclint(site, "check", "--isolated", "--select", "CHROME901", "--output-format", "json", str(doc))
    [item] = json.loads(result.stdout)
    assert (item["code"], item["location"], result.returncode) == ("CHROME901", {"row": 2, "column": 1}, 1)

    counted = doclint(site, "check", "--isolated", "--select", "CHROME901", "--output-format", "count", str(doc))
    assert counted.stdout == "1\n"

    fixed = doclint(site, "check", "--isolated", "--select", "CHROME901", "--fix", "--unsafe-fixes", str(doc))
    assert fixed.returncode == 0
    assert doc.read_text(encoding="utf-8") == "Real text here.\nMore text.\n"


def test_broken_plugin_is_named_and_others_still_load(tmp_path):
    site = tmp_path / "site"
    install_fake_dist(site, "doclint-example", "doclint_example", EXAMPLE / "doclint_example")
    install_fake_dist(site, "doclint-broken", "doclint_broken", body="raise ImportError('missing dependency')\n")
    doc = tmp_path / "page.txt"
    doc.write_text("SPONSORED CONTENT\n", encoding="utf-8")
    result = doclint(site, "check", "--isolated", "--select", "CHROME901", "--output-format", "concise", str(doc))
    assert "doclint: warning: plugin 'doclint-broken' from doclint-broken failed to load: ImportError: missing dependency" in result.stderr
    assert "CHROME901" in result.stdout
    assert result.returncode == 2  # the run went on, but a check that lost rules must not pass
