"""Render the Zope instance configuration for one deployment profile.

    python scripts/render_instance.py --profile filestorage

writes instance/etc/zope.conf and instance/etc/zope.ini (and, for the `zeo`
profile, instance/etc/zeo.conf) from the templates under profiles/, and makes
the var/ folders they point to. Settings come from the environment:

HOST, PORT             where waitress listens (127.0.0.1, 8080)
THREADS                waitress worker threads (4)
ZEO_ADDRESS            the ZEO server, for the zeo profile (127.0.0.1:8100)
RELSTORAGE_DSN         libpq DSN, for the relstorage profile (dbname=migrant)
"""

from pathlib import Path
from string import Template

import argparse
import os


ROOT = Path(__file__).resolve().parent.parent
PROFILES = ROOT / "profiles"
PROFILE_NAMES = ("filestorage", "zeo", "relstorage")


def settings(*, profile, instance, var):
    env = os.environ.get
    return {
        "profile": profile,
        "instance": str(instance),
        "var": str(var),
        "host": env("HOST", "127.0.0.1"),
        "port": env("PORT", "8080"),
        "threads": env("THREADS", "4"),
        "zeo_address": env("ZEO_ADDRESS", "127.0.0.1:8100"),
        # ZConfig expands $NAME in values: a `$` in a password must be doubled.
        "relstorage_dsn": env("RELSTORAGE_DSN", "dbname=migrant").replace("$", "$$"),
    }


def render(name, values):
    return Template((PROFILES / name).read_text()).substitute(values)


def render_instance(*, profile, instance, var):
    """Write the instance's etc/ files; returns the paths written."""
    values = settings(profile=profile, instance=instance, var=var)
    etc = instance / "etc"
    for folder in (etc, var / "log", var / "cache", var / profile):
        folder.mkdir(parents=True, exist_ok=True)
    files = {
        etc / "zope.conf": render("common/zope.conf.in", values)
        + "\n"
        + render(f"{profile}/storage.conf.in", values),
        etc / "zope.ini": render("common/zope.ini.in", values),
    }
    if profile == "zeo":
        files[etc / "zeo.conf"] = render("zeo/zeo.conf.in", values)
    for path, text in files.items():
        path.write_text(text)
    return sorted(files)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--profile", choices=PROFILE_NAMES, default="filestorage")
    parser.add_argument("--instance", type=Path, default=ROOT / "instance")
    parser.add_argument("--var", type=Path, default=ROOT / "var")
    args = parser.parse_args()
    paths = render_instance(
        profile=args.profile,
        instance=args.instance.resolve(),
        var=args.var.resolve(),
    )
    for path in paths:
        print(f"rendered {path}")


if __name__ == "__main__":
    main()
