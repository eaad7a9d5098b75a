"""Imported once by the forkserver, before it forks any worker: load the default rules and the
data they load lazily, so that every worker starts with them already in memory (shared
copy-on-write) instead of each spending a second or more loading them again.

A failure here must not take the forkserver down: a worker then simply loads what it needs.
"""
from __future__ import annotations

#: Short texts that take the rules down their data-loading paths (Han in both scripts, kana,
#: Latin, mojibake, chrome-like lines).
SAMPLES = (
    "今天天气很好，我们去公园散步。\n這是一個繁體中文的句子，說明天氣。\n東京は晴れです。",
    "The committee met on Tuesday.\nHome > News > World\ncafÃ© au lait, naÃ¯ve\nПривет, мир.",
)


def _warm() -> None:
    try:
        from ..api import EngineOptions, check_text, engine_for

        engine = engine_for(EngineOptions())
        for sample in SAMPLES:
            check_text(sample, "<warm-up>", engine, fix=True)
    except Exception:  # noqa: BLE001 - see the module docstring
        return


_warm()
