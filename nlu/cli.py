"""``banshi nlu train | test | parse TEXT [--lang L]``.

The application's CLI adds these subcommands with :func:`add_arguments` and runs them with
:func:`run`, passing the ``nlu:`` settings and the service lexicon from the catalog.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections.abc import Mapping, Sequence

from nlu.builtin import BuiltinNLU, describe
from nlu.config import NLUConfig
from nlu.data import DataError
from nlu.engine import close_engine, create_engine
from nlu.evaluate import evaluate, format_report


def add_arguments(nlu_parser: argparse.ArgumentParser) -> None:
    """Add the ``train``, ``test`` and ``parse`` subcommands to the ``banshi nlu`` parser."""
    commands = nlu_parser.add_subparsers(dest="nlu_command", metavar="COMMAND", required=True)
    commands.add_parser(
        "train",
        help="train the built-in model on nlu/data and save it",
        description="Train the built-in NLU model on the training files and save it to nlu.model_path.",
    )
    test = commands.add_parser(
        "test",
        help="evaluate on the held-out files (test_*.yml)",
        description="Print intent accuracy, macro-F1, service accuracy and the most confused "
        "intents for each language, measured on the held-out files.",
    )
    test.add_argument("--lang", action="append", metavar="L", help="only this language (repeatable)")
    test.add_argument(
        "--misses", type=int, default=0, metavar="N", help="also list up to N misses per language"
    )
    test.add_argument("--json", action="store_true", help="print the figures as JSON")
    parse = commands.add_parser(
        "parse",
        help="parse one message and print the /model/parse JSON",
        description="Parse TEXT and print the Rasa /model/parse JSON (language detected unless --lang).",
    )
    parse.add_argument("text", metavar="TEXT")
    parse.add_argument("--lang", metavar="L", help="language of TEXT (default: detected from the script)")


async def run(
    args: argparse.Namespace, config: NLUConfig, service_lexicon: Mapping[str, Mapping[str, Sequence[str]]]
) -> int:
    """Run the chosen subcommand; print its output; return the exit code."""
    try:
        if args.nlu_command == "train":
            return await _train(config, service_lexicon)
        if args.nlu_command == "parse":
            return await _parse(args, config, service_lexicon)
        if args.nlu_command == "test":
            return await _test(args, config, service_lexicon)
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"error: unknown nlu command {args.nlu_command!r}", file=sys.stderr)
    return 2


async def _train(config: NLUConfig, service_lexicon: Mapping[str, Mapping[str, Sequence[str]]]) -> int:
    started = time.perf_counter()
    engine = await asyncio.to_thread(BuiltinNLU.train, config, service_lexicon)
    seconds = time.perf_counter() - started
    engine.save(config.model_path)
    for language, stats in describe(engine).items():
        print(
            f"{language}: {stats['examples']} examples, {stats['intents']} intents, "
            f"{stats['forms']} entity forms"
        )
    size = config.model_path.stat().st_size
    print(f"trained in {seconds:.1f} s; saved {config.model_path} ({size / 1024:.0f} KiB)")
    if config.backend == "rasa":
        print(
            "nlu.backend is rasa: train the Rasa model separately (docs/rasa.md); this model is its fallback"
        )
    return 0


async def _parse(
    args: argparse.Namespace, config: NLUConfig, service_lexicon: Mapping[str, Mapping[str, Sequence[str]]]
) -> int:
    engine = await create_engine(config, service_lexicon)
    try:
        result = await engine.parse(args.text, args.lang)
    finally:
        await close_engine(engine)
    print(json.dumps(result.to_rasa(), ensure_ascii=False, indent=2))
    return 0


async def _test(
    args: argparse.Namespace, config: NLUConfig, service_lexicon: Mapping[str, Mapping[str, Sequence[str]]]
) -> int:
    engine = await create_engine(config, service_lexicon)
    try:
        reports = await evaluate(engine, config, args.lang)
    finally:
        await close_engine(engine)
    if not reports:
        print(f"error: no held-out data (test_*.yml) under {config.data_path}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps([report.as_dict() for report in reports], ensure_ascii=False, indent=2))
    else:
        print(format_report(reports, show_misses=args.misses))
    return 0
