"""doclint's built-in rules, registered through the ``doclint`` entry point like any plugin.

Each family lives in its own package (``enc``, ``mix``, ``spam``, ``chrome``) exporting a
``RULES`` list; their data files live in ``rules/data/``.
"""
from __future__ import annotations

from doclint import hookimpl


@hookimpl
def doclint_rules() -> list[type]:
    from .chrome import RULES as chrome
    from .enc import RULES as enc
    from .mix import RULES as mix
    from .spam import RULES as spam

    return [*enc, *mix, *spam, *chrome]
