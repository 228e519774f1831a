from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.glossary import load_glossary
from pipeline.glossary.model import Glossary

ROOT = Path(__file__).parent.parent.parent


@pytest.fixture(scope="session")
def project_glossary() -> Glossary:
    return load_glossary(ROOT / "glossary.csv")
