#!/usr/bin/env bash
# CI gate: the wheel alone is a complete application. Build it, install it in a fresh virtualenv
# outside the checkout, migrate an empty database with it and serve one translated page.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$PYTHON" -m pip wheel --quiet --no-deps --no-build-isolation --wheel-dir "$work/dist" .
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet "$work"/dist/meedoen-*.whl
cd "$work"  # nothing of the checkout on the path from here on
export FLASK_APP=webapp DATABASE_URL="sqlite:///$work/wheel.sqlite" SECRET_KEY="wheel-check-$(date +%s)-xxxxxxxxxxxxxxxxxxxx"
"$work/venv/bin/flask" db upgrade
"$work/venv/bin/python" - <<'PY'
from webapp import create_app

app = create_app({"WTF_CSRF_ENABLED": False})
page = app.test_client().get("/login", headers={"Accept-Language": "ar"}).get_data(as_text=True)
assert 'dir="rtl"' in page and "تسجيل الدخول" in page, "the installed wheel does not speak Arabic"
assert app.extensions["migrate"].directory.startswith(str(__import__("webapp").__path__[0])), "migrations not bundled"
print("wheel: installs, migrates and serves a translated page")
PY
