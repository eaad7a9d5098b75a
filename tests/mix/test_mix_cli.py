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


def test_undecodable_bytes_in_a_simplified_line_are_kept_by_the_fix(cli, tmp_path):
    # Lossless reading holds undecodable bytes as lone surrogates; OpenCC cannot take them,
    # so the conversion goes around them (this used to crash MIX001 with a DL001).
    traditional = "今天的會議討論了城市交通問題，專家們認為應該發展公共交通。\n" * 4
    broken = "经济发展带来了新的".encode() + b"\xe6\x9c" + "机会，也带来了环境保护的压力。\n".encode()
    path = tmp_path / "doc.txt"
    path.write_bytes(traditional.encode() + broken)
    found = cli("check", path, "--select", "MIX001", "--output-format", "concise")
    assert found.out.splitlines()[0] == f"{path}:5:1: MIX001 Simplified text in a Traditional document"
    assert "DL001" not in found.out
    cli("check", path, "--select", "MIX001", "--fix", "--unsafe-fixes")
    assert path.read_bytes() == traditional.encode() + (
        "經濟發展帶來了新的".encode() + b"\xe6\x9c" + "機會，也帶來了環境保護的壓力。\n".encode())
