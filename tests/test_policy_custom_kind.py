"""A test kind no code knows (a LAMP assay, 恒温扩增) and a category counted from the arrival:
the collection sheet, a lab's results file, the alert it raises and an edited exposure date
follow the policy file, not COVID-19's two kinds."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from test_policy_names_on_paper import disease_x, resident_id

from quarantine_desk.domain.policy_file import from_file
from quarantine_desk.domain.text import speaking
from quarantine_desk.services import (
    alerts,
    checkin,
    collection_sheet,
    guest_editing,
    labtests,
    medical_import,
    policies,
    rooms,
    stays,
)
from quarantine_desk.store.engine import read_session, write_session

ADOPTED = datetime(2022, 7, 1, 8, 0)
ARRIVAL = datetime(2022, 7, 2, 9, 0)
LAMP = {"code": "lamp", "zh": "恒温扩增", "en": "LAMP"}


def lamp_policy() -> dict[str, Any]:
    """Disease X tested by LAMP, with a second category whose period counts from arrival."""
    data = disease_x()
    data["test_kinds"] = [LAMP]
    data["release"]["final_test"] = "lamp"
    contact = data["categories"][0]
    contact["tests"] = [{"kind": "lamp", "days": [1, 3, 5]}]
    contact["admission_test"] = "lamp"
    contact["home"]["tests"] = [{"kind": "lamp", "days": [2]}]
    data["categories"].append({
        "code": "traveller_x", "zh": "疫区来客", "en": "traveller", "managed": True,
        "basis": "arrival", "days": 7, "tests": [], "admission_test": None,
        "home": {"kind": "none", "days": 0, "tests": []}})
    return data


@pytest.fixture
def site(engine, manager, liaison) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with write_session(engine) as s:
        policies.adopt(s, manager, from_file(lamp_policy()), now=ADOPTED)
        rooms.add_rooms(s, manager, ["101-102"], now=ADOPTED)
    with write_session(engine) as s:
        contact = checkin.check_in(s, liaison, checkin.ArrivalInput(
            full_name="钱一", id_number=resident_id(1), category="contact_x",
            exposure_date=ARRIVAL.date(), arrival_at=ARRIVAL, room="101"), now=ARRIVAL)
        traveller = checkin.check_in(s, liaison, checkin.ArrivalInput(
            full_name="孙二", id_number=resident_id(2), category="traveller_x",
            arrival_at=ARRIVAL, room="102"), now=ARRIVAL)
        return {"contact": contact.id or 0, "traveller": traveller.id or 0}


def test_the_collection_sheet_names_the_kind_as_the_file_does(engine, site) -> None:
    with read_session(engine) as s:
        sheet = collection_sheet.collection_sheet_data(s, date(2022, 7, 3))
        due = labtests.tests_due(s, date(2022, 7, 3))
    assert [(row.name, row.kind_label) for row in sheet.rows] == [("钱一", "恒温扩增")]
    assert [d.kind for d in due] == ["lamp"]


def test_a_lab_file_naming_the_kind_records_it_and_a_positive_raises_the_alarm(
        engine, site, medical, tmp_path: Path) -> None:
    results = tmp_path / "lab.csv"
    results.write_text("证件号码,检测项目,采样时间,检测结果\n"
                       f"{resident_id(1)},恒温扩增,2022-07-03 07:30,阳性\n"
                       f"{resident_id(1)},核酸,2022-07-03 07:40,阴性\n", encoding="utf-8")
    with write_session(engine) as s:
        report = medical_import.import_results(s, medical, results,
                                               now=datetime(2022, 7, 3, 12))
    assert report.imported == 1
    [(row, reason)] = report.skipped
    assert row == 3 and "unknown test kind" in reason and "lamp/恒温扩增" in reason
    with read_session(engine) as s:
        tests = labtests.tests_for_stay(s, site["contact"])
        [view] = alerts.open_alerts(s)
        english = view.summary
        with speaking("zh_CN"):
            [chinese] = alerts.open_alerts(s)
    assert [(t.kind, t.result) for t in tests] == [("lamp", "positive")]
    assert english.startswith("LAMP positive, sampled 2022-07-03")
    assert chinese.summary.startswith("恒温扩增")


def test_a_new_exposure_date_does_not_move_a_period_counted_from_arrival(
        engine, site, liaison) -> None:
    with write_session(engine) as s:
        stay = stays.get_stay(s, site["traveller"])
        guest_editing.update_stay(s, liaison, site["traveller"], stay.version,
                                  {"exposure_date": date(2022, 6, 28)},
                                  now=datetime(2022, 7, 3, 9))
    with read_session(engine) as s:
        after = stays.get_stay(s, site["traveller"])
    assert after.exposure_date == date(2022, 6, 28)
    assert (after.basis_date, after.planned_release) == (date(2022, 7, 2), date(2022, 7, 9))
