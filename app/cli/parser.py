"""The one argument parser of `sourcemark`: the subcommands, and the GUI launch (`sourcemark [PROJECT]`,
`--demo`, `--screenshot`) when no subcommand is given.

A first word that is no command is the GUI's PROJECT (or a document for it) unless it is a near miss of a
command and names nothing on disk: `sourcemark chek P` answers "did you mean 'check'?" (exit 2), one line.
"""

import argparse
import difflib
import os
from typing import Any, NoReturn

from app import __version__


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    """Errors as one line (argparse prints usage + message; a script wants one line), with a suggestion for a
    mistyped option."""

    command_parser: "Parser | None" = None  # the subcommand's parser once chosen: its options are the candidates

    def error(self, message: str) -> NoReturn:
        if message.startswith("unrecognized arguments: "):
            message += _option_hint(self.command_parser or self, message.split(": ", 1)[1].split())
        raise UsageError(f"{message} (see '{self.prog} --help')")

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        if not isinstance(action, _Commands):  # a word that is no command may be PROJECT: _Commands decides
            super()._check_value(action, value)


class _Commands(argparse._SubParsersAction):
    """Subcommands, and the GUI's PROJECT where the first word is not one."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        word, rest = values[0], list(values[1:])
        if word in self.choices:
            if isinstance(parser, Parser):
                parser.command_parser = self.choices[word]
            super().__call__(parser, namespace, values, option_string)
            return
        guess = difflib.get_close_matches(word, list(self.choices), n=1, cutoff=0.6)
        if (guess and not _names_a_path(word)) or _positionals(parser, rest):
            hint = f"; did you mean '{guess[0]}'?" if guess else ""
            parser.error(f"unknown command '{word}'{hint}")
        namespace.project = word
        parser.parse_args(rest, namespace)  # the GUI's options may follow PROJECT


def build(register: Any, *, description: str, epilog: str) -> Parser:
    parser = Parser(prog="sourcemark", usage="sourcemark [OPTIONS] [PROJECT | COMMAND ...]", description=description,
                    epilog=epilog,
                    formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.register("action", "parsers", _Commands)
    parser.add_argument("--version", action="version", version=f"sourcemark {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    parser.add_argument("--analyst", default=None, help="name recorded on annotations and in the audit log "
                        "(default: $SOURCEMARK_ANALYST, else the login name)")
    app = parser.add_argument_group("the desktop app (no COMMAND)")
    app.add_argument("--demo", action="store_true", help="open the built-in demo project")
    app.add_argument("--screenshot", metavar="OUT.png", help="render the main window to a PNG and exit")
    parser.set_defaults(project=None, command=None)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser, prog="sourcemark",
                                title="commands (sourcemark COMMAND --help for each)")
    register(sub)
    return parser


def _names_a_path(word: str) -> bool:
    return os.sep in word or "." in word or os.path.exists(word)


def _positionals(parser: argparse.ArgumentParser, words: list[str]) -> list[str]:
    """The words that are neither options nor an option's value."""
    found: list[str] = []
    it = iter(words)
    for word in it:
        if word.startswith("-") and word != "-":
            action = parser._option_string_actions.get(word.split("=", 1)[0])
            if action is not None and action.nargs != 0 and "=" not in word:
                next(it, None)
        else:
            found.append(word)
    return found


def _option_hint(parser: argparse.ArgumentParser, unknown: list[str]) -> str:
    for word in unknown:
        if word.startswith("--"):
            guess = difflib.get_close_matches(word.split("=", 1)[0], list(parser._option_string_actions), n=1)
            if guess:
                return f"; did you mean '{guess[0]}'?"
    return ""
