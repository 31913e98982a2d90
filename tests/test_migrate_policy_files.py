"""A database of the previous version migrates: its policy versions become policy files of the
same meaning, and every stay evaluates as before (DESIGN.md §12, migration 0009)."""

from __future__ import annotations

import difflib
import gzip
import importlib.util
import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.engine import Engine

from quarantine_desk.cli.main import main
from quarantine_desk.domain import policy_file
from quarantine_desk.domain.enums import HomeKind
from quarantine_desk.domain.policy import CategoryRule, listed_name, required_test_dates
from quarantine_desk.domain.presets import NINTH_EDITION, TWENTY_MEASURES
from quarantine_desk.store.engine import create_db_engine
from quarantine_desk.store.migrate import MIGRATIONS_DIR, alembic_config, upgrade_to_head

#: Made by commit 4e64397 (the version before policy files): see its README.
PREVIOUS = Path(__file__).parent / "data" / "previous-version"
RELEASE_LIST = ["release-list", "--date", "2026-11-20", "--as-of", "2026-11-20T14:00", "--json"]


def _migration() -> ModuleType:
    """Migration 0009 as a module (its file name is no importable name)."""
    path = MIGRATIONS_DIR / "versions" / "0009_policy_versions_as_files.py"
    spec = importlib.util.spec_from_file_location("migration_0009", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MIGRATION = _migration()


def _file_of(old: dict[str, Any]) -> dict[str, Any]:
    """The converted file, checked: a converted row must be usable as it stands."""
    data = MIGRATION.policy_file(old)
    assert data is not None
    assert policy_file.check(data) == []
    return data


# -- the previous version's database ----------------------------------------------------------


@pytest.fixture
def previous_db(tmp_path: Path) -> Path:
    """A copy of the previous version's demo database (schema 0008, old-shape policies)."""
    path = tmp_path / "demo.db"
    path.write_bytes(gzip.decompress((PREVIOUS / "demo.db.gz").read_bytes()))
    return path


def _policy_rows(path: Path) -> list[tuple[int, str, str]]:
    engine = create_db_engine(str(path))
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(  # type: ignore[misc]
                text("SELECT id, name, data FROM policyversion ORDER BY id"))]
    finally:
        engine.dispose()


@pytest.mark.sqlite_only
def test_the_previous_versions_release_list_is_unchanged(previous_db: Path, capsys) -> None:
    before = _policy_rows(previous_db)
    assert [json.loads(data).get("format") for _, _, data in before] == [None, None]
    capsys.readouterr()
    assert main(["--db", str(previous_db), *RELEASE_LIST]) == 0
    out = capsys.readouterr().out
    expected = (PREVIOUS / "release-list.json").read_text(encoding="utf-8")
    if json.loads(out) != json.loads(expected):
        diff = "".join(difflib.unified_diff(expected.splitlines(True), out.splitlines(True),
                                            "previous version", "this version"))
        pytest.fail(f"release-list differs after the migration:\n{diff}")
    assert out == expected
    after = _policy_rows(previous_db)
    assert [json.loads(data)["format"] for _, _, data in after] == [policy_file.FORMAT] * 2
    assert [name for _, name, _ in after] == [name for _, name, _ in before]


@pytest.mark.sqlite_only
def test_the_previous_versions_policies_become_their_presets(previous_db: Path,
                                                             capsys) -> None:
    assert main(["--db", str(previous_db), "policy", "list"]) == 0  # opens, so migrates
    capsys.readouterr()
    rows = _policy_rows(previous_db)
    files = [json.loads(data) for _, _, data in rows]
    for data in files:
        assert data["format"] == policy_file.FORMAT
        assert policy_file.check(data) == []
    ninth, twenty = (policy_file.from_file(data) for data in files)
    assert ninth.rules == NINTH_EDITION.rules
    assert twenty.rules == TWENTY_MEASURES.rules
    # Listed by the names they had; the 20 measures from the date the site adopted them.
    assert [p.name for p in (ninth, twenty)] == [name for _, name, _ in rows] == [
        NINTH_EDITION.name, TWENTY_MEASURES.name]
    assert (ninth.effective_from, twenty.effective_from) == (date(2022, 6, 28),
                                                             date(2026, 11, 16))
    assert [c["code"] for c in files[1]["categories"]] == [
        "close_contact", "secondary_close_contact", "inbound_traveller", "high_risk_area",
        "other"]
    assert [(c["zh"], c["en"]) for c in files[1]["categories"]] == [
        ("密切接触者", "close contact"), ("密接的密接", "secondary close contact"),
        ("入境人员", "inbound traveller"), ("高风险区人员", "from high-risk area"),
        ("其他", "other")]


# -- the conversion of odd rows -----------------------------------------------------------------


def _meaning(rule: CategoryRule) -> tuple[object, ...]:
    """What a rule decides (the kind of home tests when there are none decides nothing)."""
    return (rule.centralized_days, rule.test_days, rule.test_kind, rule.admission_test,
            rule.basis, rule.managed, rule.home_kind, rule.home_days, rule.home_test_days,
            rule.home_test_kind if rule.home_test_days else None)


def test_a_sparse_old_row_takes_the_old_defaults() -> None:
    data = _file_of({"name": "Old rules", "effective_from": "2022-07-01",
                     "rules": {"close_contact": {"centralized_days": 7}}})
    policy = policy_file.from_file(data)
    assert data["name"] == {"zh": "Old rules", "en": "Old rules"}
    assert policy.name == "Old rules" and policy.fever_threshold == 37.3
    assert list(policy.rules) == ["close_contact"]
    assert _meaning(policy.rules["close_contact"]) == _meaning(CategoryRule(7))
    assert data["categories"][0]["tests"] == []
    assert data["categories"][0]["home"] == {"kind": "none", "days": 0, "tests": []}
    # No scheduled test: the admission PCR only, as before.
    assert required_test_dates(date(2022, 7, 1), date(2022, 7, 2), policy.rules[
        "close_contact"]) == {date(2022, 7, 2): "admission"}


def test_what_never_had_an_effect_is_dropped() -> None:
    old = {"name": "Odd", "effective_from": "2022-07-01", "fever_threshold": 37.5, "rules": {
        # a home kind with no days; test days past the stay and twice
        "close_contact": {"centralized_days": 5, "test_days": [1, 1, 3, 5, 6, 9],
                          "home_days": 0, "home_kind": "isolation", "home_test_days": [1]},
        # days and tests at home while nothing follows
        "other": {"centralized_days": 7, "test_days": [0, 7], "home_days": 3,
                  "home_kind": "none", "home_test_days": [2]},
        # home tests outside the days at home
        "inbound_traveller": {"centralized_days": 7, "test_days": [], "home_days": 3,
                              "home_kind": "health_monitoring", "home_test_days": [0, 2, 4],
                              "managed": False},
    }}
    data = _file_of(old)
    close, inbound, other = data["categories"]  # in the usual order of the categories
    assert close["tests"] == [{"kind": "pcr", "days": [1, 3, 5]}]
    assert close["home"] == {"kind": "none", "days": 0, "tests": []}
    assert other["tests"] == [{"kind": "pcr", "days": [0, 7]}]
    assert other["home"] == {"kind": "none", "days": 0, "tests": []}
    assert inbound["tests"] == [] and inbound["managed"] is False
    assert inbound["home"] == {"kind": "monitoring", "days": 3,
                               "tests": [{"kind": "pcr", "days": [2]}]}
    policy = policy_file.from_file(data)
    assert policy.fever_threshold == 37.5
    assert _meaning(policy.rules["inbound_traveller"]) == _meaning(CategoryRule(
        7, (), 3, HomeKind.HEALTH_MONITORING, (2,), managed=False))
    # The dates a stay is tested on are those the old rule gave: day 6 and 9 were never due.
    basis = date(2022, 7, 1)
    assert list(required_test_dates(basis, basis, policy.rules["close_contact"])) == [
        date(2022, 7, 1), date(2022, 7, 2), date(2022, 7, 4), date(2022, 7, 6)]


@pytest.mark.parametrize(("name", "zh", "en"), [
    ("第九版防控方案 (9th edition, June 2022)", "第九版防控方案", "9th edition, June 2022"),
    ("Local order (2022) (amended)", "Local order (2022)", "amended"),
    ("Same (Same)", "Same (Same)", "Same (Same)"),
    ("Nested (a (b))", "Nested (a (b))", "Nested (a (b))"),
    ("No English", "No English", "No English"),
    ("Empty ()", "Empty ()", "Empty ()"),
])
def test_the_name_splits_only_when_it_lists_back_the_same(name: str, zh: str, en: str) -> None:
    data = _file_of({"name": name, "effective_from": "2022-07-01",
                     "rules": {"other": {"centralized_days": 7}}})
    assert data["name"] == {"zh": zh, "en": en}
    assert listed_name(zh, en) == name == policy_file.from_file(data).name


def test_an_unknown_category_comes_last_named_by_its_code() -> None:
    data = _file_of({"name": "x", "effective_from": "2022-07-01", "rules": {
        "vip": {"centralized_days": 3}, "other": {"centralized_days": 7},
        "close_contact": {"centralized_days": 7}}})
    assert [(c["code"], c["zh"], c["en"]) for c in data["categories"]] == [
        ("close_contact", "密切接触者", "close contact"), ("other", "其他", "other"),
        ("vip", "vip", "vip")]


def test_a_file_and_an_unreadable_row_are_left_alone() -> None:
    assert MIGRATION.policy_file(policy_file.to_file(NINTH_EDITION)) is None
    assert MIGRATION.policy_file({"name": "no rules", "effective_from": "2022-07-01"}) is None
    assert MIGRATION.policy_file({"name": "x", "effective_from": "2022-07-01",
                                  "rules": {"other": {"test_days": [1]}}}) is None
    assert MIGRATION.old_policy({"name": "old", "rules": {}}) is None


def test_downgrading_gives_the_old_shape_back() -> None:
    old = _old_ninth_edition()
    assert MIGRATION.old_policy(_file_of(old)) == old
    # A file the desk writes today (the shipped preset) reads back the same way.
    written = MIGRATION.old_policy(policy_file.to_file(TWENTY_MEASURES))
    assert written["name"] == TWENTY_MEASURES.name
    assert written["rules"]["close_contact"] == {
        "centralized_days": 5, "test_days": [1, 2, 3, 5], "home_days": 3,
        "home_kind": "isolation", "home_test_days": [1, 3], "managed": True}


def _old_ninth_edition() -> dict[str, Any]:
    """The 9th edition as the previous version stored it (its ``Policy.to_dict()``), but with
    the categories in the order a file lists them."""
    monitored = {"home_days": 3, "home_kind": "health_monitoring", "home_test_days": [3]}
    nothing = {"home_days": 0, "home_kind": "none", "home_test_days": []}
    return {"name": "第九版防控方案 (9th edition, June 2022)", "effective_from": "2022-06-28",
            "fever_threshold": 37.3, "rules": {
                "close_contact": {"centralized_days": 7, "test_days": [1, 2, 3, 5, 7],
                                  **monitored, "managed": True},
                "secondary_close_contact": {"centralized_days": 7, "test_days": [1, 4, 7],
                                            **nothing, "managed": True},
                "inbound_traveller": {"centralized_days": 7, "test_days": [1, 2, 3, 5, 7],
                                      **monitored, "managed": True},
                "high_risk_area": {"centralized_days": 7, "test_days": [1, 2, 3, 5, 7],
                                   **nothing, "managed": True},
                "other": {"centralized_days": 7, "test_days": [1, 4, 7], **nothing,
                          "managed": True}}}


# -- upgrading and downgrading a database --------------------------------------------------------


@pytest.fixture
def engine_at_0008(db_target: str) -> Iterator[Engine]:
    """A database at the schema before policy files, holding old-shape versions."""
    engine = create_db_engine(db_target)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0008")
        sparse = {"name": "Sparse", "effective_from": "2022-08-01",
                  "rules": {"other": {"centralized_days": 7, "test_days": [1, 9]}}}
        for index, old in enumerate((_old_ninth_edition(), sparse)):
            connection.execute(
                text("INSERT INTO policyversion (name, effective_from, data, created_at, "
                     "created_by) VALUES (:name, :day, :data, :at, 'system')"),
                {"name": old["name"], "day": date.fromisoformat(old["effective_from"]),
                 "data": json.dumps(old, ensure_ascii=False),
                 "at": datetime(2022, 6, 28 + index, 9, 0)})
    yield engine
    engine.dispose()


def _data(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as connection:
        return [json.loads(data) for data, in connection.execute(
            text("SELECT data FROM policyversion ORDER BY id"))]


def _migrate(engine: Engine, action: Any, revision: str) -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        action(config, revision)


def test_upgrade_downgrade_upgrade_leaves_the_same_data(engine_at_0008: Engine) -> None:
    engine = engine_at_0008
    upgrade_to_head(engine)  # as opening the database does
    upgraded = _data(engine)
    assert [d["format"] for d in upgraded] == [policy_file.FORMAT] * 2
    assert all(policy_file.check(d) == [] for d in upgraded)
    assert policy_file.from_file(upgraded[0]).rules == NINTH_EDITION.rules
    assert upgraded[1]["categories"][0]["tests"] == [{"kind": "pcr", "days": [1]}]

    _migrate(engine, command.downgrade, "0008")
    downgraded = _data(engine)
    assert downgraded[0] == _old_ninth_edition()
    assert downgraded[1]["rules"]["other"]["test_days"] == [1]  # day 9 was never due

    _migrate(engine, command.upgrade, "head")
    assert _data(engine) == upgraded
    _migrate(engine, command.upgrade, "head")  # nothing left to do: nothing changes
    assert _data(engine) == upgraded
