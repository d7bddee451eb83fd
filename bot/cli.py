"""The ``banshi`` command line (same as ``python -m bot``)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from bot import __version__
from bot.settings import Settings, SettingsError, load_settings

log = logging.getLogger("banshi")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="banshi", description="Banshi (办事): public-service chat assistant"
    )
    parser.add_argument("--version", action="version", version=f"banshi {__version__}")
    parser.add_argument("--config", type=Path, help="config file (default: $BANSHI_CONFIG or ./config.yml)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    guides = commands.add_parser("guides", help="the service-guide catalog").add_subparsers(
        dest="guides_command", metavar="ACTION", required=True
    )
    validate = guides.add_parser("validate", help="check a catalog folder or file without loading it")
    validate.add_argument(
        "path", nargs="?", type=Path, help="folder or file (default: the configured guides)"
    )
    guides.add_parser("load", help="validate the catalog and switch the store to it")
    show = guides.add_parser("show", help="print one service guide")
    show.add_argument("service_id")
    show.add_argument("--lang", help="locale, e.g. zh-Hans or en")

    from nlu import cli as nlu_cli

    nlu_cli.add_arguments(commands.add_parser("nlu", help="language understanding: train, test, parse"))

    dialogues = commands.add_parser("dialogues", help="the service flows").add_subparsers(
        dest="dialogues_command", metavar="ACTION", required=True
    )
    dialogues.add_parser("validate", help="check every flow: steps, dead ends, services, message keys")

    locales = commands.add_parser("locales", help="the languages").add_subparsers(
        dest="locales_command", metavar="ACTION", required=True
    )
    locales.add_parser("status", help="per language: messages, catalog and audio coverage, review status")

    from bot.agents import cli as agent_cli

    agent_cli.add_arguments(commands.add_parser("agent", help="village proxy agents: invites, revocation"))

    run = commands.add_parser(
        "run", help="serve the web chat (and Telegram when BANSHI_TELEGRAM_TOKEN is set)"
    )
    run.add_argument("--host", help="address to listen on (default: web.host, 127.0.0.1)")
    run.add_argument("--port", type=int, help="port (default: web.port, 8080)")

    chat = commands.add_parser("chat", help="chat in the console")
    chat.add_argument("--lang", help="answer in this locale (e.g. en)")

    from bot.testcases import cli as testcases_cli

    testcases_cli.add_arguments(commands.add_parser("test", help="conversation test cases"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        settings = load_settings(args.config)
    except SettingsError as exc:
        print(f"banshi: configuration error: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(
        level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    # httpx logs each request URL at INFO, and a Bot API URL holds the bot token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    install_log_filters(settings)
    try:
        return asyncio.run(_dispatch(args, settings))
    except KeyboardInterrupt:
        return 130


def install_log_filters(settings: Settings, handlers: Sequence[logging.Handler] | None = None) -> None:
    """No ID or phone number and no secret of ``settings`` ever reaches a log: filters on the
    given handlers (default: the root logger's), which see every propagated record."""
    from bot.privacy import PiiFilter, SecretFilter

    secrets = [
        secret.get_secret_value()
        for secret in (
            settings.telegram_token,
            settings.telegram_webhook_secret,
            settings.redis_password,
            settings.api_token,
        )
        if secret is not None
    ]
    for handler in logging.getLogger().handlers if handlers is None else handlers:
        handler.addFilter(PiiFilter())
        handler.addFilter(SecretFilter(secrets))


async def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    from redis.exceptions import RedisError

    from bot.dialogue.flows import FlowError
    from bot.guides import CatalogError

    try:
        if args.command == "guides":
            from bot import guides_cli

            return await guides_cli.run(args, settings)
        if args.command == "nlu":
            from bot.app import service_lexicon
            from bot.guides import open_guide_store
            from nlu import cli as nlu_cli

            guides = await open_guide_store(settings)
            try:
                lexicon = await service_lexicon(guides)
            finally:
                await guides.close()
            return await nlu_cli.run(args, settings.nlu, lexicon)
        if args.command == "dialogues":
            return _validate_dialogues(settings)
        if args.command == "locales":
            from bot.locales_status import format_status, locale_status

            print(format_status(locale_status(settings)))
            return 0
        if args.command == "agent":
            from bot.agents import cli as agent_cli

            return await agent_cli.run(args, settings)
        if args.command == "run":
            from bot.run import serve

            return await serve(settings, args.host or settings.web.host, args.port or settings.web.port)
        if args.command == "chat":
            from bot.console import chat

            return await chat(settings, args.lang)
        if args.command == "test":
            from bot.testcases import cli as testcases_cli

            return await testcases_cli.run(args, settings)
    except FlowError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    except CatalogError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"banshi: the catalog has {len(exc.problems)} problem(s); nothing was loaded", file=sys.stderr)
        return 1
    except (RedisError, OSError) as exc:
        print(f"banshi: cannot reach the store ({settings.storage.backend}): {exc}", file=sys.stderr)
        return 1
    raise AssertionError(f"unhandled command {args.command}")


def _validate_dialogues(settings: Settings) -> int:
    from bot.dialogue.flows import check_flows, load_flows
    from bot.guides import load_catalog
    from bot.guides.checks import check_situation_options
    from bot.i18n import Localizer

    flows, common = load_flows(settings.dialogues_path)
    i18n = Localizer(settings.locales_path)
    keys = {locale: i18n.keys[locale] for locale in i18n.languages.enabled}
    catalog = load_catalog(settings.guides.path)
    problems = check_flows(flows, common, catalog, keys, settings.dialogues_path)
    # The words people use for each answer: every enabled locale, no clashes, ranges that fit.
    problems += check_situation_options(catalog, i18n.languages.enabled)
    return report_problems(settings.dialogues_path, problems, f"ok ({len(flows)} flows)")


def report_problems(path: Path, problems: Sequence[str], ok: str = "ok") -> int:
    """A validation's outcome: each problem on stderr and exit status 1, or ``path: ok`` and 0."""
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{path}: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"{path}: {ok}")
    return 0
