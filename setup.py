"""Bundle the rules/ and migrations/ data folders into the built package.

Only ``checker`` is a Python package; ``rules/`` and ``migrations/`` live beside
it in the repository. An installed (non-editable) copy finds them under
``checker/_bundled/`` (see ``checker.paths``).
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

DATA_FOLDERS = ("rules", "migrations")


class BuildWithData(build_py):
    def run(self):
        super().run()
        root = Path(__file__).parent
        for name in DATA_FOLDERS:
            target = Path(self.build_lib) / "checker" / "_bundled" / name
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(root / name, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildWithData})
