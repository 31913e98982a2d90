"""Data entered late gives the same release list as data entered on time (DESIGN.md §3
"Details"), and a release recorded afterwards is judged at its own moment.

Two sites are built only through the command line with the same facts: on one, every reading,
result and destination check is typed in minutes after it happened; on the other, all of it is
imported in one go two days after the release day. The clock of each command is set with
time-machine, so "entered on time" really is on time.
"""

from __future__ import annotations

import csv
import json
import subprocess
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import time_machine

from quarantine_desk.cli.main import main
from quarantine_desk.domain.identity import resident_id_check_char

ARRIVAL = datetime(2022, 7, 8, 8, 0)
RELEASE_DAY = date(2022, 7, 15)
AS_OF = ["--date", RELEASE_DAY.isoformat(), "--as-of", "2022-07-15 10:00"]
#: Required PCR days of a close contact exposed on the arrival day (9th edition): admission,
#: days 1, 2, 3, 5, 7.
PCR_DAYS = [ARRIVAL.date() + timedelta(days=k) for k in (0, 1, 2, 3, 5, 7)]
GUESTS = ("clean", "positive", "fever", "pending_destination", "swab_after_midnight")


def _id_number(serial: int) -> str:
    first17 = f"32060219900101{serial:03d}"
    return first17 + resident_id_check_char(first17)


ID = {key: _id_number(100 + 2 * n) for n, key in enumerate(GUESTS)}


def _samples(key: str) -> list[dict[str, str]]:
    rows = []
    for n, day in enumerate(PCR_DAYS):
        sampled = datetime.combine(day, datetime.min.time()).replace(hour=7)
        if key == "swab_after_midnight" and n == 2:  # the day-2 swab at 00:10 after midnight
            sampled = sampled + timedelta(days=1) - timedelta(hours=6, minutes=50)
        result = "阳性" if key == "positive" and n == 4 else "阴性"
        rows.append({"id_number": ID[key], "kind": "核酸", "sample_no": f"{key[:3]}{n}",
                     "sampled_at": f"{sampled:%Y-%m-%d %H:%M}", "result": result,
                     "reported_at": f"{sampled.date()} 09:30"})
    return rows


def _readings(key: str) -> list[dict[str, str]]:
    rows = []
    moment = ARRIVAL.replace(hour=15)
    while moment <= datetime(2022, 7, 17, 8, 0):
        celsius = "38.1" if key == "fever" and moment == datetime(2022, 7, 14, 15) else "36.5"
        rows.append({"id_number": ID[key], "taken_at": f"{moment:%Y-%m-%d %H:%M}",
                     "celsius": celsius})
        moment += timedelta(hours=7) if moment.hour == 8 else timedelta(hours=17)
    return rows


def _destination(key: str) -> list[str]:
    answer = ["--pending"] if key == "pending_destination" else []
    return ["destination", ID[key], "--address", "崇川区城东街道碧林湾小区3幢1201室",
            "--community", "碧林湾社区", "--verified-by", "社区王主任",
            "--verified-at", "2022-07-14 10:00", *answer]


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def at(make_db_target: Callable[[str], str],
       capsys: pytest.CaptureFixture[str]) -> Callable[[str], Run]:
    """``at(db_name)(moment, *args)``: one command on that site with the clock at ``moment``."""

    def site(name: str) -> Run:
        target = make_db_target(name)

        def run(moment: datetime, *args: str) -> tuple[int, str, str]:
            with time_machine.travel(moment.astimezone(), tick=False):
                # No staff account on these sites: the console operator acts.
                code = main(["--db", target, *args])
            captured = capsys.readouterr()
            assert code == 0 or args[0] == "release", (args, captured.err)
            return code, captured.out, captured.err
        return run

    return site


def _open_site(run: Run, tmp_path: Path) -> None:
    run(ARRIVAL, "rooms", "add", "201-210")
    arrivals = [{"姓名": f"隔离{n}", "证件号码": ID[key], "人员类别": "密切接触者",
                 "末次暴露日期": ARRIVAL.date().isoformat(),
                 "入住时间": f"{ARRIVAL:%Y-%m-%d %H:%M}"} for n, key in enumerate(GUESTS)]
    run(ARRIVAL, "import", "arrivals", str(_write(tmp_path / "arrivals.csv", arrivals)))


def _events() -> Iterator[tuple[datetime, list[dict[str, str]], str]]:
    """Every reading and result with the moment it became known, in time order."""
    for key in GUESTS:
        for row in _readings(key):
            yield datetime.fromisoformat(row["taken_at"]), [row], "readings"
        for row in _samples(key):
            yield datetime.fromisoformat(row["reported_at"]), [row], "results"


@pytest.fixture
def sites(at: Callable[[str], Run], tmp_path: Path) -> tuple[Run, Run]:
    on_time, late = at("on_time"), at("late")
    for run in (on_time, late):
        _open_site(run, tmp_path)
    # On time: each fact typed in five minutes after it happened.
    batches: dict[tuple[datetime, str], list[dict[str, str]]] = {}
    for moment, rows, kind in _events():
        batches.setdefault((moment, kind), []).extend(rows)
    for (moment, kind), rows in sorted(batches.items(), key=lambda item: item[0]):
        path = _write(tmp_path / f"{kind}-{moment:%m%d%H%M}.csv", rows)
        on_time(moment + timedelta(minutes=5), "import", kind, str(path))
    for key in GUESTS:
        on_time(datetime(2022, 7, 14, 10, 5), *_destination(key))
    # Late: everything imported after the release day, in one go per file.
    caught_up = datetime(2022, 7, 17, 9, 0)
    for kind, rows_of in (("readings", _readings), ("results", _samples)):
        rows = [row for key in GUESTS for row in rows_of(key)]
        late(caught_up, "import", kind, str(_write(tmp_path / f"all-{kind}.csv", rows)))
    for key in GUESTS:
        late(caught_up, *_destination(key))
    return on_time, late


def test_late_entry_gives_the_same_release_list_as_entry_on_time(sites) -> None:
    on_time, late = sites
    later = datetime(2022, 7, 17, 9, 30)
    listed = [json.loads(run(later, "release-list", *AS_OF, "--json")[1]) for run in sites]
    assert listed[0] == listed[1]
    by_id = {item["name"]: item for item in listed[1]}
    reasons = {f"隔离{n}": by_id[f"隔离{n}"]["reasons"] for n in range(len(GUESTS))}
    assert reasons["隔离0"] == []  # clean
    assert reasons["隔离1"][:1] == ["PCR positive, sampled 2022-07-13 07:00"]  # positive
    assert "1 open alert(s): positive" in reasons["隔离1"]
    assert reasons["隔离2"] == ["fever 38.1 °C at 2022-07-14 15:00",
                               "1 open alert(s): fever"]
    assert reasons["隔离3"] == ["community has not confirmed the home"]
    assert reasons["隔离4"] == []  # the 00:10 swab covers day 2 …
    assert by_id["隔离4"]["notes"] == [  # … and says so
        "day-2 PCR (2022-07-10) sampled late, at 2022-07-11 00:10"]


def test_an_alert_of_a_late_entry_opens_at_its_finding(sites) -> None:
    """Before the fever was taken, the list as of then has no alert; from then on it has."""
    _, late = sites
    later = datetime(2022, 7, 17, 9, 30)
    for moment, expected in (("2022-07-14 14:59", []), ("2022-07-14 15:00", ["fever"])):
        _, out, _ = late(later, "release-list", "--date", "2022-07-15", "--as-of", moment,
                         "--json")
        item = next(i for i in json.loads(out) if i["name"] == "隔离2")
        alerts = [r for r in item["reasons"] if "open alert" in r]
        assert alerts == ([f"1 open alert(s): {expected[0]}"] if expected else [])


def test_release_recorded_afterwards_is_judged_at_its_moment(sites, tmp_path: Path) -> None:
    _, late = sites
    next_morning = datetime(2022, 7, 18, 9, 0)  # the last reading was 07-17 08:00
    code, _, err = late(next_morning, "release", ID["clean"])
    assert code != 0 and "no temperature reading in the 24 hours before 2022-07-18 09:00" in err
    code, out, err = late(next_morning, "release", ID["clean"], ID["fever"],
                          "--at", "2022-07-17 10:00", "--json")
    assert code != 0
    outcome = json.loads(out)
    assert [r["name"] for r in outcome["released"]] == ["隔离0"]
    assert [r["name"] for r in outcome["refused"]] == ["隔离2"]
    assert outcome["refused"][0]["reasons"] == ["1 open alert(s): fever"]
    form = tmp_path / "form.pdf"
    late(next_morning, "handover", ID["clean"], "--out", str(form))
    text = subprocess.run(["pdftotext", "-layout", str(form), "-"], capture_output=True,
                          text=True, check=True).stdout
    # Released on 07-17, two days after its planned day: home monitoring from 07-18.
    assert "2022年7月18日 至 2022年7月20日" in " ".join(text.split())


def test_a_release_moment_in_the_future_is_refused(sites) -> None:
    _, late = sites
    code, _, err = late(datetime(2022, 7, 18, 9, 0), "release", ID["clean"],
                        "--at", "2022-07-18 12:00")
    assert code != 0 and "that moment has not come yet" in err
