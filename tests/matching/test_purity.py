"""matching/ is a pure library: it must not import the web stack."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "matching"
DYNAMIC_IMPORTS = {"import_module", "__import__"}
FORBIDDEN = ("flask", "sqlalchemy", "webapp", "flask_sqlalchemy", "flask_login", "flask_babel")


def imported_modules(source: str) -> set[str]:
    """Top-level names of every module imported anywhere in ``source``."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) in DYNAMIC_IMPORTS
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names.add(node.args[0].value.split(".")[0])
    return {n.lower() for n in names}


def python_files():
    files = sorted(PACKAGE.rglob("*.py"))
    assert files, f"no Python files under {PACKAGE}"
    return files


@pytest.mark.parametrize("path", python_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_does_not_import_web_stack(path):
    bad = imported_modules(path.read_text(encoding="utf-8")) & set(FORBIDDEN)
    assert not bad, f"{path.name} imports {sorted(bad)}"


@pytest.mark.parametrize(
    "source",
    [
        "import flask",
        "from flask import Flask",
        "import sqlalchemy.orm as orm",
        "from webapp.models import Offer",
        "def f():\n    from webapp import db\n",
        "import importlib\nimportlib.import_module('flask_login')",
    ],
)
def test_checker_catches_forbidden_imports(source):
    assert imported_modules(source) & set(FORBIDDEN)


def test_checker_allows_relative_and_stdlib_imports():
    source = "from . import concepts\nimport json\nfrom matching.normalise import normalise\n"
    assert not imported_modules(source) & set(FORBIDDEN)
