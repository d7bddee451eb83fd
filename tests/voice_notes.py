"""Voice notes for tests, made as Telegram makes them (OGG/Opus, 48 kHz mono) with real tools."""

from __future__ import annotations

import subprocess

OPUS_OUT = ("-c:a", "libopus", "-b:a", "48k", "-ac", "1", "-ar", "48000", "-f", "ogg", "pipe:1")


def ffmpeg(*args: str, stdin: bytes = b"") -> bytes:
    return subprocess.run(
        ["ffmpeg", "-hide_banner", "-loglevel", "error", *args],
        input=stdin,
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout


def spoken(text: str, voice: str = "ko") -> bytes:
    """``text`` said by espeak-ng, as a voice note."""
    wav = subprocess.run(
        ["espeak-ng", "-v", voice, "--stdout"],
        input=text.encode(),
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout
    return ffmpeg("-f", "wav", "-i", "pipe:0", *OPUS_OUT, stdin=wav)


def generated(source: str, seconds: float) -> bytes:
    """A voice note from an ffmpeg lavfi source: ``anullsrc`` (silence), ``sine=f=440`` (a tone)."""
    return ffmpeg("-f", "lavfi", "-i", source, "-t", f"{seconds:g}", *OPUS_OUT)
