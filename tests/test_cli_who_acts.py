"""Who acts on the command line (DESIGN.md §5): once a database holds a staff account, a command
that writes needs ``--user`` naming an active account and that account's password; a refusal is
one line on standard error and writes nothing. Only a database with no account yet lets the
console operator act. Commands that only read need no account."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from conftest import TEST_PASSWORD
from db_support import dump, rows, scalar

from quarantine_desk.cli.main import main
from quarantine_desk.domain.enums import Category, Role
from quarantine_desk.domain.identity import resident_id_check_char
from quarantine_desk.services import checkin, rooms
from quarantine_desk.services import staff as staff_service
from quarantine_desk.services.context import Actor
from quarantine_desk.store.engine import write_session

PASSWORD_ENV = "QUARANTINE_DESK_PASSWORD"
NEW_PASSWORD_ENV = "QUARANTINE_DESK_NEW_PASSWORD"
GUEST_ID = "32060219560412051" + resident_id_check_char("32060219560412051")
Run = Callable[..., tuple[int, str, str]]


def audit(db: str, action: str) -> list[tuple[str, int | None]]:
    return rows(db, "SELECT actor, entity_id FROM auditevent WHERE action = :action "
                "ORDER BY id", action=action)


def staff_column(db: str, username: str, column: str) -> object:
    return scalar(db, f"SELECT {column} FROM staff WHERE username = :name",  # noqa: S608
                 name=username)


@pytest.fixture(autouse=True)
def no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """As under a script: nothing to ask a password at, no password in the environment, and
    ``ops`` as the operating-system user."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    monkeypatch.delenv(NEW_PASSWORD_ENV, raising=False)
    monkeypatch.setattr("quarantine_desk.cli.context._os_user", lambda: "ops")


@pytest.fixture
def run(db_target: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> Run:
    """``run(*args, password=…, new=…)``: one command, with those passwords in the
    environment (left out: none)."""

    def invoke(*args: str, password: str | None = None,
               new: str | None = None) -> tuple[int, str, str]:
        for name, value in ((PASSWORD_ENV, password), (NEW_PASSWORD_ENV, new)):
            if value is None:
                monkeypatch.delenv(name, raising=False)
            else:
                monkeypatch.setenv(name, value)
        code = main(["--db", db_target, *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


@pytest.fixture
def staffed(engine, accounts: dict[Role, Actor], db_target: str) -> str:
    """The accounts boss (manager), desk (liaison), nurse (medical) and a deactivated manager
    ``gone``; rooms 201-203 and one guest in quarantine."""
    manager = accounts[Role.MANAGER]
    with write_session(engine) as session:
        staff_service.add_staff(session, manager, "gone", Role.MANAGER, TEST_PASSWORD)
        staff_service.set_active(session, manager, "gone", False)
        rooms.add_rooms(session, manager, ["201-203"])
        checkin.check_in(session, accounts[Role.LIAISON], checkin.ArrivalInput(
            "王建国", GUEST_ID, Category.CLOSE_CONTACT, arrival_at=datetime(2022, 7, 8, 21)),
            now=datetime(2022, 7, 9, 8))
    return db_target


# --- refusals --------------------------------------------------------------------------------

WRITES = [("rooms", "add", "501"), ("staff", "duty", "nurse", "on"),
          ("site", "set", "--name", "别处")]


@pytest.mark.parametrize("command", WRITES, ids=lambda c: " ".join(c[:2]))
@pytest.mark.parametrize(("who", "password", "message"), [
    (["--user", "visitor"], TEST_PASSWORD, "wrong username or password"),
    (["--user", "gone"], TEST_PASSWORD, "wrong username or password"),
    (["--user", ""], TEST_PASSWORD, "--user is empty: give the name of your staff account"),
    (["--user", "  "], TEST_PASSWORD, "--user is empty"),
    ([], TEST_PASSWORD, "this database has staff accounts: give yours with --user NAME"),
    (["--user", "boss"], None,
     "give the password of boss in QUARANTINE_DESK_PASSWORD or run at a terminal"),
    (["--user", "boss"], "", "give the password of boss in QUARANTINE_DESK_PASSWORD"),
], ids=["unknown", "deactivated", "empty", "blank", "no-user", "no-password", "empty-password"])
def test_who_may_not_act_is_refused_and_nothing_is_written(
        staffed: str, run: Run, command: tuple[str, ...], who: list[str],
        password: str | None, message: str) -> None:
    before = dump(staffed)
    code, out, err = run(*who, *command, password=password)
    assert (code, out) == (1, "")
    assert err.startswith(f"quarantine-desk: {message}") and err.count("\n") == 1
    assert dump(staffed) == before


def test_a_wrong_password_is_refused_and_counts_towards_the_lock_out(staffed: str,
                                                                     run: Run) -> None:
    before = dump(staffed, "staff")
    code, out, err = run("--user", "boss", "rooms", "add", "501", password="wrong-guess")
    assert (code, out, err) == (1, "", "quarantine-desk: wrong username or password\n")
    after = dump(staffed, "staff")
    assert after == before  # only the count of wrong passwords changed
    assert staff_column(staffed, "boss", "failed_attempts") == 1
    for _ in range(staff_service.MAX_FAILED_ATTEMPTS - 1):
        run("--user", "boss", "rooms", "add", "501", password="wrong-guess")
    code, _, err = run("--user", "boss", "rooms", "add", "501", password=TEST_PASSWORD)
    assert code == 1 and "account locked after 5 wrong passwords" in err
    assert scalar(staffed, "SELECT COUNT(*) FROM room") == 3


def test_the_role_of_the_signed_in_account_applies(staffed: str, run: Run) -> None:
    before = dump(staffed)
    code, out, err = run("--user", "nurse", "rooms", "add", "501", password=TEST_PASSWORD)
    assert (code, out, err) == (1, "", "quarantine-desk: nurse (medical) may not change rooms\n")
    assert dump(staffed) == before  # signing in on the command line records no event


# --- names in any case -----------------------------------------------------------------------


def test_a_name_in_another_case_is_the_same_account_and_needs_its_password(
        staffed: str, run: Run) -> None:
    before = dump(staffed, "staff")
    assert run("--user", "BOSS", "rooms", "add", "501")[0] == 1  # no password: refused
    code, _, err = run("--user", "Boss", "rooms", "add", "501", password="boss")
    assert (code, err) == (1, "quarantine-desk: wrong username or password\n")
    assert dump(staffed, "staff") == before
    code, out, err = run("--user", "BoSs", "rooms", "add", "501", password=TEST_PASSWORD)
    assert (code, err) == (0, "") and "501" in out
    assert audit(staffed, "room.add")[-1][0] == "boss"  # recorded under the account's name
    code, _, err = run("--user", "boss", "staff", "add", "NURSE", "--role", "medical",
                       password=TEST_PASSWORD, new="another-one")
    assert (code, err) == (1, "quarantine-desk: username 'NURSE' is already taken\n")


# --- the console operator --------------------------------------------------------------------


def test_the_console_operator_acts_only_while_there_is_no_account(db_target: str,
                                                                  run: Run) -> None:
    assert run("rooms", "add", "201")[0] == 0
    assert run("--user", "boss", "rooms", "add", "202")[0] == 0  # no account to name yet
    assert [actor for actor, _ in audit(db_target, "room.add")] == ["console:ops", "console:ops"]
    code, out, err = run("staff", "add", "boss", "--role", "manager", new="first-pass")
    assert (code, err) == (0, "") and out == "created manager account 'boss'\n"
    before = dump(db_target)
    code, out, err = run("rooms", "add", "203")
    assert (code, out) == (1, "") and "--user NAME" in err
    assert dump(db_target) == before
    assert run("--user", "boss", "rooms", "add", "203", password="first-pass")[0] == 0
    assert audit(db_target, "room.add")[-1][0] == "boss"


@pytest.mark.parametrize("command", [
    ("vacancy",), ("vacancy", "--json"), ("rooms", "list"), ("staff", "list"),
    ("site", "show"), ("policy", "list"), ("release-list", "--date", "2022-07-15", "--json"),
    ("report", "--date", "2022-07-15"), ("check",), ("handover", GUEST_ID, "--out", "{tmp}"),
], ids=lambda c: " ".join(c[:2]))
def test_commands_that_only_read_need_no_account(staffed: str, run: Run, tmp_path: Path,
                                                 command: tuple[str, ...]) -> None:
    before = dump(staffed)
    args = [arg.format(tmp=tmp_path / "form.pdf") for arg in command]
    code, out, err = run(*args)
    assert (code, err) == (0, "") and out
    assert dump(staffed) == before


# --- passwd, activate, deactivate ----------------------------------------------------------


def test_the_manager_sets_a_password_and_the_old_one_stops_working(staffed: str,
                                                                   run: Run) -> None:
    code, out, err = run("--user", "boss", "staff", "passwd", "Nurse", password=TEST_PASSWORD,
                         new="night-shift-7")
    assert (code, err, out) == (0, "", "new password set for 'nurse'\n")
    assert audit(staffed, "staff.set_password") == [("boss", 3)]
    assert run("--user", "nurse", "staff", "duty", "nurse", "on", password=TEST_PASSWORD)[0] == 1
    assert run("--user", "nurse", "staff", "duty", "nurse", "on",
               password="night-shift-7")[0] == 0


def test_anyone_changes_their_own_password_after_giving_the_current_one(staffed: str,
                                                                         run: Run) -> None:
    hash_before = staff_column(staffed, "desk", "password_hash")
    code, _, err = run("--user", "desk", "staff", "passwd", "desk", password="not-mine",
                       new="fresh-pass-1")
    assert (code, err) == (1, "quarantine-desk: wrong username or password\n")
    assert staff_column(staffed, "desk", "password_hash") == hash_before
    code, out, _ = run("--user", "DESK", "staff", "passwd", "desk", "--json",
                       password=TEST_PASSWORD, new="fresh-pass-1")
    assert code == 0 and '"password_changed": true' in out
    assert audit(staffed, "staff.set_password") == [("desk", 2)]
    assert run("--user", "desk", "rooms", "set-state", "203", "reserved",
               password="fresh-pass-1")[0] == 0


def test_nobody_but_the_manager_sets_another_persons_password(staffed: str, run: Run) -> None:
    before = dump(staffed)
    # Refused before a new password is asked for: the message is the refusal, not the prompt.
    code, out, err = run("--user", "desk", "staff", "passwd", "boss", password=TEST_PASSWORD)
    assert (code, out) == (1, "")
    assert err == "quarantine-desk: desk (liaison) may not manage staff accounts\n"
    code, _, err = run("--user", "desk", "staff", "add", "extra", "--role", "medical",
                       password=TEST_PASSWORD)
    assert code == 1 and "may not manage staff accounts" in err
    assert dump(staffed) == before


def test_deactivate_and_activate_again(staffed: str, run: Run) -> None:
    code, out, err = run("--user", "boss", "staff", "deactivate", "DESK", password=TEST_PASSWORD)
    assert (code, err) == (0, "") and out == "'desk' is deactivated: it can no longer sign in\n"
    assert audit(staffed, "staff.deactivate") == [("boss", 4), ("boss", 2)]  # 4: gone, set up
    assert run("--user", "desk", "rooms", "set-state", "203", "reserved",
               password=TEST_PASSWORD)[0] == 1
    assert "desk             liaison  desk  (inactive)" in run("staff", "list")[1]
    code, out, _ = run("--user", "boss", "staff", "activate", "desk", "--json",
                       password=TEST_PASSWORD)
    assert code == 0 and '"active": true' in out
    assert audit(staffed, "staff.activate") == [("boss", 2)]
    assert run("--user", "desk", "rooms", "set-state", "203", "reserved",
               password=TEST_PASSWORD)[0] == 0
    events = len(audit(staffed, "staff.activate"))
    assert run("--user", "boss", "staff", "activate", "desk", password=TEST_PASSWORD)[0] == 0
    assert len(audit(staffed, "staff.activate")) == events  # already active: nothing recorded


def test_only_a_manager_deactivates_and_never_their_own_account(staffed: str,
                                                                run: Run) -> None:
    before = dump(staffed)
    code, _, err = run("--user", "nurse", "staff", "deactivate", "desk", password=TEST_PASSWORD)
    assert code == 1 and "nurse (medical) may not manage staff accounts" in err
    code, _, err = run("--user", "boss", "staff", "deactivate", "Boss", password=TEST_PASSWORD)
    assert code == 1 and "you cannot deactivate your own account" in err
    code, _, err = run("--user", "boss", "staff", "activate", "nobody", password=TEST_PASSWORD)
    assert (code, err) == (1, "quarantine-desk: no staff account 'nobody'\n")
    assert dump(staffed) == before


# --- passwords typed at a terminal -----------------------------------------------------------


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Callable[..., list[str]]:
    """``terminal(*answers)``: a terminal typing ``answers`` at the password prompts; the
    prompts it was shown."""

    def typing(*answers: str) -> list[str]:
        prompts: list[str] = []
        queue = list(answers)

        def getpass(prompt: str = "") -> str:
            prompts.append(prompt)
            return queue.pop(0)

        monkeypatch.setattr(sys, "stdin", _Terminal())
        monkeypatch.setattr("getpass.getpass", getpass)
        return prompts

    return typing


def test_passwords_asked_at_a_terminal_the_new_one_twice(staffed: str, run: Run,
                                                         terminal) -> None:
    prompts = terminal(TEST_PASSWORD, "night-shift-7", "night-shift-7")
    assert run("--user", "boss", "staff", "passwd", "nurse")[0] == 0
    assert prompts == ["Password of boss: ", "New password for nurse: ",
                       "Repeat the new password: "]
    assert run("--user", "nurse", "staff", "duty", "nurse", "on",
               password="night-shift-7")[0] == 0


def test_two_different_new_passwords_change_nothing(staffed: str, run: Run, terminal) -> None:
    before = dump(staffed)
    terminal(TEST_PASSWORD, "night-shift-7", "night-shift-8")
    code, out, err = run("--user", "boss", "staff", "passwd", "nurse")
    assert (code, out, err) == (1, "", "quarantine-desk: the two passwords differ\n")
    terminal("first-pass", "first-pas")
    code, _, err = run("--user", "boss", "staff", "add", "li.na", "--role", "medical",
                       password=TEST_PASSWORD)
    assert (code, err) == (1, "quarantine-desk: the two passwords differ\n")
    assert dump(staffed) == before


def test_no_terminal_and_no_new_password_is_one_line(staffed: str, run: Run) -> None:
    before = dump(staffed)
    code, out, err = run("--user", "boss", "staff", "passwd", "nurse", password=TEST_PASSWORD)
    assert (code, out) == (1, "")
    assert err == ("quarantine-desk: give the new password of nurse in "
                   "QUARANTINE_DESK_NEW_PASSWORD or run at a terminal\n")
    code, _, err = run("--user", "boss", "staff", "add", "li.na", "--role", "medical",
                       password=TEST_PASSWORD)
    assert code == 1 and "give the new password of li.na" in err
    assert dump(staffed) == before
