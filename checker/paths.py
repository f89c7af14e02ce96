"""Where the data folders beside the package (rules/, migrations/) are, in a checkout or an install."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_folder(name: str) -> Path:
    """``rules`` or ``migrations``: the repository folder in a checkout, the bundled copy when installed."""
    beside = _PACKAGE.parent / name
    if beside.is_dir():
        return beside
    return _PACKAGE / "_bundled" / name
