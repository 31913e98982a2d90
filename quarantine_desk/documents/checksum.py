"""The handover form's checksum and QR payload, so a community can tell an edited form.

The checksum is the first 16 hex digits of SHA-256 over a canonical JSON of the form's data
(keys sorted, compact separators, dates in ISO form). Anyone holding the same record — the site,
or a verifier with the site's data — recomputes it and compares it with the one in the QR code.

QR payload format, version 1: ``QD1|<serial>|<checksum>``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import date

from quarantine_desk.domain.paper_records import HandoverData

PAYLOAD_PREFIX = "QD1"
CHECKSUM_LENGTH = 16


def _json_default(value: object) -> str:
    if isinstance(value, date):  # datetimes too
        return value.isoformat()
    raise TypeError(f"cannot put {type(value).__name__} in a form checksum")


def canonical_json(data: HandoverData) -> str:
    """The form's data as one deterministic JSON text."""
    return json.dumps(
        dataclasses.asdict(data),
        default=_json_default,
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )


def form_checksum(data: HandoverData) -> str:
    """First 16 hex digits of SHA-256 over the canonical JSON of the form's data."""
    digest = hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()
    return digest[:CHECKSUM_LENGTH]


def qr_payload(data: HandoverData, checksum: str | None = None) -> str:
    """What the form's QR code carries: ``QD1|<serial>|<checksum>`` (pass the checksum when it
    is already known, to save computing it again)."""
    return f"{PAYLOAD_PREFIX}|{data.serial}|{checksum or form_checksum(data)}"
