"""The installed CLI answers and the built-in plugin loads."""
from __future__ import annotations

import subprocess
import sys


def test_version_runs_as_module():
    out = subprocess.run([sys.executable, "-m", "doclint", "version"], capture_output=True, text=True, check=True)
    assert out.stdout.startswith("doclint 0.")
