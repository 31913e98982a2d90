"""Extract, merge and compile Quarantine Desk's translations with one command.

    .venv/bin/python tools/i18n.py            # extract, merge into the .ts, compile the .qm
    .venv/bin/python tools/i18n.py --check    # only list source strings missing from the .ts

Two extractors feed one catalogue, because the code marks text in two ways:

* ``pyside6-lupdate`` reads ``self.tr``/``QCoreApplication.translate``/``QT_TRANSLATE_NOOP``
  in ``quarantine_desk/ui`` and ``quarantine_desk/cli``, as Qt Linguist users expect;
* an ``ast`` walk over the whole package finds what lupdate cannot see: the Qt-free
  ``domain.text.translate(ctx, text)``, module wrappers such as
  ``def _tr(text): return translate("criteria", text)`` with their ``_tr("literal")`` calls,
  contexts held in module constants (``CONTEXT = "..."``), texts picked from a module-level
  table (``translate(ctx, _NAMES[key])``), and ``self.tr`` text written in a base class, which
  PySide6 looks up under the name of the object's own (sub)class at run time.

The merge keeps every translation already made, adds new strings as unfinished, and marks
strings that left the code ``vanished`` (Linguist shows them as obsolete; lrelease skips them),
so their translation is kept for when the text comes back. ``pyside6-lrelease`` then compiles
the finished translations into the ``.qm`` the application loads.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import string
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quarantine_desk.domain.enums import AlertKind, StayStatus  # noqa: E402

PACKAGE = ROOT / "quarantine_desk"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)
LUPDATE_DIRS = (PACKAGE / "ui", PACKAGE / "cli")
BIN = Path(sys.executable).parent

#: Functions taking ``(context, text[, disambiguation])``, called bare or as an attribute.
TRANSLATE_FUNCTIONS = frozenset({"translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"})

Key = tuple[str, str, str]  # (context, source, disambiguation)

#: Contexts whose text is a stored code translated at run time (``translate("stays",
#: stay.status)``): every value the code can take is a message of that context.
CODE_CONTEXTS: dict[str, tuple[str, ...]] = {
    "alerts": tuple(kind.value for kind in AlertKind),
    "stays": tuple(status.value for status in StayStatus),
}


@dataclass
class Message:
    """One source text in one context, with where it is written."""

    context: str
    source: str
    comment: str = ""
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)


@dataclass
class Entry:
    """One message of a ``.ts`` file: its translation and state."""

    context: str
    source: str
    comment: str = ""
    translation: str = ""
    state: str = "unfinished"  # "", "unfinished", "vanished" or "obsolete"
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)

    @property
    def finished(self) -> bool:
        return self.state == "" and bool(self.translation)

    @property
    def current(self) -> bool:
        return self.state not in ("vanished", "obsolete")


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"quarantine_desk_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"quarantine_desk_{language}.qm"


# --- extraction with ast ------------------------------------------------------------------


def _literal(node: ast.AST | None) -> str | None:
    """The string a node always evaluates to (literals and ``+`` of literals), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _callee(node: ast.Call) -> str:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return ""


class _Module:
    """What one module defines at its top level: string constants, tables, wrappers."""

    def __init__(self, tree: ast.Module) -> None:
        self.strings: dict[str, str] = {}
        self.tables: dict[str, ast.expr] = {}
        self.wrappers: dict[str, str] = {}
        for node in tree.body:
            targets: list[ast.expr] = []
            value: ast.expr | None = None
            if isinstance(node, ast.Assign):
                targets, value = node.targets, node.value
            elif isinstance(node, ast.AnnAssign):
                targets, value = [node.target], node.value
            for target in targets:
                if isinstance(target, ast.Name) and value is not None:
                    self._constant(target.id, value)
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                context = self._wrapped_context(node)
                if context is not None:
                    self.wrappers[node.name] = context

    def _constant(self, name: str, value: ast.expr) -> None:
        text = _literal(value)
        if text is not None:
            self.strings[name] = text
        elif _table_texts(value):
            self.tables[name] = value

    def context_of(self, node: ast.AST) -> str | None:
        text = _literal(node)
        if text is None and isinstance(node, ast.Name):
            text = self.strings.get(node.id)
        return text

    def _wrapped_context(self, node: ast.FunctionDef) -> str | None:
        """``def NAME(text): return translate(CTX, text)`` gives CTX, anything else None."""
        body = node.body
        if body and isinstance(body[0], ast.Expr) and _literal(body[0].value) is not None:
            body = body[1:]  # docstring
        params = [a.arg for a in node.args.args]
        if len(body) != 1 or not isinstance(body[0], ast.Return) or len(params) != 1:
            return None
        call = body[0].value
        if not isinstance(call, ast.Call) or _callee(call) not in TRANSLATE_FUNCTIONS:
            return None
        if len(call.args) != 2 or not isinstance(call.args[1], ast.Name):
            return None
        if call.args[1].id != params[0]:
            return None
        return self.context_of(call.args[0])


def _items(node: ast.expr) -> list[ast.expr]:
    """The entries of a literal table: a dict's values, a tuple's, list's or set's elements."""
    if isinstance(node, ast.Dict):
        return [v for v in node.values if v is not None]
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return list(node.elts)
    return []


def _table_texts(node: ast.expr) -> list[str]:
    """Every text of a (nested) literal table, including ``QT_TRANSLATE_NOOP(ctx, text)``."""
    text = _literal(node)
    if text is not None:
        return [text]
    if isinstance(node, ast.Call) and _callee(node) in TRANSLATE_FUNCTIONS and len(node.args) > 1:
        return _table_texts(node.args[1])
    return [t for item in _items(node) for t in _table_texts(item)]


@dataclass
class AstScan:
    """Messages found by the ast walk, class ancestry, and calls whose text is not literal."""

    messages: dict[Key, Message] = field(default_factory=dict)
    class_bases: dict[str, set[str]] = field(default_factory=dict)
    class_messages: list[Message] = field(default_factory=list)
    dynamic: list[tuple[str, int, str]] = field(default_factory=list)
    tables: dict[str, ast.expr] = field(default_factory=dict)  # every module's, by name

    def add(self, message: Message) -> None:
        known = self.messages.setdefault(message.key, Message(*message.key))
        known.locations.extend(message.locations)


class _Visitor(ast.NodeVisitor):
    def __init__(self, module: _Module, relpath: str, scan: AstScan) -> None:
        self.module = module
        self.relpath = relpath
        self.scan = scan
        self.classes: list[str] = []
        self.functions: list[str] = []
        self.loop_vars: list[dict[str, list[ast.expr]]] = [{}]
        self.annotations: list[dict[str, str]] = [{}]

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        bases = {b.id if isinstance(b, ast.Name) else b.attr
                 for b in node.bases if isinstance(b, ast.Name | ast.Attribute)}
        self.scan.class_bases.setdefault(node.name, set()).update(bases)
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.functions.append(node.name)
        self.loop_vars.append({})
        self.annotations.append({
            a.arg: a.annotation.id if isinstance(a.annotation, ast.Name) else a.annotation.attr
            for a in node.args.args if isinstance(a.annotation, ast.Name | ast.Attribute)
        })
        self.generic_visit(node)
        self.annotations.pop()
        self.loop_vars.pop()
        self.functions.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_For(self, node: ast.For) -> None:
        self._bind(node.target, node.iter)
        self.generic_visit(node)

    def _visit_comprehension(self, node: ast.ListComp | ast.SetComp | ast.GeneratorExp
                             | ast.DictComp) -> None:
        """Bind the ``for`` clauses before the element that uses their names is visited."""
        for generator in node.generators:
            self._bind(generator.target, generator.iter)
        for generator in node.generators:
            self.visit(generator)
        for child in (getattr(node, "elt", None), getattr(node, "key", None),
                      getattr(node, "value", None)):
            if child is not None:
                self.visit(child)

    visit_ListComp = visit_SetComp = visit_GeneratorExp = _visit_comprehension
    visit_DictComp = _visit_comprehension

    def visit_Call(self, node: ast.Call) -> None:
        self._call(node)
        self.generic_visit(node)

    def _table(self, node: ast.AST) -> ast.expr | None:
        """The literal table a name (or ``NAME[key]``, ``NAME[key][i]``) refers to."""
        while isinstance(node, ast.Subscript | ast.Attribute):
            node = node.value
        if not isinstance(node, ast.Name):
            return None
        return self.module.tables.get(node.id) or self.scan.tables.get(node.id)

    def _bind(self, target: ast.expr, iterable: ast.expr) -> None:
        """``for label in TABLE`` / ``for key, label in TABLE``: the loop names range over it."""
        table = self._table(iterable)
        if table is None:
            return
        if isinstance(iterable, ast.Name) and isinstance(target, ast.Tuple):
            rows = _items(table)
            for i, element in enumerate(target.elts):
                if isinstance(element, ast.Name):
                    self.loop_vars[-1][element.id] = [
                        r.elts[i] for r in rows if isinstance(r, ast.Tuple) and len(r.elts) > i
                    ]
        elif isinstance(target, ast.Name):
            self.loop_vars[-1][target.id] = [table]

    def _texts(self, node: ast.AST) -> list[str] | None:
        text = _literal(node)
        if text is not None:
            return [text]
        if isinstance(node, ast.Name) and node.id in self.loop_vars[-1]:
            return [t for item in self.loop_vars[-1][node.id] for t in _table_texts(item)]
        table = self._table(node) if isinstance(node, ast.Subscript | ast.Attribute) else None
        return _table_texts(table) if table is not None else None

    def _emit(self, context: str, node: ast.Call, text_node: ast.AST, comment: str = "",
              *, tr: bool = False) -> None:
        texts = self._texts(text_node)
        if texts is None and context in CODE_CONTEXTS:
            texts = list(CODE_CONTEXTS[context])
        if texts is None:
            inside_wrapper = bool(self.functions) and self.functions[-1] in self.module.wrappers
            if not inside_wrapper:
                self.scan.dynamic.append((self.relpath, node.lineno, ast.unparse(node)[:80]))
            return
        for text in texts:
            message = Message(context, text, comment, [(self.relpath, node.lineno)])
            if tr:
                self.scan.class_messages.append(message)
            self.scan.add(message)

    def _tr_context(self, func: ast.expr) -> str | None:
        """The class ``x.tr`` looks in: ``self``'s class, or ``x``'s annotated class."""
        if not isinstance(func, ast.Attribute) or not isinstance(func.value, ast.Name):
            return None
        owner = func.value.id
        if owner in ("self", "cls"):
            return self.classes[-1] if self.classes else None
        return self.annotations[-1].get(owner)

    def _call(self, node: ast.Call) -> None:
        name = _callee(node)
        func = node.func
        tr_context = self._tr_context(func) if name == "tr" and node.args else None
        if tr_context is not None:
            comment = _literal(node.args[1]) if len(node.args) > 1 else None
            self._emit(tr_context, node, node.args[0], comment or "", tr=True)
        elif name in TRANSLATE_FUNCTIONS and len(node.args) >= 2:
            context = self.module.context_of(node.args[0])
            if context is None:
                return  # str.translate(table) and the like: not a message
            comment = _literal(node.args[2]) if len(node.args) > 2 else None
            self._emit(context, node, node.args[1], comment or "")
        elif isinstance(func, ast.Name) and name in self.module.wrappers and node.args:
            self._emit(self.module.wrappers[name], node, node.args[0])


def _python_files(folder: Path) -> Iterator[Path]:
    yield from sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def scan_sources(folder: Path = PACKAGE) -> AstScan:
    """Walk every module under ``folder`` and collect its messages."""
    scan = AstScan()
    base = ROOT if folder.resolve().is_relative_to(ROOT) else folder.parent
    modules = []
    for path in _python_files(folder):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        module = _Module(tree)
        scan.tables.update(module.tables)
        modules.append((path, tree, module))
    for path, tree, module in modules:
        _Visitor(module, path.relative_to(base).as_posix(), scan).visit(tree)
    _inherit_tr_messages(scan)
    return scan


def _inherit_tr_messages(scan: AstScan) -> None:
    """Repeat each ``self.tr`` text under every subclass name: PySide6 looks it up there."""
    children: dict[str, set[str]] = {}
    for name, bases in scan.class_bases.items():
        for base in bases:
            children.setdefault(base, set()).add(name)

    def descendants(name: str, seen: set[str]) -> set[str]:
        for child in children.get(name, ()):
            if child not in seen:
                seen.add(child)
                descendants(child, seen)
        return seen

    for message in scan.class_messages:
        for child in sorted(descendants(message.context, set())):
            scan.add(Message(child, message.source, message.comment, list(message.locations)))


# --- extraction with lupdate ----------------------------------------------------------------


def tool(name: str) -> Path:
    """A Qt Linguist tool shipped with PySide6 beside this interpreter."""
    path = BIN / f"pyside6-{name}"
    if not path.exists():
        raise SystemExit(f"i18n: {path} is missing: install PySide6-Essentials in this venv")
    return path


def run_lupdate(folders: Iterable[Path] = LUPDATE_DIRS) -> dict[Key, Message]:
    """Messages ``pyside6-lupdate`` finds in ``folders`` (read from a scratch .ts)."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "lupdate.ts"
        subprocess.run(
            [str(tool("lupdate")), "-silent", "-extensions", "py", "-locations", "absolute",
             *map(str, folders), "-ts", str(out)],
            check=True, capture_output=True, text=True,
        )
        found = {}
        for entry in read_ts(out).values():
            locations = [(_from_ts_dir(name, out.parent), line) for name, line in entry.locations]
            found[entry.key] = Message(*entry.key, locations)
        return found


def _from_ts_dir(name: str, ts_dir: Path) -> str:
    absolute = Path(os.path.normpath(ts_dir / name))
    try:
        return absolute.relative_to(ROOT).as_posix()
    except ValueError:
        return name


def extract() -> dict[Key, Message]:
    """Every message of the package: the union of the ast walk and lupdate."""
    messages = scan_sources().messages
    for key, message in run_lupdate().items():
        known = messages.setdefault(key, Message(*key))
        known.locations.extend(loc for loc in message.locations if loc not in known.locations)
    return messages


# --- the .ts file ---------------------------------------------------------------------------


def read_ts(path: Path) -> dict[Key, Entry]:
    """The messages of a ``.ts`` file (empty when it does not exist yet)."""
    if not path.exists():
        return {}
    entries: dict[Key, Entry] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for node in context.iter("message"):
            translation = node.find("translation")
            entry = Entry(
                context=name,
                source=node.findtext("source", ""),
                comment=node.findtext("comment", ""),
                translation=(translation.text or "") if translation is not None else "",
                state=translation.get("type", "") if translation is not None else "unfinished",
                locations=[(loc.get("filename", ""), int(loc.get("line", "0")))
                           for loc in node.iter("location")],
            )
            entries[entry.key] = entry
    return entries


def merge(existing: dict[Key, Entry], extracted: dict[Key, Message]) -> list[Entry]:
    """The new catalogue: current messages with their translations, then vanished ones."""
    merged: list[Entry] = []
    for key, message in extracted.items():
        old = existing.get(key)
        entry = Entry(*key, locations=sorted(set(message.locations)))
        if old is not None:
            entry.translation = old.translation
            entry.state = old.state if old.current else ("" if old.translation else "unfinished")
        merged.append(entry)
    for key, old in existing.items():
        if key not in extracted and old.translation:
            merged.append(Entry(*key, translation=old.translation, state="vanished"))
    return merged


def _order(entry: Entry) -> tuple[str, bool, str, int, str]:
    first = entry.locations[0] if entry.locations else ("", 0)
    return (entry.context, not entry.current, first[0], first[1], entry.source)


def write_ts(path: Path, language: str, entries: Iterable[Entry]) -> None:
    """Write ``entries`` in Qt's TS 2.1 format, contexts by name, messages by place in code."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="en">']
    context = None
    for entry in sorted(entries, key=_order):
        if entry.context != context:
            if context is not None:
                lines.append("</context>")
            lines += ["<context>", f"    <name>{escape(entry.context)}</name>"]
            context = entry.context
        lines.append("    <message>")
        for filename, line in entry.locations:
            lines.append(f"        <location filename={quoteattr('../../' + filename)} "
                         f'line="{line}"/>')
        lines.append(f"        <source>{escape(entry.source)}</source>")
        if entry.comment:
            lines.append(f"        <comment>{escape(entry.comment)}</comment>")
        state = f' type="{entry.state}"' if entry.state else ""
        lines.append(f"        <translation{state}>{escape(entry.translation)}</translation>")
        lines.append("    </message>")
    if context is not None:
        lines.append("</context>")
    lines.append("</TS>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def compile_qm(language: str) -> None:
    """Compile the finished translations into the ``.qm`` the application loads."""
    subprocess.run(
        [str(tool("lrelease")), "-silent", "-nounfinished", "-removeidentical",
         str(ts_path(language)), "-qm", str(qm_path(language))],
        check=True, capture_output=True, text=True,
    )


# --- checks shared with the tests -----------------------------------------------------------


def placeholders(text: str) -> Counter[str]:
    """The ``str.format`` fields of ``text`` (``{name}``, ``{c:.1f}``), counted."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        return Counter(re.findall(r"\{[^{}]*\}", text))
    return Counter(f"{{{name}{'!' + conv if conv else ''}{':' + spec if spec else ''}}}"
                   for _, name, spec, conv in parsed if name is not None)


def mnemonics(text: str) -> int:
    """How many keyboard mnemonics (``&S``) the text carries; ``&&`` is a plain ampersand."""
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


def problems(entry: Entry) -> list[str]:
    """Why a translation cannot ship: placeholders or mnemonics differing from the source."""
    if not entry.translation:
        return []
    found = []
    if placeholders(entry.translation) != placeholders(entry.source):
        found.append(f"placeholders differ: {sorted(placeholders(entry.source))} vs "
                     f"{sorted(placeholders(entry.translation))}")
    if mnemonics(entry.translation) != mnemonics(entry.source):
        found.append("keyboard mnemonic (&) missing or extra")
    return found


def missing(extracted: dict[Key, Message], entries: dict[Key, Entry]) -> list[Message]:
    """Source strings the ``.ts`` does not hold as current messages (pipeline not re-run)."""
    return [m for key, m in extracted.items()
            if key not in entries or not entries[key].current]


def describe(message: Message) -> str:
    where = ", ".join(f"{name}:{line}" for name, line in message.locations[:2])
    return f"[{message.context}] {message.source!r} ({where})"


# --- the command ------------------------------------------------------------------------------


def update(language: str, extracted: dict[Key, Message]) -> list[Entry]:
    entries = merge(read_ts(ts_path(language)), extracted)
    write_ts(ts_path(language), language, entries)
    compile_qm(language)
    return entries


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; list source strings missing from the .ts files")
    parser.add_argument("--dynamic", action="store_true",
                        help="also list translate calls whose text is not a literal")
    args = parser.parse_args(argv)
    scan_dynamic = scan_sources().dynamic if args.dynamic else []
    for relpath, line, code in scan_dynamic:
        print(f"  not extracted (text is not a literal): {relpath}:{line}: {code}")
    extracted = extract()
    status = 0
    for language in LANGUAGES:
        if args.check:
            absent = missing(extracted, read_ts(ts_path(language)))
            for message in absent:
                print(f"  missing: {describe(message)}")
            print(f"{ts_path(language).name}: {len(absent)} source string(s) missing")
            status = status or int(bool(absent))
            continue
        entries = update(language, extracted)
        current = [e for e in entries if e.current]
        done = sum(e.finished for e in current)
        for entry in current:
            for problem in problems(entry):
                print(f"  {problem}: [{entry.context}] {entry.source!r}")
        print(f"{ts_path(language).name}: {len(current)} strings, {done} translated, "
              f"{len(current) - done} untranslated, "
              f"{len(entries) - len(current)} vanished; compiled {qm_path(language).name}")
    return status


if __name__ == "__main__":
    sys.exit(main())
