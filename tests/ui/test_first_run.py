"""First run asks the analyst's name, prefilled from the account's full name, and asks only once."""

import os
import pwd

from PySide6.QtWidgets import QDialog

from app.ui.shell.first_run import account_full_name, ask_analyst_name, full_name_from_gecos
from app.ui.shell.launch import first_run_analyst


def test_the_full_name_is_the_first_gecos_field():
    assert full_name_from_gecos("Ana Kovač,Room 4,,") == "Ana Kovač"
    assert full_name_from_gecos("") == ""


def test_the_account_name_comes_from_pwd():
    entry = pwd.getpwuid(os.getuid())
    expected = full_name_from_gecos(entry.pw_gecos).replace("&", entry.pw_name.capitalize()) or entry.pw_name
    assert account_full_name() == expected


def test_the_dialog_is_prefilled_and_returns_what_the_user_confirmed(qtbot):
    seen: list[str] = []

    def run(dialog) -> int:
        qtbot.addWidget(dialog)
        seen.append(dialog.name.text())
        dialog.name.setText("  Ana Kovač ")
        return QDialog.DialogCode.Accepted

    assert ask_analyst_name("root", run) == "Ana Kovač" and seen == ["root"]
    assert ask_analyst_name("root", lambda d: QDialog.DialogCode.Rejected) is None


def test_the_first_run_keeps_the_name_and_a_closed_dialog_asks_again(app_settings):
    assert not app_settings.has_analyst()
    assert first_run_analyst(app_settings, "root", ask=lambda suggested: None) == "root"
    assert not app_settings.has_analyst()  # nothing confirmed: the next start asks again
    offered: list[str] = []
    name = first_run_analyst(app_settings, "root", ask=lambda suggested: offered.append(suggested) or "Ana Kovač")
    assert name == "Ana Kovač" and app_settings.analyst() == "Ana Kovač" and app_settings.has_analyst()
    assert offered == [account_full_name("root")]
