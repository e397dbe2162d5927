"""Dependencies point one way: matches listens to the other packages, they never import it.

Like ``tests/matching/test_purity.py`` for the library: offers, newcomers and
accounts must not import ``webapp.matches``, and nothing outside
``webapp/matches/`` may import ``matching``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

WEBAPP = Path(__file__).resolve().parents[1] / "webapp"
#: Packages that the match lifecycle builds on; importing it back would make a cycle.
BELOW_MATCHES = ("offers", "newcomers", "accounts", "organisations", "gemeenten", "audit")


def imports(path: Path) -> set[str]:
    """Absolute names of the modules a file imports (relative imports resolved against its package)."""
    package = ["webapp", *path.relative_to(WEBAPP).parent.parts]
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *(node.module.split(".") if node.module else [])])
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def _files(*parts):
    return sorted((WEBAPP.joinpath(*parts)).rglob("*.py"))


@pytest.mark.parametrize("package", BELOW_MATCHES)
def test_lower_packages_never_import_matches(package):
    files = _files(package)
    assert files
    bad = {
        f.name: sorted(n for n in imports(f) if n.startswith(("webapp.matches", "webapp.notifications"))) for f in files
    }
    assert not {k: v for k, v in bad.items() if v}


def test_only_the_matches_package_imports_matching():
    outside = [f for f in _files() if "matches" not in f.relative_to(WEBAPP).parts]
    assert outside
    bad = [
        str(f.relative_to(WEBAPP))
        for f in outside
        if any(n == "matching" or n.startswith("matching.") for n in imports(f))
    ]
    assert bad == []


def test_the_checker_resolves_relative_imports():
    sample = WEBAPP / "offers" / "services.py"
    names = imports(sample)
    assert "webapp.offers.models" in names and "webapp.audit.service" in names
