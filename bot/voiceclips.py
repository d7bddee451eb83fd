"""Voice messages kept for a person to listen to: the audio of a voice handoff.

A clip is a file named by a random reference (``Handoff.audio_ref``) in one folder. Clips
are personal data: they are deleted as soon as they are not needed (a confirmed transcript),
and the hourly retention purge deletes the rest with the handoffs they belong to. With
several machines the folder must be shared storage (see docs/deploy.md).
"""

from __future__ import annotations

import asyncio
import os
import re
import time
import uuid
from pathlib import Path

_REF = re.compile(r"^[0-9a-f]{32}\.ogg$")  # what keep() makes; anything else is refused


class VoiceClips:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    async def keep(self, audio: bytes) -> str:
        """Store one clip; its reference."""
        ref = f"{uuid.uuid4().hex}.ogg"
        await asyncio.to_thread(self._write, self.folder / ref, audio)
        return ref

    async def read(self, ref: str) -> bytes | None:
        path = self._path(ref)
        if path is None:
            return None
        try:
            return await asyncio.to_thread(path.read_bytes)
        except FileNotFoundError:
            return None

    async def delete(self, ref: str) -> bool:
        path = self._path(ref)
        if path is None:
            return False
        try:
            await asyncio.to_thread(path.unlink)
        except FileNotFoundError:
            return False
        return True

    async def purge_older_than(self, days: int) -> int:
        """Delete clips stored more than ``days`` days ago; how many were deleted."""
        return await asyncio.to_thread(self._purge, time.time() - days * 86_400)

    def _path(self, ref: str) -> Path | None:
        return self.folder / ref if _REF.match(ref) else None

    def _write(self, path: Path, audio: bytes) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        temp = path.with_suffix(".tmp")
        # Owner-only: the recording is a person's voice.
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as file:
            file.write(audio)
        os.replace(temp, path)

    def _purge(self, cutoff: float) -> int:
        if not self.folder.is_dir():
            return 0
        removed = 0
        for path in self.folder.iterdir():
            try:
                if _REF.match(path.name) and path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
            except FileNotFoundError:
                continue  # another worker purged it first
        return removed
