"""Run the test suites, each in its own pytest process, and sum them up.

    .venv/bin/python scripts/run_tests.py [SUITE ...] [-- PYTEST_ARGS]

An add-on must install into a bare Plone site; in one process the Zope
component registry of every layer set up before would leak into the next
add-on's layer, so each add-on (and the cross-package `tests/`) gets a fresh
interpreter. The last line totals every suite, pytest-style.
"""

from pathlib import Path
from xml.etree import ElementTree

import subprocess
import sys


ROOT = Path(__file__).resolve().parent.parent
SUITES = (
    "src/migrant.magazine",
    "src/migrant.mediators",
    "src/migrant.board",
    "src/migrant.portal",
    "tests",
)
REPORTS = ROOT / "var" / "test-reports"


def totals(report):
    suite = ElementTree.parse(report).getroot()
    if suite.tag == "testsuites":
        suite = suite[0]
    count = {
        key: int(suite.get(key, 0))
        for key in ("tests", "failures", "errors", "skipped")
    }
    count["passed"] = (
        count["tests"] - count["failures"] - count["errors"] - count["skipped"]
    )
    return count


def main(argv):
    suites, pytest_args = argv, []
    if "--" in argv:
        cut = argv.index("--")
        suites, pytest_args = argv[:cut], argv[cut + 1 :]
    suites = suites or SUITES
    REPORTS.mkdir(parents=True, exist_ok=True)
    grand = {"passed": 0, "failed": 0, "skipped": 0}
    failed_suites = []
    for suite in suites:
        report = REPORTS / (Path(suite).name + ".xml")
        report.unlink(missing_ok=True)
        print(f"\n=== {suite} ===", flush=True)
        code = subprocess.call(
            [
                sys.executable,
                "-m",
                "pytest",
                suite,
                f"--junitxml={report}",
                *pytest_args,
            ],
            cwd=ROOT,
        )
        if code != 0:
            failed_suites.append(suite)
        if report.exists():
            count = totals(report)
            grand["passed"] += count["passed"]
            grand["failed"] += count["failures"] + count["errors"]
            grand["skipped"] += count["skipped"]
        elif code == 0:
            failed_suites.append(suite)
    if failed_suites:
        print(f"\nFailed suites: {', '.join(failed_suites)}")
    summary = ", ".join(
        f"{grand[key]} {key}" for key in ("passed", "failed", "skipped")
    )
    print(f"\nTotal: {summary}")
    return 1 if failed_suites else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
