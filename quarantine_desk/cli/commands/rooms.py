"""``rooms add|list|set-state|disinfected``: keep the room board true from the console."""

from __future__ import annotations

import argparse

from quarantine_desk.cli.context import CliContext
from quarantine_desk.domain.enums import RoomKind, RoomState
from quarantine_desk.domain.text import translate
from quarantine_desk.services import rooms as room_service
from quarantine_desk.services.records import RoomRecord

#: States a person may set by hand; occupied and awaiting disinfection follow check-in/release.
_SETTABLE = (RoomState.AVAILABLE, RoomState.RESERVED, RoomState.OUT_OF_SERVICE)


def _tr(text: str) -> str:
    return translate("cli", text)


def register(sub: argparse._SubParsersAction) -> None:
    rooms = sub.add_parser("rooms", help="rooms of the site")
    actions = rooms.add_subparsers(dest="rooms_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add rooms: 301 or ranges 301-320; "
                             "floor = number // 100 unless --floor")
    add.add_argument("specs", nargs="+", metavar="SPEC")
    add.add_argument("--kind", choices=[k.value for k in RoomKind], default=RoomKind.SINGLE.value)
    add.add_argument("--capacity", type=int,
                     help="beds per room (default: 1 single, 2 double, 3 family)")
    add.add_argument("--floor", type=int, help="floor of every room named")
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=_add)

    listing = actions.add_parser("list", help="every room with its floor, kind and state")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=_list)

    state = actions.add_parser("set-state", help="reserve a room, take it out of service or "
                               "return it to service")
    state.add_argument("number", metavar="NUMBER")
    state.add_argument("state", choices=[s.value for s in _SETTABLE])
    state.add_argument("--note", default="", help="why (kept on the room)")
    state.add_argument("--json", action="store_true")
    state.set_defaults(func=_set_state)

    done = actions.add_parser("disinfected", help="terminal disinfection done: the room is "
                              "available again")
    done.add_argument("number", metavar="NUMBER")
    done.add_argument("--json", action="store_true")
    done.set_defaults(func=_disinfected)


def _as_dict(room: RoomRecord) -> dict[str, object]:
    return {"number": room.number, "floor": room.floor, "kind": room.kind,
            "capacity": room.capacity, "state": room.state, "note": room.note}


def _add(args: argparse.Namespace, ctx: CliContext) -> int:
    actor = ctx.actor
    with ctx.write() as session:
        added = room_service.add_rooms(session, actor, args.specs, kind=RoomKind(args.kind),
                                       capacity=args.capacity, floor=args.floor)
        numbers = [room.number for room in added]
        floors = sorted({room.floor for room in added})
    if args.json:
        ctx.print_json({"added": len(numbers), "rooms": numbers})
    else:
        ctx.print(_tr("added {n} {kind} room(s) on floor(s) {floors}: {first} … {last}").format(
            n=len(numbers), kind=args.kind, floors=", ".join(map(str, floors)),
            first=numbers[0], last=numbers[-1]))
    return 0


def _list(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.read() as session:
        rows = [_as_dict(room) for room in room_service.room_records(session)]
    if args.json:
        ctx.print_json(rows)
        return 0
    for row in rows:
        note = f"  {row['note']}" if row["note"] else ""
        ctx.print(f"{row['number']:<8} {_tr('floor')} {row['floor']:<3} {row['kind']:<7} "
                  f"{row['capacity']}  {row['state']}{note}")
    return 0


def _set_state(args: argparse.Namespace, ctx: CliContext) -> int:
    actor = ctx.actor
    with ctx.write() as session:
        room = _as_dict(room_service.set_state(session, actor, args.number,
                                               RoomState(args.state), note=args.note))
    return _print_room(args, ctx, room)


def _disinfected(args: argparse.Namespace, ctx: CliContext) -> int:
    actor = ctx.actor
    with ctx.write() as session:
        room = _as_dict(room_service.mark_disinfected(session, actor, args.number))
    return _print_room(args, ctx, room)


def _print_room(args: argparse.Namespace, ctx: CliContext, room: dict[str, object]) -> int:
    return ctx.answer(args.json, room,
                      _tr("room {number} is now {state}").format(number=room["number"],
                                                                 state=room["state"]))
