"""Which Debian packages the built program takes its system libraries from.

The .deb leaves the desktop's own libraries (X11, xcb, fonts, GLib, D-Bus, CUPS, GL) to the
system (build.spec); its ``Depends`` (packaging/deb/depends.txt) must name them. This reads the
libraries every ELF file of the folder needs (``ldd``), keeps those found outside the folder,
and names the package each belongs to (``dpkg -S``). With ``--check DEPENDS_FILE`` it fails
when a package is neither in that list nor pulled in by it; a library not found at all fails
too (install the list on the build machine first).

    python3 packaging/deb/system_packages.py dist/quarantine-desk \
        [--check packaging/deb/depends.txt]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

#: Packages every Debian-family system has (Essential or required): never listed.
ALWAYS_THERE = {"libc6", "libgcc-s1", "libstdc++6", "zlib1g", "libbz2-1.0", "liblzma5",
                "libtinfo6", "libselinux1", "libcrypt1"}


def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def outside_libraries(folder: Path) -> tuple[dict[str, str], set[str]]:
    """Sonames resolved outside ``folder`` (soname: path), and sonames not found at all."""
    resolved: dict[str, str] = {}
    missing: set[str] = set()
    inside = str(folder.resolve())
    bundled = {path.name for path in folder.rglob("*.so*")}
    for path in elf_files(folder):
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False)
        for line in result.stdout.splitlines():
            match = re.match(r"\s*(\S+) => (.+?)(?: \(0x[0-9a-f]+\))?$", line)
            if not match:
                continue
            soname, where = match.groups()
            if soname in bundled:  # ldd of one file alone misses the copy loaded beside it
                continue
            if where == "not found":
                missing.add(soname)
            elif not os.path.realpath(where).startswith(inside):
                resolved[soname] = where
    return resolved, missing - set(resolved)


def owner(path: str) -> str | None:
    """The package holding ``path`` (tried as given, real and with /usr merged or not)."""
    real = os.path.realpath(path)
    candidates = {path, real}
    for name in list(candidates):
        candidates.add(name.removeprefix("/usr") if name.startswith("/usr/") else "/usr" + name)
    for candidate in candidates:
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True,
                                check=False)
        if result.returncode == 0:
            return result.stdout.split(":", 1)[0].strip()
    return None


def closure(packages: set[str]) -> set[str]:
    """The packages and everything they depend on, as apt sees it on this machine."""
    result = subprocess.run(
        ["apt-cache", "depends", "--recurse", "--no-recommends", "--no-suggests",
         "--no-conflicts", "--no-breaks", "--no-replaces", "--no-enhances", *sorted(packages)],
        capture_output=True, text=True, check=False)
    names = set(packages)
    for line in result.stdout.splitlines():
        name = line.strip().removeprefix("|").removeprefix("Depends:").removeprefix(
            "PreDepends:").strip().strip("<>")
        if name and " " not in name:
            names.add(name.split(":")[0])
    return names


def read_depends(path: Path) -> set[str]:
    """Every package named in the list, each alternative of ``a | b`` included."""
    names = set()
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        for alternative in filter(None, (part.strip() for part in line.split("|"))):
            names.add(alternative.split()[0])
    return names


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--check", type=Path, metavar="DEPENDS_FILE")
    args = parser.parse_args()
    resolved, missing = outside_libraries(args.folder)
    needed: dict[str, list[str]] = {}
    unowned = []
    for soname, path in sorted(resolved.items()):
        package = owner(path)
        if package is None:
            unowned.append(f"{soname} ({path})")
        elif package not in ALWAYS_THERE:
            needed.setdefault(package, []).append(soname)
    for package, sonames in sorted(needed.items()):
        print(f"{package}: {' '.join(sonames)}")
    problems = [f"not found on this machine: {name}" for name in sorted(missing)]
    problems += [f"in no package: {name}" for name in unowned]
    if args.check is not None:
        covered = closure(read_depends(args.check))
        problems += [f"{package} ({' '.join(needed[package])}) is not in {args.check}"
                     for package in sorted(set(needed) - covered)]
    for problem in problems:
        print(f"system_packages: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
