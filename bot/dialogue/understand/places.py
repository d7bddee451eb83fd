"""The place a person names ("我住云岭乡高山村"): the most precise division of the catalog found.

Office lists are ranked from it (village, then township, then county), so the names and
aliases of every division in ``guides/offices/`` are looked for in each message; of several
found, the deepest wins (高山村 over 云岭乡), since a village code carries its township's.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.dialogue.understand.phrases import find, fold
from bot.guides.models import Region

MIN_NAME_LENGTH = 2  # one character (东, 山) is part of too many ordinary words


class Places:
    def __init__(self, regions: Iterable[Region]) -> None:
        self._terms: dict[str, str] = {}  # folded name or alias -> division code
        stack = list(regions)
        while stack:
            region = stack.pop()
            stack.extend(region.children)
            for term in (*region.names.values(), *region.aliases):
                folded = fold(term)
                if len(folded) >= MIN_NAME_LENGTH:
                    known = self._terms.get(folded)
                    # One name for two divisions: keep the wider one, which holds both.
                    self._terms[folded] = (
                        region.code if known is None or len(region.code) < len(known) else known
                    )

    def find(self, text: str) -> str | None:
        """The code of the most precise division named in ``text``, if any."""
        found = find(fold(text), list(self._terms))
        if not found:
            return None
        best = max(found, key=lambda hit: (len(self._terms[hit.phrase]), hit.end - hit.start))
        return self._terms[best.phrase]
