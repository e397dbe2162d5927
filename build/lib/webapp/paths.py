"""Where the translations and migrations are: inside the installed package (a wheel), else in the checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def bundled(name: str) -> str:
    """``translations`` or ``migrations``: the wheel's copy (see ``setup.py``), or the repository's."""
    inside = _PACKAGE / name
    return str(inside if inside.is_dir() else _PACKAGE.parent / name)
