"""Build hook: the wheel carries ``translations/`` and ``migrations/`` inside the ``webapp`` package.

In the repository they stay at the top level, where the tools and the team look
for them; an installed wheel is then still a complete application that can
migrate its database and speak every interface language (`webapp/paths.py`).
Everything else about the package is in ``pyproject.toml``.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

BUNDLED = ("translations", "migrations")


class BuildWithAppData(build_py):
    def run(self):
        super().run()
        for name in BUNDLED:
            shutil.copytree(name, Path(self.build_lib) / "webapp" / name, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildWithAppData})
