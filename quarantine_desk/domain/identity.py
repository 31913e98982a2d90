"""Identity documents: GB 11643 resident-ID check digit, what the number tells, masking."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from quarantine_desk.domain.enums import IdType, Sex
from quarantine_desk.domain.parsing import remove_invisible
from quarantine_desk.domain.text import translate

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
_RESIDENT_ID = re.compile(r"^\d{17}[\dX]$")
#: What a resident ID typed one digit short or long looks like (the 15-digit one is the old form).
_RESIDENT_ID_LIKE = re.compile(r"^\d{14,18}[\dX]$")
_OLD_RESIDENT_ID_LENGTH = 15


class InvalidIdNumber(ValueError):
    """The number cannot be a valid document number; the message says why."""


def normalise_id_number(raw: str) -> str:
    """Full-width to ASCII, spaces and invisible characters (a bidi mark pasted with the
    number) removed, ``x`` to ``X``."""
    text = unicodedata.normalize("NFKC", remove_invisible(raw or ""))
    return re.sub(r"\s+", "", text).upper()


def resident_id_check_char(first17: str) -> str:
    """The GB 11643 check character for the first 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def looks_like_resident_id(number: str) -> bool:
    return bool(_RESIDENT_ID.match(number))


def validate_resident_id(number: str) -> str:
    """Return the normalised number, or raise :class:`InvalidIdNumber` with the reason."""
    number = normalise_id_number(number)
    if len(number) == _OLD_RESIDENT_ID_LENGTH:
        raise InvalidIdNumber(
            translate("identity", "old 15-digit resident ID: enter the 18-digit number")
        )
    if len(number) != 18:
        raise InvalidIdNumber(
            translate(
                "identity", "resident ID must have 18 characters, not {n}: check the number"
            ).format(n=len(number))
        )
    if not _RESIDENT_ID.match(number):
        raise InvalidIdNumber(
            translate("identity", "resident ID must be 17 digits followed by a digit or X")
        )
    expected = resident_id_check_char(number[:17])
    if number[17] != expected:
        raise InvalidIdNumber(
            translate(
                "identity", "resident ID check digit is {got}, should be {want}: check the number"
            ).format(got=number[17], want=expected)
        )
    birth_from_resident_id(number)
    return number


def birth_from_resident_id(number: str) -> date:
    try:
        return date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError as exc:
        raise InvalidIdNumber(
            translate("identity", "resident ID holds no valid birth date ({digits})").format(
                digits=number[6:14]
            )
        ) from exc


def sex_from_resident_id(number: str) -> Sex:
    return Sex.MALE if int(number[16]) % 2 == 1 else Sex.FEMALE


def infer_id_type(number: str) -> IdType:
    """The document type when a list leaves it out (no column, or an empty cell).

    15 to 19 digits (the last may be X) is a resident ID, to be validated as one: a number a
    digit short or long, or in the old 15-digit form, is then refused with its reason rather
    than taken silently as some other document.
    """
    number = normalise_id_number(number)
    if _RESIDENT_ID_LIKE.match(number):
        return IdType.RESIDENT_ID
    if re.match(r"^[HM]\d{8,10}$", number):
        return IdType.HK_MACAU_PERMIT
    if re.match(r"^[A-Z]{1,2}\d{6,9}$", number):
        return IdType.PASSPORT
    return IdType.OTHER


def validate_id_number(id_type: IdType, raw: str) -> str:
    """Normalise and check a document number of any type."""
    number = normalise_id_number(raw)
    if not number:
        raise InvalidIdNumber(translate("identity", "ID number is missing"))
    if id_type is IdType.RESIDENT_ID:
        return validate_resident_id(number)
    if not re.match(r"^[A-Z0-9]{5,20}$", number):
        raise InvalidIdNumber(
            translate("identity", "document number must be 5 to 20 letters or digits")
        )
    return number


def mask_id_number(number: str) -> str:
    """Keep the first 6 and last 4 characters, star the rest (lists that leave the site)."""
    if len(number) <= 4:  # too short to show any part of it
        return "*" * len(number)
    if len(number) <= 10:
        return number[:2] + "*" * (len(number) - 4) + number[-2:]
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def age_on(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
