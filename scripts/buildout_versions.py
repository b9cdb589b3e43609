"""Turn constraints.txt into buildout's [versions] section.

    python3.11 scripts/buildout_versions.py constraints.txt buildout-versions.cfg

constraints.txt stays the one list of pins; buildout.cfg extends the file
written here. Names keep their spelling: buildout normalises them itself.
Only exact `name==version` pins are accepted: buildout's [versions] cannot
express ranges or environment markers, so anything else stops with an error
rather than being dropped silently.
"""

from pathlib import Path

import re
import sys


PIN = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>[^\s;]+)$")


def pins(text):
    """Yield `(name, version)` for every pin in constraints `text`."""
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        match = PIN.match(line)
        if match is None:
            raise ValueError(f"line {number}: not a plain name==version pin: {raw!r}")
        yield match["name"], match["version"]


def render(text, source="constraints.txt"):
    lines = [
        f"# Generated from {source} by scripts/buildout_versions.py: do not edit.",
        "[versions]",
    ]
    lines += [f"{name} = {version}" for name, version in pins(text)]
    return "\n".join(lines) + "\n"


def main(argv):
    if len(argv) != 2:
        sys.exit("usage: buildout_versions.py CONSTRAINTS OUTPUT")
    source, output = map(Path, argv)
    try:
        text = render(source.read_text(), source.name)
    except ValueError as error:
        sys.exit(f"{source}: {error}")
    output.write_text(text)


if __name__ == "__main__":
    main(sys.argv[1:])
