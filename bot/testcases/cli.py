"""``banshi test conversations [PATH…] [--only REGEX] [-v]``.

Prints one line per failing case (``-v``: per case) and, as its last line, the summary
that DESIGN.md §3.6b fixes; exit status 1 if a case failed, 2 if the case files are invalid
(then nothing is run: a half-read suite would report a misleading share).
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bot.settings import Settings

if TYPE_CHECKING:
    from bot.testcases.runner import CaseResult

DEFAULT_PATH = Path("tests/conversations")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="test_command", metavar="ACTION", required=True)
    conversations = actions.add_parser("conversations", help="run the conversation test cases")
    conversations.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH", help=f"files or folders (default: {DEFAULT_PATH}/)"
    )
    conversations.add_argument("--only", metavar="REGEX", help="run only the cases whose id matches")
    conversations.add_argument("-v", "--verbose", action="store_true", help="print every case")


def format_result(result: CaseResult) -> str:
    """``ok   ID`` or ``FAIL ID (file): reason`` — one line, so failures grep well."""
    where = f" ({result.file})" if result.file else ""
    if result.passed:
        return f"ok   {result.case_id}"
    return f"FAIL {result.case_id}{where}: {result.reason}"


async def run(args: argparse.Namespace, settings: Settings) -> int:
    # Imported here: the runner loads the whole App, which `banshi --help` does not need.
    from bot.testcases.runner import run_conversations, summary_line
    from bot.testcases.schema import CaseFileError, load_cases

    try:
        cases = load_cases(args.paths or [DEFAULT_PATH])
    except CaseFileError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"banshi: {len(exc.problems)} problem(s) in the test cases; nothing was run", file=sys.stderr)
        return 2
    if args.only:
        try:
            only = re.compile(args.only)
        except re.error as exc:
            print(f"banshi: --only: not a valid regular expression: {exc}", file=sys.stderr)
            return 2
        cases = [case for case in cases if only.search(case.test_case)]
    if not args.verbose:
        # Each case's turns log handoffs and the like at INFO: noise around the results.
        logging.getLogger("bot").setLevel(logging.WARNING)

    def report(result: CaseResult) -> None:
        if args.verbose or not result.passed:
            print(format_result(result), flush=True)

    results = await run_conversations(settings, cases, on_result=report)
    print(summary_line(results))
    return 0 if all(result.passed for result in results) else 1
