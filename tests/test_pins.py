"""The installed Python distributions are exactly the pinned ones."""

from importlib import metadata
from pathlib import Path

import pytest
import re


ROOT = Path(__file__).resolve().parent.parent
OWN = {
    "migrant-in-romania",
    "migrant-magazine",
    "migrant-mediators",
    "migrant-board",
    "migrant-portal",
}


def canonical(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def read_pins(path):
    pins = {}
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, version = line.split("==")
            pins[canonical(name)] = version
    return pins


@pytest.fixture(scope="module")
def pins():
    return read_pins(ROOT / "constraints.txt")


@pytest.fixture(scope="module")
def installed():
    return {
        canonical(dist.metadata["Name"]): dist.version
        for dist in metadata.distributions()
    }


def test_every_installed_distribution_is_pinned(pins, installed):
    assert sorted(set(installed) - set(pins) - OWN) == []


def test_installed_versions_are_the_pinned_ones(pins, installed):
    drifted = {
        name: f"installed {version}, pinned {pins[name]}"
        for name, version in installed.items()
        if name in pins and version != pins[name]
    }
    assert drifted == {}


def test_pins_are_exact_and_unique():
    names = [
        canonical(line.split("==")[0])
        for line in (ROOT / "constraints.txt").read_text().splitlines()
        if line and not line.startswith("#")
    ]
    assert len(names) == len(set(names))


def test_lint_tools_share_the_project_pins(pins):
    """requirements-lint.txt may differ from constraints.txt only in lxml."""
    lint = read_pins(ROOT / "requirements-lint.txt")
    differing = {
        name: (version, pins[name])
        for name, version in lint.items()
        if name in pins and version != pins[name]
    }
    assert set(differing) == {"lxml"}
