"""Markdown is prose too: its tables and fenced code are not page furniture."""
from __future__ import annotations

README = """# tidy

A small tool that tidies text files before they are committed, so that reviews show content.

## Options

| flag | what it does | since |
|---|---|---|
| `--fix` | apply the fixes | 1.0 |
| `--diff` | show them, write nothing | 1.0 |
| `--quiet` | print nothing | 1.0 |
| `--jobs` | worker processes | 1.0 |
| `--config` | the settings file | 1.0 |
| `--select` | rules to run | 1.0 |
| `--ignore` | rules to skip | 1.0 |
| `--exit-zero` | never fail | 1.0 |

## Continuous integration

The job below runs the check on every push and fails when a file needs tidying.

```yaml
jobs:
  tidy:
    runs-on: ubuntu-latest
    steps:
      - run: tidy check .
```

Each finding names the file and the line, and the fix is shown next to it.
"""


def test_readme_with_table_and_code_block_is_clean(tmp_path, cli):
    (tmp_path / "README.md").write_text(README, encoding="utf-8")
    result = cli("check", "--isolated", "--select", "CHROME", "--output-format", "concise", tmp_path / "README.md")
    assert result.out == "All checks passed!\n"
