"""Every output format, the full report's rendering, statistics and exit codes."""
from __future__ import annotations

import json


def doc(tmp_path, text="第一行\n中文\u200b字\nDELETE ME\n", name="a.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


SELECT = ("--isolated", "--select", "ENC990,CHROME990")


def test_json_has_ruff_fields(tmp_path, cli, fake_rules):
    result = cli("check", *SELECT, "--output-format", "json", doc(tmp_path))
    items = json.loads(result.out)
    assert result.code == 1
    first = items[0]
    assert {k: first[k] for k in ("code", "name", "severity", "location", "end_location")} == {
        "code": "ENC990", "name": "test-zero-width", "severity": "warning",
        "location": {"row": 2, "column": 3}, "end_location": {"row": 2, "column": 4}}
    assert first["fix"] == {"applicability": "safe", "message": "delete it", "edits": [
        {"content": "", "location": {"row": 2, "column": 3}, "end_location": {"row": 2, "column": 4}}]}
    assert items[1]["fix"]["edits"][0]["end_location"] == {"row": 4, "column": 1}
    assert first["filename"].endswith("a.txt")


def test_json_lines(tmp_path, cli, fake_rules):
    result = cli("check", *SELECT, "--output-format", "json-lines", doc(tmp_path))
    rows = [json.loads(line) for line in result.out.splitlines()]
    assert [r["code"] for r in rows] == ["ENC990", "CHROME990"]


def test_github_annotations_escape_properties(tmp_path, cli, fake_rules):
    result = cli("check", *SELECT, "--output-format", "github", doc(tmp_path, name="a,b.txt"))
    first = result.out.splitlines()[0]
    assert first.startswith("::warning title=doclint (ENC990),file=")
    assert "a%2Cb.txt,line=2,col=3,endLine=2,endColumn=4::ENC990 zero-width space" in first


def test_sarif_structure(tmp_path, cli, fake_rules):
    result = cli("check", *SELECT, "--output-format", "sarif", doc(tmp_path))
    sarif = json.loads(result.out)
    assert sarif["version"] == "2.1.0"
    run = sarif["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    first = run["results"][0]
    assert rules[first["ruleIndex"]]["id"] == first["ruleId"] == "ENC990"
    region = first["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 2, "startColumn": 3, "endLine": 2, "endColumn": 4}
    import jsonschema

    jsonschema.validate(sarif, SARIF_SUBSET)


def test_concise_and_footer(tmp_path, cli, fake_rules):
    result = cli("check", *SELECT, "--output-format", "concise", doc(tmp_path))
    lines = result.out.splitlines()
    assert lines[0].endswith("a.txt:2:3: ENC990 [*] zero-width space")
    assert lines[-1] == "Found 2 problems in 1 file (1 fixable with --fix, 1 with --unsafe-fixes)."


def test_full_underlines_cjk_by_cell_width(tmp_path, cli, fake_rules):
    result = cli("check", *SELECT, "--output-format", "full", doc(tmp_path))
    lines = result.out.splitlines()
    shown = next(i for i, ln in enumerate(lines) if ln.startswith("2 | "))
    assert lines[shown] == "2 | 中文<U+200B>字"
    caret = lines[shown + 1]
    # two CJK characters are four cells wide: the caret sits under the visible token
    assert caret == "  |     " + "^" * len("<U+200B>")
    assert "= help: delete it" in result.out


def test_full_shows_a_long_span_as_its_start_and_an_ellipsis(tmp_path, cli, fake_rules):
    path = doc(tmp_path, text="drop everything " + "x" * 300 + "\n")
    result = cli("check", "--isolated", "--select", "SPAM991", "--output-format", "full", path)
    lines = result.out.splitlines()
    shown = next(i for i, ln in enumerate(lines) if ln.startswith("1 | "))
    assert lines[shown] == "1 | " + ("drop everything " + "x" * 300)[:80] + "…"
    assert lines[shown + 1] == "  | " + "^" * 81


def test_document_text_cannot_inject_markup_or_escapes(tmp_path, cli, fake_rules):
    path = doc(tmp_path, text="[bold red]x[/] \x1b[31mred\u200b\n")
    result = cli("check", *SELECT, "--output-format", "full", path)
    assert "[bold red]x[/]" in result.out
    assert "\x1b" not in result.out and "<U+001B>" in result.out


def test_statistics(tmp_path, cli, fake_rules):
    result = cli("check", *SELECT, "--statistics", doc(tmp_path))
    assert result.out.splitlines() == ["     1  ENC990     [*] test-zero-width", "     1  CHROME990  [*] test-marker-line"]


def test_exit_codes(tmp_path, cli, fake_rules):
    path = doc(tmp_path)
    assert cli("check", *SELECT, path).code == 1
    assert cli("check", *SELECT, "--exit-zero", path).code == 0
    clean = doc(tmp_path, "clean text\n", "clean.txt")
    assert cli("check", *SELECT, clean).code == 0
    zw = doc(tmp_path, "a\u200bb\n", "zw.txt")
    assert cli("check", *SELECT, "--fix", zw).code == 0
    zw.write_text("a\u200bb\n", encoding="utf-8")
    assert cli("check", *SELECT, "--fix", "--exit-non-zero-on-fix", zw).code == 1


def test_rule_and_rules_commands(cli, fake_rules):
    result = cli("rule", "ENC990")
    assert result.code == 0 and result.out.startswith("# ENC990 test-zero-width")
    result = cli("rule", "test-word", "--output-format", "json")
    assert json.loads(result.out)["options"]["word"] == {"default": "foo", "help": "the word to flag"}
    assert cli("rule", "ENC9990").code == 2
    listed = json.loads(cli("rules", "--output-format", "json").out)
    assert {"ENC990", "SPAM992"} <= {r["code"] for r in listed}
    assert cli("rule", "DL003").out.startswith("# DL003 fix-refused")
    text = cli("rule", "test-word").out  # option defaults are printed as TOML, ready to paste
    assert '  word = "foo"  # the word to flag\n' in text and "  limit = 3  # max hits\n" in text


# The parts of the SARIF 2.1.0 schema that GitHub code scanning checks on upload.
SARIF_SUBSET = {
    "type": "object",
    "required": ["version", "runs"],
    "properties": {
        "version": {"const": "2.1.0"},
        "runs": {"type": "array", "minItems": 1, "items": {
            "type": "object", "required": ["tool", "results"],
            "properties": {
                "tool": {"type": "object", "required": ["driver"], "properties": {"driver": {
                    "type": "object", "required": ["name"],
                    "properties": {"rules": {"type": "array", "items": {
                        "type": "object", "required": ["id"],
                        "properties": {"shortDescription": {"type": "object", "required": ["text"]}}}}}}}},
                "results": {"type": "array", "items": {
                    "type": "object", "required": ["message", "ruleId", "locations"],
                    "properties": {
                        "level": {"enum": ["none", "note", "warning", "error"]},
                        "message": {"type": "object", "required": ["text"]},
                        "locations": {"type": "array", "items": {"type": "object", "properties": {
                            "physicalLocation": {"type": "object", "required": ["artifactLocation", "region"],
                                                 "properties": {"region": {"type": "object", "required": ["startLine"], "properties": {
                                                     "startLine": {"type": "integer", "minimum": 1},
                                                     "startColumn": {"type": "integer", "minimum": 1},
                                                     "endColumn": {"type": "integer", "minimum": 1}}}}}}}}}}},
            }}},
    },
}
