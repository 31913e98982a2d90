"""Guest search, the guest's record, and edits with optimistic locking, on real SQLite."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlmodel import Session, select

from quarantine_desk.domain.enums import Category
from quarantine_desk.domain.identity import resident_id_check_char
from quarantine_desk.services import checkin, guest_editing, guest_record, guest_search, rooms
from quarantine_desk.services.errors import (
    ChangedElsewhere,
    NotFound,
    PermissionDenied,
    ValidationFailed,
)
from quarantine_desk.services.guest_editing import (
    RecordSection,
    SectionChangedElsewhere,
    SectionEdit,
)
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.store.models import (
    AuditEvent,
    Guest,
    HealthRecord,
    Reading,
    RoomAssignment,
    Stay,
)

NOW = datetime(2022, 4, 8, 10, 0)
TODAY = NOW.date()


def rid(birth: str, seq: str = "123", region: str = "320602") -> str:
    first17 = f"{region}{birth}{seq}"
    return first17 + resident_id_check_char(first17)


WANG_ID = rid("19560412", "051")
LI_ID = rid("19800101", "222")
ZHAO_ID = rid("19900101", "333", region="110101")


@pytest.fixture
def site(engine, manager, liaison):
    """Three guests in rooms 1203, 1204 and 301, one released earlier, one expected."""
    with write_session(engine) as s:
        rooms.add_rooms(s, manager, ["1203-1205", "301-302"], now=NOW)
        checkin.check_in_arrivals(s, liaison, [
            checkin.ArrivalInput(full_name="王建国", id_number=WANG_ID, phone="13800138000",
                                 category=Category.CLOSE_CONTACT, room="1203",
                                 arrival_at=NOW - timedelta(days=2)),
            checkin.ArrivalInput(full_name="李秀英", id_number=LI_ID, phone="13912345678",
                                 category=Category.INBOUND_TRAVELLER, room="1204",
                                 arrival_at=NOW - timedelta(days=1)),
            checkin.ArrivalInput(full_name="Anna Schmidt", id_number="C12345678",
                                 phone="491701234567", category=Category.INBOUND_TRAVELLER,
                                 room="301", arrival_at=NOW - timedelta(hours=3)),
        ], now=NOW)
        checkin.register_expected(s, liaison, checkin.ArrivalInput(
            full_name="王芳", id_number=rid("19920815", "444"), category=Category.OTHER,
            arrival_at=NOW + timedelta(hours=8)), now=NOW)
        gone = checkin.check_in(s, liaison, checkin.ArrivalInput(
            full_name="赵王", id_number=ZHAO_ID, phone="13700000000",
            category=Category.HIGH_RISK_AREA, room="302", arrival_at=NOW - timedelta(days=20)),
            now=NOW - timedelta(days=20))
        gone.status = "released"
        gone.exit_at = NOW - timedelta(days=13)
        left = s.exec(select(RoomAssignment).where(RoomAssignment.stay_id == gone.id)).one()
        left.end_at = gone.exit_at
        s.add_all([gone, left])
    return engine


def names(rows: list[guest_search.GuestRow]) -> list[str]:
    return [r.name for r in rows]


def find(engine, text: str, **kw) -> list[guest_search.GuestRow]:
    with read_session(engine) as s:
        return guest_search.search(s, text, on=TODAY, **kw)


def test_part_of_the_name_in_quarantine_first_then_expected_then_past(site) -> None:
    assert names(find(site, "王")) == ["王建国", "王芳", "赵王"]
    assert names(find(site, "建国")) == ["王建国"]
    assert names(find(site, "schmidt")) == ["Anna Schmidt"]  # Latin names ignore case


def test_id_number_last_four_full_or_any_part(site) -> None:
    assert names(find(site, WANG_ID[-4:])) == ["王建国"]
    assert names(find(site, WANG_ID)) == ["王建国"]
    assert names(find(site, "110101")) == ["赵王"]
    assert names(find(site, "c1234")) == ["Anna Schmidt"]  # typed in lower case


def test_current_room_number(site) -> None:
    assert names(find(site, "1203")) == ["王建国"]
    assert names(find(site, "120")) == ["李秀英", "王建国"]  # newest arrival first
    assert find(site, "302") == []  # the released guest no longer holds room 302


def test_phone_any_part_as_typed(site) -> None:
    assert names(find(site, "13800")) == ["王建国"]
    assert names(find(site, "139-1234")) == ["李秀英"]
    assert names(find(site, "1701234567")) == ["Anna Schmidt"]


def test_rows_carry_room_day_and_masked_id(site) -> None:
    (row,) = find(site, "王建国")
    assert row.room == "1203" and row.status == "in_quarantine"
    assert (row.day, row.of) == (2, 7)
    assert row.id_number == WANG_ID
    assert row.id_number_masked == WANG_ID[:6] + "********" + WANG_ID[-4:]
    (past,) = find(site, "赵王")
    assert past.room == "302" and past.day is None  # the last room it had
    (expected,) = find(site, "王芳")
    assert expected.room == "" and expected.arrival_at is None
    assert expected.expected_at == NOW + timedelta(hours=8)


def test_empty_text_lists_recent_stays_and_filters_narrow(site) -> None:
    assert names(find(site, "")) == ["Anna Schmidt", "李秀英", "王建国", "王芳", "赵王"]
    assert names(find(site, "", status="released")) == ["赵王"]
    assert names(find(site, "王", status="in_quarantine")) == ["王建国"]
    assert names(find(site, "", category="inbound_traveller")) == ["Anna Schmidt", "李秀英"]
    assert names(find(site, "", category="入境人员", limit=1, offset=1)) == ["李秀英"]
    with read_session(site) as s:
        assert guest_search.count_search(s, "") == 5
        assert guest_search.count_search(s, "王") == 3
        assert guest_search.count_search(s, "王", status="expected") == 1
        assert guest_search.count_search(s, "1203") == 1
        assert guest_search.count_search(s, "%") == 0  # typed wildcards match themselves only
        with pytest.raises(ValidationFailed, match="unknown status"):
            guest_search.search(s, "", status="gone")


@pytest.mark.parametrize("text", ["", "王", "1", "0", "12", "138", "王建国", "Schmidt", "%"])
def test_the_index_head_and_the_full_sort_agree(site, monkeypatch, text) -> None:
    """With a head of two stays most searches take the second path; the answer is the same."""
    expected = find(site, text)
    monkeypatch.setattr(guest_search, "SEARCH_HEAD", 2)
    assert find(site, text) == expected
    assert find(site, text, limit=2, offset=1) == expected[1:3]


def test_the_guest_record_gathers_every_tab(site, liaison, medical) -> None:
    (row,) = find(site, "王建国")
    with write_session(site) as s:
        s.add(Reading(stay_id=row.stay_id, taken_at=NOW - timedelta(hours=1), celsius=36.6))
        checkin.move(s, liaison, row.stay_id, "1205", reason="noise", now=NOW)
    with read_session(site) as s:
        record = guest_record.guest_record(s, row.stay_id, on=TODAY)
        with pytest.raises(NotFound):
            guest_record.guest_record(s, 9999)
    assert record.guest.full_name == "王建国" and record.age == 65
    assert record.key_reasons == ("aged 65",)
    assert (record.day, record.of) == (2, 7)
    assert record.policy_name.startswith("第九版")
    assert record.fever_threshold == 37.3
    assert record.room == "1205"
    assert [(r.number, r.reason) for r in record.rooms] == [("1203", "check-in"),
                                                           ("1205", "noise")]
    assert record.home_period == (date(2022, 4, 14), date(2022, 4, 16))
    assert date(2022, 4, 6) in record.required_tests  # the admission test on arrival
    assert [r.celsius for r in record.readings] == [36.6]
    assert record.health is not None and record.destination is None
    assert "stay.move" in [e.action for e in record.history]


def test_edit_conflict_keeps_the_first_save_and_returns_both_versions(site, liaison) -> None:
    (row,) = find(site, "李秀英")
    with read_session(site) as s:  # two desks open the same record
        seen_by_first = s.get(Guest, row.guest_id).version
    with read_session(site) as s:
        seen_by_second = s.get(Guest, row.guest_id).version
    with write_session(site) as s:
        guest_editing.update_guest(s, liaison, row.guest_id, seen_by_first,
                                   {"phone": "13911112222", "home_address": "幸福路1号"}, now=NOW)
    with pytest.raises(ChangedElsewhere) as caught:
        with write_session(site) as s:
            guest_editing.update_guest(s, liaison, row.guest_id, seen_by_second,
                                       {"phone": "13933334444"}, now=NOW)
    assert caught.value.mine == {"phone": "13933334444"}
    assert caught.value.theirs["phone"] == "13911112222"
    assert caught.value.theirs["home_address"] == "幸福路1号"
    assert caught.value.theirs["version"] == seen_by_first + 1
    with read_session(site) as s:
        guest = s.get(Guest, row.guest_id)
        assert guest.phone == "13911112222"
        updates = s.exec(select(AuditEvent).where(AuditEvent.action == "guest.update",
                                                  AuditEvent.guest_id == row.guest_id)).all()
    assert len(updates) == 1


def test_a_save_racing_this_session_becomes_a_conflict_too(site, liaison) -> None:
    """The row changed after this session read it: the versioned UPDATE matches nothing."""
    (row,) = find(site, "李秀英")
    with Session(site, expire_on_commit=False) as stale:
        guest = stale.get(Guest, row.guest_id)
        version = guest.version
        stale.commit()  # ends the read; the loaded row stays in this session
        with write_session(site) as other:
            guest_editing.update_guest(other, liaison, row.guest_id, version, {"notes": "theirs"},
                                       now=NOW)
        with pytest.raises(ChangedElsewhere) as caught:
            guest_editing.update_guest(stale, liaison, row.guest_id, version, {"notes": "mine"},
                                       now=NOW)
        stale.rollback()
    assert caught.value.theirs["notes"] == "theirs"
    assert caught.value.mine == {"notes": "mine"}
    with read_session(site) as s:
        assert s.get(Guest, row.guest_id).notes == "theirs"


def test_guest_edit_validates_and_bad_input_changes_nothing(site, liaison, medical) -> None:
    (row,) = find(site, "李秀英")
    bad = LI_ID[:-1] + ("0" if LI_ID[-1] != "0" else "1")
    cases = [({"id_number": bad}, "check digit"), ({"phone": "12"}, "digits"),
             ({"birth_date": "2030-01-01"}, "not possible"), ({"full_name": " "}, "missing"),
             ({"id_number": WANG_ID}, "already belongs to 王建国"), ({"colour": "red"},
                                                                     "cannot edit colour")]
    for changes, message in cases:
        with pytest.raises(ValidationFailed, match=message):
            with write_session(site) as s:
                guest_editing.update_guest(s, liaison, row.guest_id, 1, changes, now=NOW)
    with pytest.raises(PermissionDenied):
        with write_session(site) as s:
            guest_editing.update_guest(s, medical, row.guest_id, 1, {"notes": "x"}, now=NOW)
    with read_session(site) as s:
        guest = s.get(Guest, row.guest_id)
        assert (guest.version, guest.id_number, guest.phone) == (1, LI_ID, "13912345678")


def test_guest_edit_normalises_and_a_new_resident_id_corrects_birth_and_sex(site,
                                                                              liaison) -> None:
    (row,) = find(site, "李秀英")
    new_id = rid("19850607", "224")  # an even 17th digit: female
    with write_session(site) as s:
        guest = guest_editing.update_guest(s, liaison, row.guest_id, 1, {
            "id_number": new_id.lower(), "phone": "+86 139-0000-1111", "incomplete": False,
        }, now=NOW)
    assert guest.id_number == new_id and guest.phone == "13900001111"
    assert guest.birth_date == date(1985, 6, 7) and guest.sex == "F"
    assert guest.version == 2


def test_health_edit_needs_the_medical_permission_and_locks_too(site, liaison,
                                                                medical) -> None:
    (row,) = find(site, "李秀英")
    with read_session(site) as s:
        version = s.exec(select(HealthRecord).where(
            HealthRecord.guest_id == row.guest_id)).one().version
    with pytest.raises(PermissionDenied):
        with write_session(site) as s:
            guest_editing.update_health(s, liaison, row.guest_id, version, {"medication": "x"})
    with write_session(site) as s:
        record = guest_editing.update_health(s, medical, row.guest_id, version, {
            "conditions": "高血压；糖尿病", "vaccination_doses": "3", "needs": "低盐饮食"},
            now=NOW)
    assert record.conditions == "高血压;糖尿病" and record.vaccination_doses == 3
    with pytest.raises(ChangedElsewhere) as caught:
        with write_session(site) as s:
            guest_editing.update_health(s, medical, row.guest_id, version, {"needs": "无"}, now=NOW)
    assert caught.value.theirs["needs"] == "低盐饮食"
    with pytest.raises(ValidationFailed, match="between 0 and 10"):
        with write_session(site) as s:
            guest_editing.update_health(s, medical, row.guest_id, version + 1,
                                        {"vaccination_doses": 11}, now=NOW)
    with read_session(site) as s:
        record = guest_record.guest_record(s, row.stay_id, on=TODAY)
    assert record.key_reasons == ("高血压, 糖尿病",)


def test_stay_edit_moves_basis_and_planned_release(site, liaison) -> None:
    (row,) = find(site, "王建国")  # arrived 04-06, no exposure date: release 04-13
    assert row.planned_release == date(2022, 4, 13)
    with write_session(site) as s:
        stay = guest_editing.update_stay(s, liaison, row.stay_id, 1, {
            "exposure_date": "2022-04-04", "batch": "B7", "community": "东湖社区"}, now=NOW)
    assert (stay.basis_date, stay.planned_release) == (date(2022, 4, 4), date(2022, 4, 11))
    with pytest.raises(ValidationFailed, match="in the future"):
        with write_session(site) as s:
            guest_editing.update_stay(s, liaison, row.stay_id, 2, {"exposure_date": "2022-04-10"},
                                      now=NOW)
    with pytest.raises(ValidationFailed, match="before the arrival"):
        with write_session(site) as s:
            guest_editing.update_stay(s, liaison, row.stay_id, 2, {"exposure_date": "2022-03-20"},
                                      now=NOW)
    with pytest.raises(ChangedElsewhere):
        with write_session(site) as s:
            guest_editing.update_stay(s, liaison, row.stay_id, 1, {"notes": "late"}, now=NOW)
    with read_session(site) as s:
        stay = s.get(Stay, row.stay_id)
        assert (stay.version, stay.batch, stay.notes) == (2, "B7", "")
        event = s.exec(select(AuditEvent).where(AuditEvent.action == "stay.update")).one()
    assert '"planned_release": "2022-04-11"' in event.after


def test_quick_walk_in_is_flagged_incomplete(site, liaison) -> None:
    with write_session(site) as s:
        stay = checkin.quick_check_in(s, liaison, "", "刘芳", rid("19920815", "092"),
                                      "139 1111 2222", "close contact", now=NOW)
        guest = s.get(Guest, stay.guest_id)
    assert guest.incomplete and guest.phone == "13911112222"
    (row,) = find(site, "刘芳")
    assert row.incomplete and row.room in {"1205", "302"}
    with pytest.raises(ValidationFailed, match="unknown category"):
        with write_session(site) as s:
            checkin.quick_check_in(s, liaison, "", "某人", rid("19930101", "111"), "", "alien",
                                   now=NOW)


def test_saving_the_record_writes_each_edited_section_in_one_go(site, liaison,
                                                                 manager) -> None:
    (row,) = find(site, "李秀英")
    edits = {RecordSection.GUEST: SectionEdit(1, {"notes": "calls after 9"}),
             RecordSection.STAY: SectionEdit(1, {"batch": "B7"})}
    with write_session(site) as s:  # the health record is not edited: no health permission
        guest_editing.save_guest_record(s, liaison, row.stay_id, edits, now=NOW)
    with pytest.raises(PermissionDenied):
        with write_session(site) as s:
            guest_editing.save_guest_record(s, liaison, row.stay_id, {
                RecordSection.HEALTH: SectionEdit(1, {"needs": "无"})}, now=NOW)
    with read_session(site) as s:
        record = guest_record.guest_record(s, row.stay_id, on=TODAY)
        actions = s.exec(select(AuditEvent.action).where(
            AuditEvent.guest_id == row.guest_id, AuditEvent.action.like("%.update"))).all()
    assert (record.guest.notes, record.stay.batch) == ("calls after 9", "B7")
    assert (record.guest.version, record.stay.version, record.health.version) == (2, 2, 1)
    assert sorted(actions) == ["guest.update", "stay.update"]


def test_a_conflict_in_one_section_names_it_and_saves_no_section(site, manager) -> None:
    (row,) = find(site, "李秀英")
    with write_session(site) as s:  # someone else saves the stay meanwhile
        guest_editing.update_stay(s, manager, row.stay_id, 1, {"batch": "B1"}, now=NOW)
    with pytest.raises(SectionChangedElsewhere) as caught:
        with write_session(site) as s:
            guest_editing.save_guest_record(s, manager, row.stay_id, {
                RecordSection.GUEST: SectionEdit(1, {"notes": "mine"}),
                RecordSection.STAY: SectionEdit(1, {"batch": "B2"}),
                RecordSection.HEALTH: SectionEdit(1, {"needs": "无"})}, now=NOW)
    assert caught.value.section is RecordSection.STAY
    assert caught.value.mine == {"batch": "B2"} and caught.value.theirs["batch"] == "B1"
    with read_session(site) as s:
        record = guest_record.guest_record(s, row.stay_id, on=TODAY)
    assert (record.guest.notes, record.stay.batch, record.health.needs) == ("", "B1", "")
