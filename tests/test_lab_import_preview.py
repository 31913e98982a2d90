"""The lab-file preview: it says what the import will do, writes nothing, and the import then
does exactly that."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from medical_support import add_rooms, admit, admit_household, count, resident_id
from sqlmodel import select

from quarantine_desk.domain.enums import RoomKind, TestKind, TestResult
from quarantine_desk.services import labtests, medical_import
from quarantine_desk.services.errors import PermissionDenied, ValidationFailed
from quarantine_desk.services.lab_import_preview import preview_results
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.store.models import Alert, AuditEvent, LabTest, Stay

SAMPLED = datetime(2022, 7, 10, 7, 0)
NOW = datetime(2022, 7, 11, 9, 0)


@pytest.fixture
def site(engine, manager, liaison, medical) -> dict[str, int]:
    """Three single rooms and a family room; samples 201-S, 202-S, 203-S and F-1 taken."""
    add_rooms(engine, manager, "201-203")
    add_rooms(engine, manager, "301", kind=RoomKind.FAMILY)
    stays = {room: admit(engine, liaison, n, room) for n, room in enumerate(("201", "202",
                                                                            "203"), start=1)}
    family = admit_household(engine, liaison, [11, 12], "301")
    stays["301a"], stays["301b"] = family
    with write_session(engine) as s:
        for room in ("201", "202", "203"):
            labtests.record_sample(s, medical, stays[room], sample_no=f"{room}-S",
                                   sampled_at=SAMPLED, now=SAMPLED)
        labtests.record_sample(s, medical, stays["301a"], sample_no="F-1", sampled_at=SAMPLED,
                               now=SAMPLED)
    return stays


def lab_file(folder: Path) -> Path:
    path = folder / "lab.csv"
    path.write_text(
        "样本编号,检测类型,采样时间,检测结果,报告时间\n"
        "201-S,核酸,2022-07-10 07:00,阴性,2022-07-11 06:00\n"      # 2: negative
        "F-1,核酸,2022-07-10 07:00,阳性,2022-07-11 06:00\n"        # 3: positive, household
        "202-S,核酸,2022-07-10 07:00,无效,2022-07-11 06:00\n"      # 4: invalid
        "999-X,核酸,2022-07-10 07:00,阴性,2022-07-11 06:00\n"      # 5: unknown sample
        "203-S,核酸,2022-07-10 07:00,maybe,2022-07-11 06:00\n",    # 6: unreadable result
        encoding="utf-8")
    return path


def _state(engine) -> dict[str, object]:
    """Everything an import could touch."""
    with read_session(engine) as s:
        return {
            "tests": sorted((t.sample_no, t.result, t.reported_at)
                            for t in s.exec(select(LabTest))),
            "alerts": sorted((a.stay_id, a.kind, a.status) for a in s.exec(select(Alert))),
            "stays": sorted((st.id, st.basis_date, st.planned_release)
                            for st in s.exec(select(Stay))),
            "audit": count(engine, AuditEvent),
        }


def test_preview_foretells_the_import_and_writes_nothing(engine, site, medical,
                                                         tmp_path) -> None:
    path = lab_file(tmp_path)
    before = _state(engine)
    with read_session(engine) as s:
        preview = preview_results(s, medical, path, now=NOW)
    assert _state(engine) == before

    assert preview.imported == 3
    assert [row for row, _ in preview.skipped] == [5, 6]
    assert "999-X" in preview.skipped[0][1]
    assert "maybe" in preview.skipped[1][1]
    by_sample = {c.sample_no: c for c in preview.changes}
    assert sorted(by_sample) == ["201-S", "202-S", "F-1"]
    assert (by_sample["201-S"].before, by_sample["201-S"].after) == (
        TestResult.PENDING, TestResult.NEGATIVE)
    assert by_sample["202-S"].after is TestResult.INVALID
    assert by_sample["F-1"].after is TestResult.POSITIVE
    assert by_sample["F-1"].guest_name == "家人11" and by_sample["F-1"].room == "301"
    assert [c.sample_no for c in preview.positives] == ["F-1"]
    assert [(a.stay_id, a.opens) for a in preview.alerts] == [(site["301a"], True)]
    assert [(r.stay_id, r.exposure_date) for r in preview.restarts] == [
        (site["301b"], date(2022, 7, 10))]
    assert preview.restarts[0].planned_release == date(2022, 7, 17)
    assert preview.restarts[0].previous_release == date(2022, 7, 15)

    with write_session(engine) as s:
        report = medical_import.import_results(s, medical, path, now=NOW)
    assert preview.agrees_with(report)
    with read_session(engine) as s:
        results = {t.sample_no: TestResult(t.result) for t in s.exec(select(LabTest))}
        for change in preview.changes:
            assert results[change.sample_no] is change.after
        assert results["203-S"] is TestResult.PENDING  # the unreadable row changed nothing
        open_alerts = s.exec(select(Alert.stay_id)).all()
        assert open_alerts == [site["301a"]]
        restarted = s.get(Stay, site["301b"])
        assert restarted is not None
        assert restarted.planned_release == preview.restarts[0].planned_release


def test_preview_lists_new_samples_and_drops_refused_rows(engine, site, medical,
                                                          tmp_path) -> None:
    path = tmp_path / "by-id.csv"
    path.write_text("身份证号,检测类型,采样时间,检测结果,报告时间\n"
                    f"{resident_id(2)},抗原,2022-07-11 08:00,阴性,\n"
                    # sampled, then refused (reported before sampling): the row leaves nothing
                    f"{resident_id(3)},抗原,2022-07-11 08:00,阴性,2022-07-10 08:00\n",
                    encoding="utf-8")
    with read_session(engine) as s:
        preview = preview_results(s, medical, path, now=NOW)
    (change,) = preview.changes
    assert [row for row, _ in preview.skipped] == [3]
    assert change.new_sample and change.before is None
    assert (change.kind, change.after, change.room) == (TestKind.ANTIGEN, TestResult.NEGATIVE,
                                                         "202")
    assert count(engine, LabTest) == 4


def test_preview_disagrees_when_the_data_changed_since(engine, site, medical,
                                                       tmp_path) -> None:
    path = lab_file(tmp_path)
    with read_session(engine) as s:
        preview = preview_results(s, medical, path, now=NOW)
    with write_session(engine) as s:  # someone records sample 999-X meanwhile
        labtests.record_sample(s, medical, site["203"], sample_no="999-X",
                               sampled_at=SAMPLED, now=SAMPLED)
    with write_session(engine) as s:
        report = medical_import.import_results(s, medical, path, now=NOW)
    assert not preview.agrees_with(report)


def test_preview_refuses_like_the_import(engine, site, medical, liaison, tmp_path) -> None:
    audit_events = count(engine, AuditEvent)
    with read_session(engine) as s, pytest.raises(PermissionDenied):
        preview_results(s, liaison, lab_file(tmp_path), now=NOW)
    bad = tmp_path / "bad.csv"
    bad.write_text("姓名,结果\n张三,阴性\n", encoding="utf-8")
    with read_session(engine) as s, pytest.raises(ValidationFailed):
        preview_results(s, medical, bad, now=NOW)
    assert count(engine, AuditEvent) == audit_events
