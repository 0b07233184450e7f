"""The `sourcemark` command: headless project work, or the GUI when no subcommand is given.

Exit codes: 0 ok, 1 a check failed, 2 bad usage or bad input. Errors are one line on stderr;
`--debug` shows the traceback.
"""

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from typing import NoReturn

from app import __version__
from app.cli import commands
from app.cli.terminal import inert
from app.domain.errors import SourcemarkError

EXIT_OK, EXIT_CHECK_FAILED, EXIT_BAD_INPUT = 0, 1, 2


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse prints usage + message; we want one line
        raise UsageError(f"{message} (see '{self.prog} --help')")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="sourcemark", description="Source verification workbench: highlight spans of "
                     "articles and PDFs, link them to claims, actors and sources.")
    parser.add_argument("--version", action="version", version=f"sourcemark {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    parser.add_argument("--analyst", default=None, help="name recorded on annotations and in the audit log")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.register(sub)
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="sourcemark", description="Open the Sourcemark desktop app. Subcommands: "
                     + ", ".join(commands.NAMES) + " (see 'sourcemark COMMAND --help').")
    parser.add_argument("project", nargs="?", help="project folder to open (default: the last one)")
    parser.add_argument("--demo", action="store_true", help="open the built-in demo project")
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the main window to a PNG and exit")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    parser.add_argument("--analyst", default=None, help="name recorded on annotations and in the audit log")
    parser.add_argument("--version", action="version", version=f"sourcemark {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args_list
    try:
        if _subcommand(args_list) in commands.NAMES:
            args = build_parser().parse_args(args_list)
            args.analyst = args.analyst or default_analyst()
            return int(args.run(args) or 0)
        args = build_gui_parser().parse_args(args_list)
        from app.ui.shell.launch import launch  # lazy: the CLI must work without a display

        return launch(args.project, demo=args.demo, screenshot=args.screenshot, analyst=args.analyst or default_analyst(),
                      ask_analyst=args.analyst is None and not os.environ.get("SOURCEMARK_ANALYST"))
    except UsageError as exc:
        return _fail(str(exc), debug)
    except SourcemarkError as exc:
        return _fail(str(exc), debug)
    except KeyboardInterrupt:
        return _fail("interrupted", debug)
    except BrokenPipeError:
        sys.stderr.close()  # `sourcemark text ... | head` is fine
        return EXIT_OK
    except Exception as exc:  # a bug: still one line, never a traceback unless asked
        return _fail(f"internal error: {type(exc).__name__}: {exc} (run with --debug for details)", debug)


def _subcommand(args: list[str]) -> str | None:
    """The first word that is neither an option nor a global option's value ('--analyst Ana claim …')."""
    words = iter(args)
    for word in words:
        if word in _GLOBAL_OPTIONS_WITH_VALUE:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


_GLOBAL_OPTIONS_WITH_VALUE = ("--analyst",)


def _fail(message: str, debug: bool) -> int:
    if debug:
        traceback.print_exc()
    first_line = " ".join(str(message).split())
    print(f"sourcemark: error: {inert(first_line)}", file=sys.stderr)
    return EXIT_BAD_INPUT


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
