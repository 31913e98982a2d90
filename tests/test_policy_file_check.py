"""Checking a policy file never fails on the file itself: every damaged file gets its faults."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from quarantine_desk.domain import policy_file

POLICY = json.loads((Path(__file__).parent / "data" / "disease-x-policy.json")
                    .read_text(encoding="utf-8"))

_json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-50, 50) | st.floats(-50, 50) | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner,
                                                                max_size=3),
    max_leaves=6)


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every place in a parsed file a value sits."""
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


PLACES = _paths(POLICY)


def _damaged(changes: list[tuple[int, bool, Any]]) -> dict:
    data = copy.deepcopy(POLICY)
    for place, delete, value in changes:
        *parent_path, last = PLACES[place % len(PLACES)]
        parent: Any = data
        for part in parent_path:
            try:
                parent = parent[part]
            except (KeyError, IndexError, TypeError):
                break
        else:
            try:
                if delete:
                    del parent[last]
                else:
                    parent[last] = value
            except (KeyError, IndexError, TypeError):
                pass
    return data


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 10_000), st.booleans(), _json_values),
                min_size=1, max_size=4))
def test_any_damage_is_reported_or_the_file_reads(changes: list[tuple[int, bool, Any]]) -> None:
    data = _damaged(changes)
    errors = policy_file.check(data)
    if errors:
        assert all(isinstance(e.path, str) and e.message for e in errors)
    else:
        policy = policy_file.from_file(data)  # a file without faults must be usable
        assert policy.rules


def test_the_intact_file_has_no_faults() -> None:
    assert policy_file.check(POLICY) == []


def test_a_kind_unknown_to_a_schedule_is_found_beside_a_missing_field() -> None:
    data = copy.deepcopy(POLICY)
    del data["symptoms"]
    data["categories"][0]["tests"][0]["kind"] = "culture"
    paths = {e.path for e in policy_file.check(data)}
    # the admission test (antigen) no longer matches the schedule's kind either
    assert paths == {"symptoms", "categories[0].tests[0].kind", "categories[0].admission_test"}
