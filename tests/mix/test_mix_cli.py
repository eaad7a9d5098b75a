"""The MIX rules through the CLI: registered, documented, and fixing a seed end to end."""
from __future__ import annotations

import shutil

from doclint.rules.mix import RULES


def test_every_rule_is_documented(cli):
    for rule in RULES:
        result = cli("rule", rule.code)
        assert result.code == 0
        assert rule.name in result.out
        for section in ("What:", "Why:", "Example:", "Fix safety:", "Options:"):
            assert section in result.out, (rule.code, section)


def test_seed_002_fixed_end_to_end(cli, zh, tmp_path):
    path = tmp_path / "002.txt"
    shutil.copy(zh.seed_path("002_96c20b164ae70dde.txt"), path)
    found = cli("check", path, "--select", "MIX")
    assert found.code == 1
    assert found.out.count("MIX001") == 11
    cli("check", path, "--select", "MIX", "--fix", "--unsafe-fixes")
    fixed = path.read_text(encoding="utf-8").split("\n")
    assert fixed[4] == fixed[10] == "雲陽137萬人共奮進,打好了一場高質量脫貧摘帽的榮譽之戰"
    assert cli("check", path, "--select", "MIX").code == 0
