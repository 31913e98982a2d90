"""Release day on the command line: ``destination``, ``release-list``, ``release``,
``handover`` and the daily ``report`` for the command centre (DESIGN.md §5)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from pathlib import Path

from quarantine_desk.cli.context import CliContext
from quarantine_desk.documents.handover import (
    write_handover,
    write_handover_folder,
)
from quarantine_desk.documents.handover_batch import write_handover_batch
from quarantine_desk.documents.release_list import write_release_list_pdf, write_release_list_xlsx
from quarantine_desk.domain.enums import StayStatus
from quarantine_desk.domain.parsing import parse_date, parse_datetime
from quarantine_desk.domain.text import translate
from quarantine_desk.services import daily_report, destinations, paperwork, policies, stays
from quarantine_desk.services import release as release_service
from quarantine_desk.services.errors import NotFound, ValidationFailed


def _tr(text: str) -> str:
    return translate("cli", text)


def register(sub: argparse._SubParsersAction) -> None:
    _register_destination(sub)
    listing = sub.add_parser("release-list", help="stays due for release, with the criteria")
    _add_moment(listing)
    listing.add_argument("--batch", help="only this transfer batch (PDF and spreadsheet)")
    output = listing.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true")
    output.add_argument("--pdf", metavar="OUT", help="write the signed list as a PDF")
    output.add_argument("--xlsx", metavar="OUT", help="write the list as a spreadsheet")
    _add_force(listing)
    listing.set_defaults(func=_release_list)

    release = sub.add_parser("release", help="release eligible stays (manager)")
    release.add_argument("id_numbers", nargs="+", metavar="ID_NUMBER")
    _add_moment(release)
    release.add_argument("--at", dest="as_of", metavar="DATETIME",
                         help="the moment the release took effect, for one recorded afterwards "
                         "(a power cut, paperwork caught up next morning); the criteria are "
                         "evaluated as of it (default: now)")
    release.add_argument("--json", action="store_true")
    release.set_defaults(func=_release)

    handover = sub.add_parser("handover", help="handover form PDF(s)")
    handover.add_argument("id_numbers", nargs="+", metavar="ID_NUMBER")
    handover.add_argument("--out", required=True, metavar="PATH",
                          help="a file for one person; a folder, or one combined .pdf, "
                          "for several")
    handover.add_argument("--as-of", metavar="T", help="time printed on drafts (default: now)")
    _add_force(handover)
    handover.set_defaults(func=_handover)

    report = sub.add_parser("report", help="the daily figures for the command centre")
    report.add_argument("--date", metavar="D", help="the day reported (default: today)")
    report.add_argument("--as-of", metavar="T",
                        help="the moment of the figures (default: now, or the end of a past D)")
    report.add_argument("--json", action="store_true")
    report.set_defaults(func=_report)


def _register_destination(sub: argparse._SubParsersAction) -> None:
    dest = sub.add_parser("destination", help="record the destination check of a guest")
    dest.add_argument("id_number", metavar="ID_NUMBER")
    dest.add_argument("--address", default="", help="the home address")
    dest.add_argument("--community", required=True, help="the receiving community")
    dest.add_argument("--verified-by", required=True, metavar="NAME",
                      help="who verified the home (community worker)")
    dest.add_argument("--street", default="")
    answer = dest.add_mutually_exclusive_group()
    answer.add_argument("--unsuitable", action="store_true",
                        help="the community found the home unsuitable")
    answer.add_argument("--pending", action="store_true",
                        help="the community has not answered yet")
    dest.add_argument("--handed-to-authority", action="store_true",
                      help="handed to another authority instead of going home")
    dest.add_argument("--grid-worker", default="")
    dest.add_argument("--grid-phone", default="")
    dest.add_argument("--plate", default="", help="point-to-point vehicle plate")
    dest.add_argument("--escort", default="")
    dest.add_argument("--escort-phone", default="")
    dest.add_argument("--note", default="")
    dest.add_argument("--verified-at", metavar="T", help="when it was verified (default: now)")
    dest.add_argument("--notified-by", metavar="NAME",
                      help="also record who at the street/community was told the release time")
    dest.add_argument("--notified-at", metavar="T")
    dest.add_argument("--as-of", metavar="T", help="the moment recorded (default: now)")
    dest.add_argument("--json", action="store_true")
    dest.set_defaults(func=_destination)


def _add_moment(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--date", metavar="D", help="release date (default: the day of T)")
    parser.add_argument("--as-of", metavar="T", help="evaluate as of this moment (default: now)")


def _add_force(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--force", action="store_true",
                        help="replace an output file that exists already")


@contextmanager
def _writing(path: str | Path) -> Iterator[None]:
    """Say in one line why a paper could not be written where it was asked for."""
    target = Path(path)
    try:
        yield
    except FileExistsError as error:
        raise ValidationFailed(_tr("{path} exists: add --force to replace it").format(
            path=error.filename or target)) from None
    except IsADirectoryError:
        raise ValidationFailed(_tr("cannot write {path}: it is a folder, give a file name")
                               .format(path=target)) from None
    except FileNotFoundError:
        raise ValidationFailed(_tr("cannot write {path}: the folder {folder} does not exist")
                               .format(path=target, folder=target.parent)) from None
    except PermissionError:
        raise ValidationFailed(_tr("cannot write {path}: no permission to write in {folder}")
                               .format(path=target, folder=target.parent)) from None
    except OSError as error:
        raise ValidationFailed(_tr("cannot write {path}: {reason}").format(
            path=target, reason=error.strerror or error)) from None


def _now(args: argparse.Namespace) -> datetime:
    if args.as_of:
        return parse_datetime(args.as_of)
    return datetime.now().replace(microsecond=0)


def _day(args: argparse.Namespace, now: datetime) -> date:
    return parse_date(args.date) if args.date else now.date()


def _optional_time(value: str | None) -> datetime | None:
    return parse_datetime(value) if value else None


# --- destination ---------------------------------------------------------------------------


def _destination(args: argparse.Namespace, ctx: CliContext) -> int:
    actor = ctx.actor
    now = _now(args)
    suitable = None if args.pending else not args.unsuitable
    with ctx.write() as session:
        stay = stays.active_stay_details(session, args.id_number)
        row = destinations.record_destination(
            session, actor, stay.id or 0, address=args.address, community=args.community,
            verified_by=args.verified_by, suitable=suitable, street=args.street,
            grid_worker=args.grid_worker, grid_phone=args.grid_phone,
            handed_to_authority=args.handed_to_authority, transfer_plate=args.plate,
            escort=args.escort, escort_phone=args.escort_phone, note=args.note,
            verified_at=_optional_time(args.verified_at), now=now,
        )
        if args.notified_by:
            row = destinations.record_notification(
                session, actor, stay.id or 0, args.notified_by,
                _optional_time(args.notified_at), now=now)
        name = stays.guest_details(session, stay.id or 0).full_name
        result = {"stay_id": stay.id, "name": name, "address": row.address,
                  "street": row.street, "community": row.community,
                  "verified_by": row.verified_by, "verified_at": row.verified_at,
                  "suitable": row.suitable, "handed_to_authority": row.handed_to_authority,
                  "notified_by": row.notified_by, "notified_at": row.notified_at}
    return ctx.answer(args.json, result,
                      _tr("destination of {name} recorded: {community} {address}").format(
                          name=name, community=row.community, address=row.address).rstrip())


# --- release list --------------------------------------------------------------------------


def _release_list(args: argparse.Namespace, ctx: CliContext) -> int:
    now = _now(args)
    on = _day(args, now)
    with ctx.read() as session:
        if args.pdf or args.xlsx:
            data = paperwork.release_list_data(session, on, now, batch=args.batch)
        else:
            candidates = release_service.release_candidates(session, on, now)
    if args.pdf or args.xlsx:
        writer = write_release_list_pdf if args.pdf else write_release_list_xlsx
        with _writing(args.pdf or args.xlsx):
            written = writer(args.pdf or args.xlsx, data, replace=args.force)
        ctx.print(str(written))
    elif args.json:
        ctx.print_json([release_service.candidate_json(c) for c in candidates])
    else:
        _print_table(ctx, on, candidates)
    return 0


def _print_table(ctx: CliContext, on: date,
                 candidates: list[release_service.ReleaseCandidate]) -> None:
    eligible = sum(c.eligible for c in candidates)
    ctx.print(_tr("release list for {date}: {n} due, {ok} eligible").format(
        date=on.isoformat(), n=len(candidates), ok=eligible))
    for c in candidates:
        status = _tr("eligible") if c.eligible else "; ".join(c.reasons)
        overdue = _tr(" ({n} day(s) overdue)").format(n=c.days_overdue) if c.days_overdue \
            else ""
        ctx.print(f"{c.room:<6} {c.name:<8} {c.id_number_masked:<20} "
                  f"{policies.category_label(c.category, 'zh'):<8} "
                  f"{c.planned_release.isoformat()}{overdue}  {status}")


# --- release -------------------------------------------------------------------------------


def _release(args: argparse.Namespace, ctx: CliContext) -> int:
    now = _now(args)
    if now > datetime.now():
        raise ValidationFailed(_tr("cannot record a release at {when}: that moment has not "
                                   "come yet").format(when=now.strftime("%Y-%m-%d %H:%M")))
    on = _day(args, now)
    actor = ctx.actor
    unknown: list[dict[str, object]] = []
    with ctx.write() as session:
        ids: list[int] = []
        for number in args.id_numbers:
            try:
                ids.append(release_service.stay_to_release(session, number).id or 0)
            except NotFound as exc:
                unknown.append({"id_number": number, "reasons": [str(exc)]})
        if ids:
            outcome = release_service.release(
                session, actor, ids, on, now=now,
                recorded_at=datetime.now().replace(microsecond=0) if args.as_of else None)
        else:
            outcome = release_service.ReleaseOutcome()
    released = [{"stay_id": r.stay_id, "name": r.name, "id_number_masked": r.id_number_masked,
                 "room": r.room, "serial": r.serial} for r in outcome.released]
    refused = unknown + [{"stay_id": r.stay_id, "name": r.name,
                          "id_number_masked": r.id_number_masked, "reasons": r.reasons}
                         for r in outcome.refused]
    if args.json:
        ctx.print_json({"released": released, "refused": refused})
    else:
        for item in released:
            ctx.print(_tr("released {name} ({id}), room {room}, serial {serial}").format(
                name=item["name"], id=item["id_number_masked"], room=item["room"],
                serial=item["serial"]))
    for item in refused:
        who = item.get("name") or item.get("id_number")
        masked = item.get("id_number_masked")
        label = f"{who} ({masked})" if masked else str(who)
        reasons = "; ".join(str(r) for r in item["reasons"])  # type: ignore[attr-defined]
        print(_tr("quarantine-desk: not released: {who}: {reasons}").format(
            who=label, reasons=reasons), file=sys.stderr)
    return 1 if refused else 0


# --- handover forms ------------------------------------------------------------------------


def _handover(args: argparse.Namespace, ctx: CliContext) -> int:
    now = _now(args)
    with ctx.read() as session:
        found = [paperwork.handover_stay(session, number) for number in args.id_numbers]
        chosen = list({s.id: s for s in found}.values())  # each person once, in order
        forms = paperwork.handover_data_many(session, [s.id or 0 for s in chosen], now)
        drafts = [stays.guest_details(session, s.id or 0).full_name for s in chosen
                  if s.status != StayStatus.RELEASED.value]
    out = Path(args.out)
    with _writing(out):
        if len(forms) == 1 and not out.is_dir():
            written = [write_handover(out, forms[0], replace=args.force)]
        elif out.suffix.lower() == ".pdf":
            written = [write_handover_batch(out, forms, replace=args.force)]
        elif out.exists() and not out.is_dir():
            raise ValidationFailed(_tr("{path} is a file: give a folder or a .pdf for several "
                                       "forms").format(path=out))
        else:
            written = write_handover_folder(out, forms, replace=args.force)
    for path in written:
        ctx.print(str(path))
    if drafts:
        ctx.print(_tr("draft (not released yet): {names}").format(names=", ".join(drafts)))
    return 0


# --- daily report --------------------------------------------------------------------------


def _report(args: argparse.Namespace, ctx: CliContext) -> int:
    today = datetime.now().replace(microsecond=0)
    on = parse_date(args.date) if args.date else None
    if args.as_of:
        now = parse_datetime(args.as_of)
    elif on is not None and on < today.date():
        now = datetime.combine(on, time(23, 59, 59))  # a past day: its figures at its end
    else:
        now = today
    on = on or now.date()
    with ctx.read() as session:
        report = daily_report.daily_report(session, on, now)
    if args.json:
        ctx.print_json(report.to_json())
    else:
        ctx.print(report.text)
    return 0
