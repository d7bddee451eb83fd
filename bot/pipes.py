"""Bytes through an external program (espeak-ng, ffmpeg): stdin in, stdout out, bounded in time.

Speech synthesis and recognition both hand audio or text to a Debian tool this way. Input
goes on stdin, never on the command line (where any local user could read it with ``ps``),
and a program that overruns its time or whose caller is cancelled is killed, not left behind.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Sequence
from pathlib import Path


class PipeError(Exception):
    """The program could not run, overran, or failed; ``status`` is its exit status then."""

    def __init__(self, reason: str, *, status: int | None = None, detail: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.detail = detail  # ": " and the last line the program wrote to stderr, or ""


async def pipe_through(
    argv: Sequence[str], data: bytes, *, timeout_s: float, name: str | None = None
) -> bytes:
    """What ``argv`` writes to stdout for ``data`` on stdin; :class:`PipeError` otherwise.

    ``name`` is the program's Debian package, for messages (default: the program's name).
    """
    name = name or Path(argv[0]).name
    try:
        process = await asyncio.create_subprocess_exec(
            *argv,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
    except FileNotFoundError:
        raise PipeError(f"{name} is not installed (apt-get install {name})") from None
    except OSError as exc:
        raise PipeError(f"cannot start {name}: {exc.strerror}") from None
    try:
        async with asyncio.timeout(timeout_s):
            # A program that stops reading early (ffmpeg -t) leaves a broken pipe; communicate()
            # ignores it.
            out, err = await process.communicate(data)
    except TimeoutError:
        raise PipeError(f"{name} took longer than {timeout_s:g} s") from None
    finally:
        if process.returncode is None:  # timed out or cancelled: do not leave it running
            with contextlib.suppress(ProcessLookupError):
                process.kill()
            await process.wait()
    if process.returncode != 0:
        # The last stderr line names the problem ("Invalid data found when processing input");
        # the tools describe their input's format there, never its content.
        lines = err.decode(errors="replace").strip().splitlines()
        detail = f": {lines[-1][:200]}" if lines else ""
        status = process.returncode
        raise PipeError(f"{name} exited with status {status}{detail}", status=status, detail=detail)
    return out
