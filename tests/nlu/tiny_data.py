"""A small English training set, fast to train, for tests of training itself."""

from __future__ import annotations

from pathlib import Path

TINY_ENGLISH = """version: "3.1"
nlu:
- intent: greet
  examples: |
    - hello
    - hi there
    - good morning
    - hey
    - hello, anyone there?
    - good evening
- intent: thanks
  examples: |
    - thank you
    - thanks a lot
    - many thanks
    - thanks, that helps
    - cheers
    - much appreciated
- intent: ask_service
  examples: |
    - how do I replace my [ID card](service:id_card)
    - I lost my [identity card](service:id_card)
    - how to apply for [dibao](service:dibao)
    - [minimum living allowance](service:dibao) application
    - how do I get a [residence permit](service:residence_permit)
    - apply for a [resident permit](service:residence_permit)
- synonym: id_card
  examples: |
    - identity card
"""


def write_tiny_data(folder: Path) -> Path:
    """A small English data set (fast to train) under ``folder/en``; returns ``folder``."""
    (folder / "en").mkdir(parents=True, exist_ok=True)
    (folder / "en" / "nlu.yml").write_text(TINY_ENGLISH, encoding="utf-8")
    return folder
