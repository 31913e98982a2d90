"""The fixed vocabularies of the site, with their codes and Chinese names."""

from enum import StrEnum


class Category(StrEnum):
    CLOSE_CONTACT = "close_contact"
    SECONDARY_CLOSE_CONTACT = "secondary_close_contact"
    INBOUND_TRAVELLER = "inbound_traveller"
    HIGH_RISK_AREA = "high_risk_area"
    OTHER = "other"


def category_code(code: str) -> str:
    """A stored category code, as the :class:`Category` member when it is a COVID-19 one
    (other policies' codes are plain text)."""
    return Category(code) if code in Category._value2member_map_ else code


CATEGORY_LABELS_ZH: dict[Category, str] = {
    Category.CLOSE_CONTACT: "密切接触者",
    Category.SECONDARY_CLOSE_CONTACT: "密接的密接",
    Category.INBOUND_TRAVELLER: "入境人员",
    Category.HIGH_RISK_AREA: "高风险区人员",
    Category.OTHER: "其他",
}

CATEGORY_LABELS_EN: dict[Category, str] = {
    Category.CLOSE_CONTACT: "close contact",
    Category.SECONDARY_CLOSE_CONTACT: "secondary close contact",
    Category.INBOUND_TRAVELLER: "inbound traveller",
    Category.HIGH_RISK_AREA: "from high-risk area",
    Category.OTHER: "other",
}


class IdType(StrEnum):
    RESIDENT_ID = "resident_id"
    PASSPORT = "passport"
    HK_MACAU_PERMIT = "hk_macau_permit"
    OTHER = "other"


ID_TYPE_LABELS_ZH: dict[IdType, str] = {
    IdType.RESIDENT_ID: "身份证",
    IdType.PASSPORT: "护照",
    IdType.HK_MACAU_PERMIT: "港澳通行证",
    IdType.OTHER: "其他",
}


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"


SEX_LABELS_ZH: dict[Sex, str] = {Sex.MALE: "男", Sex.FEMALE: "女"}


class RoomKind(StrEnum):
    SINGLE = "single"
    DOUBLE = "double"
    FAMILY = "family"


class RoomState(StrEnum):
    AVAILABLE = "available"
    RESERVED = "reserved"
    OCCUPIED = "occupied"
    AWAITING_DISINFECTION = "awaiting_disinfection"
    OUT_OF_SERVICE = "out_of_service"


class StayStatus(StrEnum):
    EXPECTED = "expected"
    IN_QUARANTINE = "in_quarantine"
    RELEASED = "released"
    TRANSFERRED_OUT = "transferred_out"
    CANCELLED = "cancelled"


class TestKind(StrEnum):
    __test__ = False  # not a pytest class
    PCR = "pcr"
    ANTIGEN = "antigen"


class TestResult(StrEnum):
    __test__ = False
    PENDING = "pending"
    NEGATIVE = "negative"
    POSITIVE = "positive"
    INVALID = "invalid"


class AlertKind(StrEnum):
    FEVER = "fever"
    POSITIVE = "positive"
    SYMPTOM = "symptom"


class AlertStatus(StrEnum):
    OPEN = "open"
    ESCALATED = "escalated"
    RESOLVED = "resolved"

    @property
    def is_active(self) -> bool:
        return self is not AlertStatus.RESOLVED


class Role(StrEnum):
    LIAISON = "liaison"
    MEDICAL = "medical"
    MANAGER = "manager"


class HomeKind(StrEnum):
    """What follows the centralized stay."""

    NONE = "none"
    HEALTH_MONITORING = "health_monitoring"
    ISOLATION = "isolation"
