"""The selected person on the Releases panel: each criterion with why it fails, and the
destination check with who confirmed it and whether the community was told the release time."""

from __future__ import annotations

from datetime import date, datetime
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from quarantine_desk.domain.criteria import CRITERIA_KEYS
from quarantine_desk.services.destinations import DestinationRecord
from quarantine_desk.services.release import ReleaseCandidate
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.releases.marks import mark_pixmap
from quarantine_desk.ui.releases.model import category_label, criterion_wording, overdue_text


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else ""


class ReleaseDetail(QWidget):
    """Two columns: the criteria on the left, the destination check on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        theme.mark(self.heading, "subtitle")
        self.heading.setWordWrap(True)
        self.summary = QLabel(self)
        theme.mark(self.summary, "muted")
        self.summary.setWordWrap(True)

        criteria = QGridLayout()
        criteria.setHorizontalSpacing(10)
        criteria.setVerticalSpacing(6)
        criteria.setColumnStretch(1, 1)
        self._marks: dict[str, QLabel] = {}
        self._texts: dict[str, QLabel] = {}
        for row, key in enumerate(CRITERIA_KEYS):
            mark = QLabel(self)
            mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            text = QLabel(self)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.RichText)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            criteria.addWidget(mark, row, 0)
            criteria.addWidget(text, row, 1)
            self._marks[key], self._texts[key] = mark, text
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self.heading)
        left.addWidget(self.summary)
        left.addSpacing(4)
        left.addLayout(criteria)
        left.addStretch(1)

        destination_title = QLabel(self.tr("Destination check"), self)
        theme.mark(destination_title, "section")
        self.destination = QLabel(self)
        self.destination.setWordWrap(True)
        self.destination.setTextFormat(Qt.TextFormat.RichText)
        self.destination.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.destination.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        right = QVBoxLayout()
        right.setSpacing(4)
        right.addWidget(destination_title)
        right.addWidget(self.destination)
        right.addStretch(1)

        divider = QFrame(self)
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setStyleSheet(f"color: {theme.BORDER};")
        self._body = QWidget(self)
        columns = QHBoxLayout(self._body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(18)
        columns.addLayout(left, 5)
        columns.addWidget(divider)
        columns.addLayout(right, 4)

        self.empty = QLabel(self.tr("Pick a person in the list to see each criterion and "
                                    "their destination check here."), self)
        theme.mark(self.empty, "muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self._body)
        layout.addWidget(self.empty)
        self.show_nobody()

    def show_nobody(self) -> None:
        self._body.hide()
        self.empty.show()

    def show_candidate(self, candidate: ReleaseCandidate, check: DestinationRecord | None,
                       today: date) -> None:
        """Show ``candidate`` (evaluated for its release date) and its destination check."""
        self.empty.hide()
        self._body.show()
        room = candidate.room or self.tr("no room")
        self.heading.setText(self.tr("{name} · room {room}").format(name=candidate.name,
                                                                   room=room))
        due = candidate.planned_release.isoformat()
        if candidate.days_overdue:
            due = self.tr("{date}, {overdue}").format(
                date=due, overdue=overdue_text(candidate.days_overdue))
        elif candidate.planned_release == today:
            due = self.tr("{date} (today)").format(date=due)
        self.summary.setText(self.tr("{category} · planned release {due}").format(
            category=category_label(candidate.category), due=due))
        ratio = self.devicePixelRatioF()
        for key in CRITERIA_KEYS:
            holds = candidate.criteria.get(key, False)
            self._marks[key].setPixmap(mark_pixmap(holds, ratio=ratio))
            reasons = candidate.reasons_by_key.get(key, [])
            text = f"<b>{escape(criterion_wording(key))}</b>"
            if reasons:
                text += "<br><span style='color:{}'>{}</span>".format(
                    theme.ERROR, "<br>".join(escape(r) for r in reasons))
            if key == "tests_complete_negative" and candidate.notes:
                text += "<br><span style='color:{}'>{}</span>".format(
                    theme.MUTED_TEXT, "<br>".join(escape(n) for n in candidate.notes))
            self._texts[key].setText(text)
        self.destination.setText(self._destination_html(check))

    def _destination_html(self, check: DestinationRecord | None) -> str:
        if check is None:
            return "<span style='color:{}'>{}</span>".format(theme.ERROR, escape(
                self.tr("Nothing recorded yet. Record the address and the community's answer "
                        "with “Destination check…”.")))
        lines: list[tuple[str, str]] = []
        place = " ".join(part for part in (check.street, check.community) if part)
        if check.handed_to_authority:
            lines.append((self.tr("Handed to"), check.community))
        else:
            lines.append((self.tr("Address"), check.address))
            lines.append((self.tr("Community"), place))
        if check.grid_worker or check.grid_phone:
            lines.append((self.tr("Grid worker"),
                          " ".join(p for p in (check.grid_worker, check.grid_phone) if p)))
        lines.append((self.tr("Verified"), self.tr("{who}, {when}").format(
            who=check.verified_by, when=_when(check.verified_at))))
        if check.transfer_plate or check.escort:
            lines.append((self.tr("Transfer"), " · ".join(
                p for p in (check.transfer_plate, check.escort, check.escort_phone) if p)))
        if check.note:
            lines.append((self.tr("Note"), check.note))
        html = "".join(
            f"<tr><td style='color:{theme.MUTED_TEXT}; padding:1px 10px 1px 0'>"
            f"{escape(label)}</td><td>{escape(value)}</td></tr>"
            for label, value in lines
        )
        answer, colour = self._answer(check)
        told = (self.tr("Community told the release time: {who}, {when}").format(
                    who=check.notified_by, when=_when(check.notified_at))
                if check.notified_by else self.tr("Community not yet told the release time"))
        told_colour = theme.SUCCESS if check.notified_by else theme.WARNING
        return (f"<p style='margin:0 0 6px 0; color:{colour}'><b>{escape(answer)}</b></p>"
                f"<table cellspacing='0'>{html}</table>"
                f"<p style='margin:6px 0 0 0; color:{told_colour}'>{escape(told)}</p>")

    def _answer(self, check: DestinationRecord) -> tuple[str, str]:
        if check.handed_to_authority:
            return self.tr("Handed to another authority"), theme.SUCCESS
        if check.suitable is None:
            return self.tr("The community has not answered yet"), theme.WARNING
        if check.suitable:
            return self.tr("The community confirmed the home is suitable"), theme.SUCCESS
        return self.tr("The community found the home unsuitable"), theme.ERROR
