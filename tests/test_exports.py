"""Exported papers (issue 13, points 2 and 8): spreadsheets that cannot run anything, files only
their owner can read, and no existing file replaced without ``--force``."""

from __future__ import annotations

import json
import os
import stat
from datetime import date, datetime
from pathlib import Path

import pytest
from conftest import DATA_DIR, TEST_PASSWORD
from openpyxl import load_workbook
from release_scenario import build, resident_id

from quarantine_desk.cli.main import main
from quarantine_desk.documents import output
from quarantine_desk.documents.output import sheet_value, write_private
from quarantine_desk.domain.enums import Category
from quarantine_desk.services import checkin, rooms
from quarantine_desk.store.engine import write_session

AS_OF = ["--date", "2022-07-15", "--as-of", "2022-07-15 10:00"]
PAYLOADS: list[str] = json.loads(
    (DATA_DIR / "formula_injection.json").read_text(encoding="utf-8"))["payloads"]


@pytest.fixture
def run(db_target, capsys, monkeypatch):
    """``run(user, *args)``: the command as ``user``, signed in with the accounts' password."""
    monkeypatch.setenv("QUARANTINE_DESK_PASSWORD", TEST_PASSWORD)

    def invoke(user: str, *args: str) -> tuple[int, str, str]:
        code = main(["--db", str(db_target), "--user", user, *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err
    return invoke


@pytest.fixture
def scenario(engine, manager, liaison, medical):
    return build(engine, manager, liaison, medical)


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- formulas ---------------------------------------------------------------------------------


def test_every_payload_starts_a_formula_and_is_neutralised() -> None:
    assert len(PAYLOADS) >= 20
    for payload in PAYLOADS:
        assert payload.startswith(output.FORMULA_TRIGGERS), repr(payload)
        assert sheet_value(payload) == "'" + payload
    assert sheet_value("张伟") == "张伟" and sheet_value("O'Brien") == "O'Brien"
    assert sheet_value(" =1+1") == " =1+1"  # not a formula: a space first
    assert sheet_value(12) == 12 and sheet_value(None) is None
    assert sheet_value("a\x00b\x1f") == "ab"  # a workbook cannot hold control characters


def test_release_list_xlsx_keeps_formula_names_as_plain_text(engine, manager, liaison, run,
                                                             tmp_path) -> None:
    arrival = datetime(2022, 7, 8, 20, 0)
    with write_session(engine) as s:
        rooms.add_rooms(s, manager, [f"101-{100 + len(PAYLOADS)}"], now=arrival)
    with write_session(engine) as s:
        for index, payload in enumerate(PAYLOADS):
            checkin.check_in(s, liaison, checkin.ArrivalInput(
                full_name=payload, id_number=resident_id(index + 1),
                category=Category.CLOSE_CONTACT, exposure_date=date(2022, 7, 8),
                arrival_at=arrival, room=str(101 + index), batch="=B1",
                community="@社区", home_address="+新华路1号"), now=arrival)
    code, out, _ = run("desk", "release-list", *AS_OF, "--json")
    stored = [item["name"] for item in json.loads(out)]
    assert code == 0 and len(stored) == len(PAYLOADS)
    xlsx = tmp_path / "list.xlsx"
    code, _, err = run("desk", "release-list", *AS_OF, "--xlsx", str(xlsx))
    assert code == 0, err
    book = load_workbook(xlsx)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert cell.data_type == "s" and not cell.value.startswith(
                        output.FORMULA_TRIGGERS), (cell.coordinate, cell.value)
    names = [row[2] for row in book.active.iter_rows(min_row=2, values_only=True)][:-1]
    assert sorted(names) == sorted("'" + name for name in stored)
    kept = set(PAYLOADS) & set(stored)  # as typed, unless the desk cleaned a control character
    assert len(kept) >= len(PAYLOADS) - 3
    assert {"'" + payload for payload in kept} <= set(names)
    communities = {row[6] for row in book.active.iter_rows(min_row=2, max_row=3,
                                                           values_only=True)}
    assert communities == {"'@社区"}


# -- owner-only files -------------------------------------------------------------------------


def test_every_paper_is_owner_only_even_with_an_open_umask(scenario, run, tmp_path) -> None:
    previous = os.umask(0)
    try:
        pdf, xlsx = tmp_path / "list.pdf", tmp_path / "list.xlsx"
        assert run("boss", "release-list", *AS_OF, "--pdf", str(pdf))[0] == 0
        assert run("boss", "release-list", *AS_OF, "--xlsx", str(xlsx))[0] == 0
        ids = [scenario.id_numbers[key] for key in ("no_day5", "fever")]
        form, combined, folder = tmp_path / "one.pdf", tmp_path / "all.pdf", tmp_path / "forms"
        assert run("boss", "handover", ids[0], "--out", str(form))[0] == 0
        assert run("boss", "handover", *ids, "--out", str(combined))[0] == 0
        assert run("boss", "handover", *ids, "--out", str(folder))[0] == 0
    finally:
        os.umask(previous)
    papers = [pdf, xlsx, form, combined, *folder.iterdir()]
    assert len(papers) == 6
    assert all(mode(path) == 0o600 for path in papers), {p.name: oct(mode(p)) for p in papers}
    assert not [p for p in tmp_path.rglob(".*.part")]


def test_replacing_a_file_makes_it_owner_only_and_a_failure_leaves_nothing(tmp_path) -> None:
    target = tmp_path / "old.pdf"
    target.write_bytes(b"old")
    target.chmod(0o644)
    write_private(target, lambda handle: handle.write(b"new"))
    assert target.read_bytes() == b"new" and mode(target) == 0o600

    def fails(handle) -> None:  # type: ignore[no-untyped-def]
        handle.write(b"half")
        raise RuntimeError("drawing failed")

    with pytest.raises(RuntimeError):
        write_private(target, fails)
    assert target.read_bytes() == b"new" and sorted(tmp_path.iterdir()) == [target]


# -- never overwritten silently ---------------------------------------------------------------


@pytest.mark.parametrize("option", ["--pdf", "--xlsx"])
def test_release_list_refuses_an_existing_file_without_force(scenario, run, tmp_path,
                                                             option) -> None:
    out = tmp_path / "list.out"
    out.write_bytes(b"keep me")
    code, printed, err = run("boss", "release-list", *AS_OF, option, str(out))
    assert code != 0 and printed == ""
    assert one_line(err) == f"quarantine-desk: {out} exists: add --force to replace it"
    assert out.read_bytes() == b"keep me"
    code, printed, _ = run("boss", "release-list", *AS_OF, option, str(out), "--force")
    assert code == 0 and printed.strip() == str(out) and out.read_bytes() != b"keep me"


def test_handover_refuses_existing_files_without_force(scenario, run, tmp_path) -> None:
    ids = [scenario.id_numbers[key] for key in ("no_day5", "fever")]
    form = tmp_path / "one.pdf"
    form.write_bytes(b"keep me")
    code, _, err = run("boss", "handover", ids[0], "--out", str(form))
    assert code != 0 and one_line(err).endswith(f"{form} exists: add --force to replace it")
    assert form.read_bytes() == b"keep me"
    assert run("boss", "handover", ids[0], "--out", str(form), "--force")[0] == 0
    assert form.read_bytes().startswith(b"%PDF")

    combined = tmp_path / "all.pdf"
    combined.write_bytes(b"keep me")
    code, _, err = run("boss", "handover", *ids, "--out", str(combined))
    assert code != 0 and "exists: add --force" in one_line(err)
    assert combined.read_bytes() == b"keep me"

    folder = tmp_path / "forms"
    assert run("boss", "handover", *ids, "--out", str(folder))[0] == 0
    first, second = sorted(folder.iterdir())
    second.write_bytes(b"keep me")
    first.unlink()
    code, _, err = run("boss", "handover", *ids, "--out", str(folder))
    assert code != 0 and one_line(err).endswith(f"{second} exists: add --force to replace it")
    assert sorted(folder.iterdir()) == [second]  # nothing written, not even the free name
    assert run("boss", "handover", *ids, "--out", str(folder), "--force")[0] == 0
    assert len(list(folder.iterdir())) == 2 and second.read_bytes().startswith(b"%PDF")


# -- places that cannot be written ------------------------------------------------------------


def test_a_missing_folder_is_one_line(scenario, run, tmp_path) -> None:
    out = tmp_path / "nope" / "list.xlsx"
    code, _, err = run("boss", "release-list", *AS_OF, "--xlsx", str(out))
    assert code != 0
    assert one_line(err) == (f"quarantine-desk: cannot write {out}: the folder {out.parent} "
                             "does not exist")
    forms = tmp_path / "nope" / "forms"
    code, _, err = run("boss", "handover", scenario.id_numbers["no_day5"],
                       scenario.id_numbers["fever"], "--out", str(forms))
    assert code != 0 and "does not exist" in one_line(err)
    assert not (tmp_path / "nope").exists()


def test_a_folder_where_a_file_is_expected_is_one_line(scenario, run, tmp_path) -> None:
    code, _, err = run("boss", "release-list", *AS_OF, "--pdf", str(tmp_path))
    assert code != 0
    assert one_line(err) == (f"quarantine-desk: cannot write {tmp_path}: it is a folder, "
                             "give a file name")


def test_a_read_only_folder_is_one_line(scenario, run, tmp_path, monkeypatch) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    if os.access(locked, os.W_OK):  # root writes anywhere: refuse the write as the disk would
        def refuse(*args: object, **kwargs: object) -> None:
            raise PermissionError(13, "Permission denied")
        monkeypatch.setattr(output.tempfile, "mkstemp", refuse)
    out = locked / "list.pdf"
    code, _, err = run("boss", "release-list", *AS_OF, "--pdf", str(out))
    assert code != 0
    assert one_line(err) == (f"quarantine-desk: cannot write {out}: no permission to write "
                             f"in {locked}")
    assert list(locked.iterdir()) == []
