"""`altegio-devtools`: a local Altegio for testing a partner's integration (README "Sandbox").

    altegio-devtools sandbox --port 8787 --partner-token T [--callback-url URL] [--quirks]
    altegio-devtools sandbox --port 0 --partner-token T -- python -m my_tests    # then stops
    altegio-devtools trigger record.update [EVENT ...] --to URL [--secret S] [--set data.title=Hall]
    altegio-devtools trigger payment --to URL --partner-token T [--set amount=100] [--quirks]
    altegio-devtools replay DIR --to URL [--secret S]
    altegio-devtools sign --partner-token T --salon-id N --amount A [--discount D]
    altegio-devtools sign --partner-token T --body FILE   # a payment body (JSON)

The partner token and the hooks' secret can come from ALTEGIO_PARTNER_TOKEN and
ALTEGIO_WEBHOOK_SECRET (what the receiver reads) rather than the command line.

Exit status: 0 done (every delivery accepted: a 2xx), 1 a delivery was answered otherwise,
2 bad arguments or input, 3 a URL could not be reached (after Altegio's retries). Messages
name arguments, files and fields, never a value from a body.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import FrameType
from typing import Any
from urllib.parse import urlsplit

from . import _triggers, testing
from ._delivery import Outcome, deliver
from .sandbox import TRIGGER_PATH, Sandbox

__all__ = ["CommandError", "main"]

ACCEPTED, REFUSED, BAD_INPUT, UNREACHABLE = 0, 1, 2, 3
PARTNER_TOKEN = "ALTEGIO_PARTNER_TOKEN"  # noqa: S105 (a variable's name)
SECRET = "ALTEGIO_WEBHOOK_SECRET"  # noqa: S105
#: Captured response bodies in `make drift`'s layout (`<operationId>.<status>[.<note>].json`).
RESPONSE_FILE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\.\d{3}(\.[A-Za-z0-9_-]+)?\.json")


class CommandError(Exception):
    """A command that cannot run as asked: the message says why, `status` is the exit code."""

    def __init__(self, message: str, status: int = BAD_INPUT) -> None:
        super().__init__(message)
        self.status = status


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    cut = words.index("--") if "--" in words else len(words)
    parser = _parser()
    args = parser.parse_args(words[:cut])
    args.then = words[cut + 1 :]
    if args.then and args.command != "sandbox":
        parser.error("only `sandbox` runs a command after --")
    try:
        status: int = args.run(args)
    except CommandError as error:
        print(f"altegio-devtools {args.command}: error: {error}", file=sys.stderr)
        return error.status
    return status


def sandbox(args: argparse.Namespace) -> int:
    partner_token = _partner_token(args)
    callback_url = args.callback_url and _url(args.callback_url, "--callback-url")
    try:
        server = Sandbox(
            partner_token=partner_token,
            host=args.host,
            port=args.port,
            callback_url=callback_url,
            webhook_secret=args.webhook_secret or os.environ.get(SECRET) or None,
            crm_tokens=dict(args.crm_token),
            quirks=args.quirks,
            report=lambda line: print(line, flush=True),
        )
    except OSError as error:  # the port is taken, the host is not this machine's
        where = f"{args.host}:{args.port}"
        raise CommandError(f"cannot listen on {where} ({type(error).__name__})") from None
    url = server.url
    if args.then:
        return _run_against(server, args.then, partner_token)
    banner = [f"Altegio sandbox on {url}", f"  api_base_url={url}/api/v1  app_base_url={url}"]
    if args.callback_url:
        banner.append("  lifecycle calls (uninstall, ...) go to the --callback-url")
    banner.append(f"  entity events: POST {url}{TRIGGER_PATH}  (Ctrl-C stops)")
    print("\n".join(banner), flush=True)  # flushed: a test or script waits for the URL
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    return ACCEPTED


def _run_against(server: Sandbox, command: list[str], partner_token: str) -> int:
    """Run `command` with ALTEGIO_API_BASE_URL, ALTEGIO_APP_BASE_URL and the partner token
    set for the sandbox; stop it when the command ends (its deliveries finished first)."""
    threading.Thread(target=server.serve_forever).start()  # close() ends it
    env = {
        **os.environ,
        "ALTEGIO_API_BASE_URL": f"{server.url}/api/v1",
        "ALTEGIO_APP_BASE_URL": server.url,
        PARTNER_TOKEN: partner_token,
    }
    try:
        return subprocess.call(command, env=env)
    except OSError as error:
        raise CommandError(f"{command[0]} cannot be run ({type(error).__name__})") from None
    finally:
        server.close()


def trigger(args: argparse.Namespace) -> int:
    to = _url(args.to, "--to")
    try:
        built = [
            _triggers.build(
                name,
                partner_token=_given_partner_token(args),
                settings=args.set,
                quirks=args.quirks,
            )
            for name in args.events
        ]
    except _triggers.TriggerError as error:
        raise CommandError(str(error)) from None
    statuses = []
    for event in built:
        headers = {} if event.lifecycle else _authorization(args)
        outcome = deliver(to, event.encoded(), headers)
        print(f"{event.name} -> {_shown(to)}: {outcome.describe()}")
        if event.drift:
            print(f"  drift (as the receiver reads it): {', '.join(event.drift)}")
        statuses.append(_status(outcome))
    return max(statuses)


def replay(args: argparse.Namespace) -> int:
    to = _url(args.to, "--to")
    folder = Path(args.directory)
    if not folder.is_dir():
        raise CommandError(f"{folder} is not a directory")
    files = sorted(path for path in folder.rglob("*.json") if path.is_file())
    deliveries = [path for path in files if not RESPONSE_FILE.fullmatch(path.name)]
    if not deliveries:
        raise CommandError(f"{folder} holds no captured deliveries (*.json)")
    headers = _authorization(args)
    statuses = []
    for path in deliveries:
        try:
            body = path.read_bytes()
        except OSError as error:
            raise CommandError(f"{path} cannot be read ({type(error).__name__})") from None
        outcome = deliver(to, body, headers)
        print(f"{path.relative_to(folder)} -> {_shown(to)}: {outcome.describe()}")
        statuses.append(_status(outcome))
    print(
        f"{len(deliveries)} deliveries: {statuses.count(ACCEPTED)} accepted, "
        f"{statuses.count(REFUSED)} refused, {statuses.count(UNREACHABLE)} unreachable; "
        f"{len(files) - len(deliveries)} response bodies skipped"
    )
    return max(statuses)


def sign(args: argparse.Namespace) -> int:
    token = _partner_token(args)
    if args.body is not None:
        if args.salon_id is not None or args.amount is not None or args.discount is not None:
            raise CommandError("give --body or --salon-id/--amount/--discount, not both")
        salon_id, amount, discount = _signed_fields(Path(args.body))
    elif args.salon_id is None or args.amount is None:
        raise CommandError("give --salon-id and --amount (or --body FILE)")
    else:
        salon_id, amount, discount = args.salon_id, args.amount, args.discount
    print(testing.sign_payment(token, salon_id=salon_id, amount=amount, discount=discount))
    return ACCEPTED


def _signed_fields(path: Path) -> tuple[int | str, float, float | None]:
    try:
        call = json.loads(path.read_bytes())
    except OSError as error:
        raise CommandError(f"{path} cannot be read ({type(error).__name__})") from None
    except ValueError:
        raise CommandError(f"{path} is not JSON") from None
    if not isinstance(call, dict):
        raise CommandError(f"{path} is not a JSON object (a payment call)")
    for name in ("salon_id", "amount"):
        if name not in call:
            raise CommandError(f"{path} has no {name}")
    salon_id, amount, discount = call["salon_id"], call["amount"], call.get("discount")
    if isinstance(salon_id, bool) or not isinstance(salon_id, int | str):
        raise CommandError(f"{path}: salon_id is not an integer or a string")
    for name, value in (("amount", amount), ("discount", discount)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise CommandError(f"{path}: {name} is not a number")
    return salon_id, amount, discount


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="altegio-devtools", description="A local Altegio for testing partner integrations."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = commands.add_parser("sandbox", help="serve a stateful fake Altegio over HTTP")
    serve.add_argument("--port", type=_port, default=8787, help="0 picks a free port")
    serve.add_argument("--host", default="127.0.0.1")
    _add_partner_token(serve)
    serve.add_argument("--callback-url", help="where lifecycle calls (uninstall, ...) go")
    serve.add_argument(
        "--webhook-secret", metavar="S", help=f"Bearer secret of entity events (default: ${SECRET})"
    )
    serve.add_argument(
        "--crm-token", type=_crm_token, action="append", default=[], metavar="TOKEN=LOCATION",
        help="a VoIP CRM token the fake knows, and its location ID",
    )  # fmt: skip
    serve.add_argument("--quirks", action="store_true", help="answer with production quirks")
    serve.set_defaults(run=sandbox)

    send = commands.add_parser("trigger", help="send webhooks to a receiver, one by one")
    send.add_argument(
        "events", nargs="+", metavar="EVENT", help="RESOURCE.STATUS, uninstall, freeze, payment"
    )
    send.add_argument("--to", required=True, metavar="URL", help="the receiver's URL")
    _add_secret(send)
    _add_partner_token(send)
    send.add_argument(
        "--set", action="append", default=[], metavar="FIELD=VALUE",
        help="set a field (data.title=Hall, amount=100); the value is JSON or a string",
    )  # fmt: skip
    send.add_argument("--quirks", action="store_true", help="send it as production would")
    send.set_defaults(run=trigger)

    again = commands.add_parser("replay", help="send captured deliveries (make drift's layout)")
    again.add_argument("directory", metavar="DIR")
    again.add_argument("--to", required=True, metavar="URL", help="the receiver's URL")
    _add_secret(again)
    again.set_defaults(run=replay)

    signing = commands.add_parser("sign", help="print a lifecycle payment call's sign")
    _add_partner_token(signing)
    signing.add_argument("--salon-id", type=_salon_id)
    signing.add_argument("--amount", type=_number, help="a number, signed as JavaScript spells it")
    signing.add_argument("--discount", type=_number)
    signing.add_argument("--body", metavar="FILE", help="a payment call's JSON body")
    signing.set_defaults(run=sign)
    return parser


def _add_partner_token(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--partner-token", metavar="T", help=f"the partner token (default: ${PARTNER_TOKEN})"
    )


def _add_secret(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--secret", metavar="S", help=f"the hooks' Bearer secret (default: ${SECRET})"
    )


def _partner_token(args: argparse.Namespace) -> str:
    token = _given_partner_token(args)
    if token is None:
        raise CommandError(f"give --partner-token or set {PARTNER_TOKEN}")
    return token


def _given_partner_token(args: argparse.Namespace) -> str | None:
    token: str | None = args.partner_token or os.environ.get(PARTNER_TOKEN) or None
    if token is not None and token != token.strip():
        raise CommandError("the partner token has whitespace around it (a pasted newline?)")
    return token


def _authorization(args: argparse.Namespace) -> dict[str, str]:
    secret = args.secret or os.environ.get(SECRET)
    return {"Authorization": f"Bearer {secret}"} if secret else {}


def _url(text: str, option: str) -> str:
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise CommandError(f"{option} must be an http:// or https:// URL with a host")
    return text


def _shown(url: str) -> str:
    """The URL without its query (an integrator's secret can be a query parameter)."""
    return url.partition("?")[0]


def _status(outcome: Outcome) -> int:
    if outcome.accepted:
        return ACCEPTED
    return REFUSED if outcome.status is not None else UNREACHABLE


def _port(text: str) -> int:
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError("a port is 0 to 65535")
    return int(text)


def _salon_id(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError("a location ID is a positive integer")
    return int(text)


def _crm_token(text: str) -> tuple[str, int]:
    token, _, location = text.rpartition("=")
    if not token or not location.isdigit():
        raise argparse.ArgumentTypeError("TOKEN=LOCATION_ID, e.g. 7cf262d6-...=1001")
    return token, int(location)


def _number(text: str) -> float:
    """An int when written as one (signed `100`, not `100.0`), else a finite float."""
    try:
        return int(text)
    except ValueError:
        pass
    try:
        number = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError("not a number") from None
    if not math.isfinite(number):
        raise argparse.ArgumentTypeError("not a finite number")
    return number


def _interrupt(signum: int, frame: FrameType | None) -> Any:
    raise KeyboardInterrupt  # SIGTERM stops the sandbox as Ctrl-C does


if __name__ == "__main__":
    sys.exit(main())
