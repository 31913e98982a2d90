"""Plain, frozen input of the documents: what a service gathers, what a PDF shows.

The documents layer knows no database: a service fills these records (labels already in the
words the form should show) and the writers only lay them out. They live in the domain so
that both can import them without the services depending on the documents or the documents
on the services. Sequences given as lists are stored as tuples so a record cannot change after
it was checksummed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date, datetime

from quarantine_desk.domain.criteria import CRITERIA_KEYS
from quarantine_desk.domain.enums import HomeKind
from quarantine_desk.domain.paper_language import LANGUAGES


def _freeze_sequences(record: object) -> None:
    """Turn list fields of a frozen dataclass into tuples."""
    for f in fields(record):  # type: ignore[arg-type]
        value = getattr(record, f.name)
        if isinstance(value, list):
            object.__setattr__(record, f.name, tuple(value))


@dataclass(frozen=True)
class SiteInfo:
    name: str
    phone: str
    address: str


@dataclass(frozen=True)
class PersonInfo:
    full_name: str
    sex_label: str
    id_type_label: str
    id_number: str  # the full number: the receiving community needs it
    phone: str
    home_address: str
    work_unit: str = ""


@dataclass(frozen=True)
class StayInfo:
    category_label: str
    basis_date: date
    arrival: datetime
    release_date: date
    room: str
    observation_from: date
    observation_to: date


@dataclass(frozen=True)
class TestLine:
    __test__ = False  # not a pytest class
    sampled_at: datetime
    kind_label: str
    result_label: str
    sample_no: str = ""


@dataclass(frozen=True)
class ReadingLine:
    taken_at: datetime
    celsius: float


@dataclass(frozen=True)
class TemperatureSummary:
    last_readings: tuple[ReadingLine, ...] = ()
    maximum: ReadingLine | None = None
    count: int = 0

    def __post_init__(self) -> None:
        _freeze_sequences(self)


@dataclass(frozen=True)
class HealthNotes:
    conditions: tuple[str, ...] = ()
    medication: str = ""
    key_person_flags: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _freeze_sequences(self)


@dataclass(frozen=True)
class HomeTest:
    """A test due at home: its date and the policy's name for the day ("居家第3天")."""

    on: date
    label: str = ""


@dataclass(frozen=True)
class NextSteps:
    """What follows the centralized stay, as the policy of the stay states it."""

    site_phone: str
    home_kind_label: str | None = None  # None: nothing follows at home
    home_from: date | None = None
    home_to: date | None = None
    duties: tuple[str, ...] = ()
    home_tests: tuple[HomeTest, ...] = ()
    #: What follows at home (the form's title says it); when not given, home health
    #: monitoring if a home period is named, else nothing.
    home_kind: HomeKind | None = None
    #: The policy's name of the home tests' kind ("核酸", "抗原"); "" leaves it unsaid.
    home_test_kind_label: str = ""

    def __post_init__(self) -> None:
        _freeze_sequences(self)
        if self.home_kind is None:
            kind = HomeKind.HEALTH_MONITORING if self.home_kind_label else HomeKind.NONE
        else:
            kind = HomeKind(self.home_kind)
        object.__setattr__(self, "home_kind", kind)


@dataclass(frozen=True)
class DestinationInfo:
    address: str = ""
    street: str = ""
    community: str = ""
    grid_worker: str = ""
    grid_phone: str = ""
    verified_by: str = ""
    verified_at: datetime | None = None
    suitable: bool | None = None  # None: the community has not answered


@dataclass(frozen=True)
class TransferInfo:
    vehicle_plate: str = ""
    escort: str = ""
    escort_phone: str = ""


@dataclass(frozen=True)
class HandoverData:
    """Everything one handover form shows about one person and one release."""

    site: SiteInfo
    serial: str  # one per person and release, never reused
    person: PersonInfo
    stay: StayInfo
    next_steps: NextSteps
    tests: tuple[TestLine, ...] = ()
    temperatures: TemperatureSummary = field(default_factory=TemperatureSummary)
    health: HealthNotes = field(default_factory=HealthNotes)
    destination: DestinationInfo = field(default_factory=DestinationInfo)
    transfer: TransferInfo = field(default_factory=TransferInfo)
    inbound_note: str = ""  # inbound travellers: details sent to the destination province
    language: str = "zh"  # "en": English labels beside the Chinese ones
    #: The symptoms the notice asks to report besides fever, as the stay's policy names them
    #: (Chinese, English); none given: fever alone.
    symptoms_zh: tuple[str, ...] = ()
    symptoms_en: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _freeze_sequences(self)
        if self.language not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}, not {self.language!r}")
        if not self.serial or "|" in self.serial:
            raise ValueError(f"serial number must be non-empty without '|': {self.serial!r}")


@dataclass(frozen=True)
class ReleaseRow:
    """One stay on the release list; the ID number is masked before it gets here."""

    room: str
    name: str
    id_number_masked: str
    category_label: str
    community: str
    street: str
    eligible: bool
    criteria: Mapping[str, bool]
    reasons: tuple[str, ...] = ()
    inbound_province: str = ""  # inbound travellers: the province their details went to
    released_serial: str = ""  # already released that day: the handover form's serial

    def __post_init__(self) -> None:
        _freeze_sequences(self)
        missing = [key for key in CRITERIA_KEYS if key not in self.criteria]
        if missing:
            raise ValueError(f"release row of {self.name} lacks criteria {missing}")


@dataclass(frozen=True)
class ReleaseListData:
    release_date: date
    site_name: str
    printed_at: datetime
    rows: tuple[ReleaseRow, ...] = ()
    batch: str | None = None
    #: The test whose negative result the tests column marks, as the stays' policies name it
    #: (its heading is this and 阴性: 核酸阴性).
    final_test_label: str = "核酸"

    def __post_init__(self) -> None:
        _freeze_sequences(self)


@dataclass(frozen=True)
class SheetRow:
    """One guest to sample on the collection sheet. Labels are already in the words the sheet
    should show."""

    floor: int
    room: str
    name: str
    test_label: str  # which test is due: day N, admission, extra
    kind_label: str  # the test kind as the stay's policy names it (核酸, 抗原)
    note: str = ""  # why an extra test was scheduled
    sample_no: str = ""  # the tube number, when the sample is already recorded
    sampled: bool = False


@dataclass(frozen=True)
class CollectionSheetData:
    site_name: str
    on: date
    rows: tuple[SheetRow, ...]  # in walking order (floor, room)
    printed_at: datetime

    def __post_init__(self) -> None:
        object.__setattr__(self, "rows", tuple(self.rows))  # fixed once made

    @property
    def sampled(self) -> int:
        return sum(row.sampled for row in self.rows)
