"""The `sourcemark` command: headless project work, or the GUI when no subcommand is given.

Exit codes (app.cli.exit_codes, docs/user/cli-exit-codes-and-scripting.md): 0 ok, 1 done but something needs
attention, 2 bad usage or bad input, 3 project locked, 4 network fault, 70 internal error. Errors are one line
on stderr; `--debug` shows the traceback.
"""

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from typing import Any

from app.cli import commands, exit_codes, help_texts, parser
from app.cli.parser import UsageError
from app.cli.terminal import inert
from app.domain.errors import SourcemarkError

EXIT_OK, EXIT_CHECK_FAILED, EXIT_BAD_INPUT = exit_codes.OK, exit_codes.ATTENTION, exit_codes.BAD_INPUT


def build_parser() -> argparse.ArgumentParser:
    """The one parser: every subcommand, with its description and examples, and the GUI launch."""
    return parser.build(_register, description=help_texts.DESCRIPTION, epilog=help_texts.EPILOG)


def _register(sub: Any) -> None:
    commands.register(sub)
    help_texts.describe(sub)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args_list
    try:
        args = build_parser().parse_args(args_list)
        if args.command is not None:
            if args.demo or args.screenshot:
                raise UsageError("--demo and --screenshot open the desktop app; they take no COMMAND "
                                 "(see 'sourcemark --help')")
            args.analyst = args.analyst or default_analyst()
            return int(args.run(args) or 0)
        from app.ui.shell.system_libs import missing_report  # imports no Qt: runs before Qt could fail to load

        if missing := missing_report():
            print("\n".join(missing), file=sys.stderr)
            return EXIT_BAD_INPUT
        from app.ui.shell.launch import launch  # lazy: the CLI must work without a display

        return launch(args.project, demo=args.demo, screenshot=args.screenshot, analyst=args.analyst or default_analyst(),
                      ask_analyst=args.analyst is None and not os.environ.get("SOURCEMARK_ANALYST"))
    except UsageError as exc:
        return _fail(str(exc), debug)
    except SourcemarkError as exc:
        return _fail(str(exc), debug, exit_codes.for_error(exc))
    except KeyboardInterrupt:
        return _fail("interrupted", debug)
    except BrokenPipeError:
        sys.stderr.close()  # `sourcemark text ... | head` is fine
        return EXIT_OK
    except Exception as exc:  # a bug: still one line, never a traceback unless asked
        return _fail(f"internal error: {type(exc).__name__}: {exc} (run with --debug for details)", debug,
                     exit_codes.INTERNAL)


def _fail(message: str, debug: bool, code: int = EXIT_BAD_INPUT) -> int:
    if debug:
        traceback.print_exc()
    first_line = " ".join(str(message).split())
    print(f"sourcemark: error: {inert(first_line)}", file=sys.stderr)
    return code


def default_analyst() -> str:
    name = os.environ.get("SOURCEMARK_ANALYST")
    if name:
        return name
    try:
        import getpass

        return getpass.getuser()
    except Exception:  # no user name on this system
        return ""


if __name__ == "__main__":
    sys.exit(main())
