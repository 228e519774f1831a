"""The tool's version (`pipeline.__version__`), in core so that every layer can name it.

Asking `importlib.metadata` instead would cost a check 0.007 s (it imports email and zipfile
and reads the installed metadata); pyproject.toml's `version` must say the same.
"""

from __future__ import annotations

from typing import Final

__version__: Final = "0.1.0"
