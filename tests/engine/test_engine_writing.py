"""Fixes write atomically and keep newline style, BOM, encoding and permissions."""
from __future__ import annotations

import codecs
import os
import stat

import pytest

SELECT = ("--isolated", "--select", "ENC990,CHROME990,ENC991")


def test_fix_keeps_crlf_bom_and_permissions(tmp_path, cli, fake_rules):
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF8 + "a\u200bb\r\nDELETE ME\r\nend\r\n".encode())
    os.chmod(path, 0o640)
    result = cli("check", *SELECT, "--fix", "--unsafe-fixes", path)
    assert result.code == 0
    assert path.read_bytes() == codecs.BOM_UTF8 + b"ab\r\nend\r\n"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]  # no temp file left


def test_unchanged_file_is_not_rewritten(tmp_path, cli, fake_rules):
    path = tmp_path / "a.txt"
    path.write_text("DELETE ME\nrest\n", encoding="utf-8")
    before = os.stat(path).st_mtime_ns
    os.utime(path, ns=(before - 10**9, before - 10**9))
    result = cli("check", *SELECT, "--fix", path)  # the only fix is unsafe
    assert result.code == 1
    assert os.stat(path).st_mtime_ns == before - 10**9


def test_diff_writes_nothing(tmp_path, cli, fake_rules):
    path = tmp_path / "a.txt"
    path.write_text("a\u200bb\n", encoding="utf-8")
    result = cli("check", *SELECT, "--diff", path)
    assert result.code == 1
    assert "-a\u200bb\n+ab\n" in result.out
    assert path.read_text(encoding="utf-8") == "a\u200bb\n"


def test_show_fixes_lists_applied(tmp_path, cli, fake_rules):
    path = tmp_path / "a.txt"
    path.write_text("a\u200bb\n", encoding="utf-8")
    result = cli("check", *SELECT, "--fix", "--show-fixes", "--output-format", "full", path)
    assert "Applied fixes:" in result.out and "ENC990 delete it" in result.out
    assert "Fixed 1 problem." in result.out


def test_transcode_to_utf8(tmp_path, cli, fake_rules):
    text = "这是一段足够长的简体中文文本，用来检测文件的编码是否可靠。我们再写一句，让它更长一些，更容易判断。\n"
    path = tmp_path / "gbk.txt"
    path.write_bytes(text.encode("gbk"))
    result = cli("check", *SELECT, "--fix", path)
    assert result.code == 0, result.out
    assert path.read_bytes() == text.encode("utf-8")


def test_uncertain_decode_is_never_written(tmp_path, cli, fake_rules):
    path = tmp_path / "short.txt"
    data = "中文".encode("gbk")
    path.write_bytes(data)
    result = cli("check", *SELECT, "--fix", "--output-format", "concise", path)
    assert "DL004" in result.out
    assert path.read_bytes() == data


def test_stdin_fix_writes_fixed_text_to_stdout(cli, fake_rules):
    result = cli("check", *SELECT, "--fix", "-", stdin="a\u200bb\n".encode())
    assert result.out == "ab\n"
    assert result.code == 0


def test_stdin_check_reports_with_stdin_filename(cli, fake_rules):
    result = cli("check", *SELECT, "--output-format", "concise", "--stdin-filename", "page.txt", "-",
                 stdin="x\nDELETE ME\n".encode())
    assert result.out.splitlines()[0] == "page.txt:2:1: CHROME990 marker line"  # unsafe: no [*]


def test_interrupt_during_write_leaves_original(tmp_path, monkeypatch, cli, fake_rules):
    path = tmp_path / "a.txt"
    path.write_text("a\u200bb\n", encoding="utf-8")

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    result = cli("check", *SELECT, "--fix", path)
    assert result.code == 130 and "interrupted" in result.err
    assert path.read_text(encoding="utf-8") == "a\u200bb\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_many_files_keep_a_stable_order(tmp_path, cli, fake_rules, jobs):
    for i in range(40):
        (tmp_path / f"f{i:02d}.txt").write_text("DELETE ME\n" if i % 3 == 0 else "fine\n", encoding="utf-8")
    result = cli("check", *SELECT, "--jobs", jobs, "--output-format", "concise", tmp_path)
    names = [line.split(":")[0].rsplit("/", 1)[-1] for line in result.out.splitlines()[:-1]]
    assert names == [f"f{i:02d}.txt" for i in range(0, 40, 3)]


def test_cross_document_counts_reach_corpus_rules(tmp_path, cli, fake_rules):
    for i in range(5):
        (tmp_path / f"p{i}.txt").write_text(f"Home | News | Contact\nbody text number {i}\n", encoding="utf-8")
    result = cli("check", "--isolated", "--select", "CHROME992", "--output-format", "concise", tmp_path)
    assert result.out.count("CHROME992") == 5
    assert all(":1:1: CHROME992" in line for line in result.out.splitlines()[:-1])
