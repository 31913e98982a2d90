"""The one read-only table model of the panels' lists: columns described once, rows whole."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from quarantine_desk.ui.common.table import KEY_ROLE, Column, TableModel, row_styled

Record = tuple[int, str, bool]  # id, name, voided
ROLE = Qt.ItemDataRole
MARK = ROLE.UserRole + 1


def _model() -> TableModel[Record]:
    return TableModel([
        Column("Name", lambda r: r[1], bold=lambda r: r[0] > 1,
               tooltip=lambda r: f"guest {r[0]}" if r[0] > 1 else ""),
        Column("Count", lambda r: str(r[0]), Qt.AlignmentFlag.AlignCenter,
               color=lambda r: "#ff0000", header_tooltip="How many",
               header_align=Qt.AlignmentFlag.AlignCenter, roles={MARK: lambda r: r[0] > 1}),
    ], key=lambda r: r[0])


def test_the_model_follows_qt_rules(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = _model()
    model.set_rows([(1, "a", False), (2, "b", True)])
    qtmodeltester.check(model)


def test_columns_give_text_key_look_and_extra_roles() -> None:
    model = _model()
    model.set_rows([(1, "a", False), (7, "b", True)])
    assert [model.index(1, c).data() for c in range(2)] == ["b", "7"]
    assert model.index(1, 0).data(KEY_ROLE) == 7 and model.row_of(7) == 1
    assert model.row_of(3) == -1 and model.keys() == [1, 7]
    assert model.row_at(0) == (1, "a", False) and model.rows()[1][1] == "b"
    assert model.index(1, 0).data(ROLE.FontRole).bold()
    assert model.index(0, 0).data(ROLE.FontRole) is None
    assert model.index(1, 0).data(ROLE.ToolTipRole) == "guest 7"
    assert model.index(0, 0).data(ROLE.ToolTipRole) is None  # an empty tooltip is none
    assert model.index(0, 1).data(ROLE.ForegroundRole) == QColor("#ff0000")
    assert model.index(0, 0).data(ROLE.ForegroundRole) is None
    assert model.index(0, 1).data(ROLE.TextAlignmentRole) == int(Qt.AlignmentFlag.AlignCenter)
    assert model.index(0, 0).data(ROLE.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(1, 1).data(MARK) is True and model.index(1, 0).data(MARK) is None
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(1, horizontal) == "Count"
    assert model.headerData(1, horizontal, ROLE.ToolTipRole) == "How many"
    assert model.headerData(1, horizontal, ROLE.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignCenter)
    assert model.headerData(0, horizontal, ROLE.TextAlignmentRole) is None


def test_a_row_style_greys_and_strikes_whole_rows_but_a_columns_colour_wins() -> None:
    grey, red = QColor("#888888"), QColor("#ff0000")
    model: TableModel[Record] = TableModel(row_styled([
        Column("Name", lambda r: r[1]),
        Column("Value", lambda r: str(r[0]), color=lambda r: red if r[0] > 1 else None),
    ], color=lambda r: grey if r[2] else None, struck=lambda r: r[2],
        tooltip=lambda r: "voided" if r[2] else None))
    model.set_rows([(1, "kept", False), (2, "voided", True)])
    assert model.index(0, 0).data(ROLE.ForegroundRole) is None
    assert model.index(0, 0).data(ROLE.FontRole) is None
    assert model.index(1, 0).data(ROLE.ForegroundRole) == grey
    assert model.index(1, 1).data(ROLE.ForegroundRole) == red
    assert model.index(1, 1).data(ROLE.FontRole).strikeOut()
    assert model.index(1, 0).data(ROLE.ToolTipRole) == "voided"
    assert model.index(1, 0).data(KEY_ROLE) is None  # no key given
