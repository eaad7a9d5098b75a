"""Configuration files, selection, options and their errors."""
from __future__ import annotations

import textwrap


def write(path, text: str):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_pyproject_table_selects_rules(tmp_path, cli, fake_rules):
    write(tmp_path / "pyproject.toml", """
        [tool.doclint]
        select = ["ENC990", "test-marker-line"]
    """)
    doc = write(tmp_path / "a.txt", "a\u200bb\nDELETE ME\nping\n")
    result = cli("check", "--output-format", "concise", doc)
    assert result.code == 1
    assert [line.split(": ")[1].split(" ")[0] for line in result.out.splitlines()[:2]] == ["ENC990", "CHROME990"]
    assert "MIX990" not in result.out


def test_closest_config_wins_and_extend_inherits(tmp_path, cli, fake_rules):
    write(tmp_path / "doclint.toml", 'select = ["ENC990"]\n')
    write(tmp_path / "sub" / ".doclint.toml", 'extend = "../doclint.toml"\nextend-select = ["CHROME990"]\n')
    top = write(tmp_path / "top.txt", "a\u200bb\nDELETE ME\n")
    sub = write(tmp_path / "sub" / "sub.txt", "a\u200bb\nDELETE ME\n")
    result = cli("check", "--output-format", "concise", top, sub)
    lines = result.out.splitlines()
    assert any("top.txt:1:2: ENC990" in ln for ln in lines)
    assert not any("top.txt" in ln and "CHROME990" in ln for ln in lines)
    assert any("sub.txt:2:1: CHROME990" in ln for ln in lines)


def test_per_file_ignores_and_ignore(tmp_path, cli, fake_rules):
    write(tmp_path / "doclint.toml", """
        select = ["ENC990", "CHROME990"]
        [per-file-ignores]
        "legacy/*" = ["ENC"]
    """)
    a = write(tmp_path / "legacy" / "a.txt", "a\u200bb\n")
    result = cli("check", "--output-format", "concise", a)
    assert result.code == 0
    result = cli("check", "--output-format", "concise", "--ignore", "ENC990", write(tmp_path / "b.txt", "a\u200bb\n"))
    assert result.code == 0


def test_rule_options_and_severity(tmp_path, cli, fake_rules):
    write(tmp_path / "doclint.toml", """
        select = ["SPAM992"]
        [rules.test-word]
        word = "casino"
        severity = "error"
    """)
    doc = write(tmp_path / "a.txt", "foo casino\n")
    result = cli("check", "--output-format", "json", doc)
    import json

    [item] = json.loads(result.out)
    assert (item["message"], item["severity"], item["location"]["column"]) == ("found casino", "error", 5)


def test_unknown_key_suggests_and_exits_2(tmp_path, cli, fake_rules):
    write(tmp_path / "doclint.toml", 'selct = ["ENC"]\n')
    result = cli("check", write(tmp_path / "a.txt", "x\n"))
    assert result.code == 2
    assert result.err.strip().endswith("unknown key 'selct' (did you mean 'select'?)")
    assert len(result.err.strip().splitlines()) == 1


def test_unknown_code_suggests(tmp_path, cli, fake_rules):
    result = cli("check", "--isolated", "--select", "ENC99", write(tmp_path / "a.txt", "x\n"))
    assert result.code == 0  # a prefix of existing codes is fine
    result = cli("check", "--isolated", "--select", "ENC999", write(tmp_path / "b.txt", "x\n"))
    assert result.code == 2 and "unknown rule selector 'ENC999'" in result.err
    result = cli("check", "--isolated", "--select", "test-zero-widht", write(tmp_path / "c.txt", "x\n"))
    assert "did you mean 'test-zero-width'" in result.err


def test_unknown_rule_option_and_bad_type(tmp_path, cli, fake_rules):
    write(tmp_path / "doclint.toml", '[rules.test-word]\nwrd = "x"\n')
    result = cli("check", write(tmp_path / "a.txt", "x\n"))
    assert result.code == 2 and "unknown option 'wrd' for rule 'test-word' (did you mean 'word'?)" in result.err
    write(tmp_path / "doclint.toml", '[rules.test-word]\nlimit = "x"\n')
    result = cli("check", tmp_path / "a.txt")
    assert result.code == 2 and "option 'limit' of rule 'test-word' must be int" in result.err


def test_invalid_toml_is_one_line_exit_2(tmp_path, cli, fake_rules):
    write(tmp_path / "doclint.toml", "select = [\n")
    result = cli("check", write(tmp_path / "a.txt", "x\n"))
    assert result.code == 2
    assert "invalid TOML" in result.err and len(result.err.strip().splitlines()) == 1


def test_config_flag_and_isolated(tmp_path, cli, fake_rules):
    write(tmp_path / "doclint.toml", "select = [\n")  # broken, but ignored below
    other = write(tmp_path / "elsewhere" / "cfg.toml", 'select = ["ENC990"]\n')
    doc = write(tmp_path / "a.txt", "a\u200bb\n")
    assert cli("check", "--config", other, doc).code == 1
    assert cli("check", "--isolated", "--select", "CHROME990", doc).code == 0
