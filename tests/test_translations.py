"""Every add-on's messages are translated into ro, en, fr and ar."""

from migrant.portal.languages import LANGUAGES
from pathlib import Path

import pytest
import re


ROOT = Path(__file__).resolve().parent.parent
POTS = sorted(ROOT.glob("src/migrant.*/src/migrant/*/locales/*.pot"))
# Comments, then msgid and msgstr, each possibly continued on "..." lines.
ENTRY = re.compile(r'((?:#.*\n)*)msgid ((?:".*"\n)+)msgstr ((?:".*"(?:\n|$))+)', re.M)


def joined(lines):
    return "".join(re.findall(r'"(.*)"', lines))


def entries(path):
    """{msgid: (msgstr, comments)} of a .po/.pot file, the header left out."""
    found = {}
    for comments, msgid, msgstr in ENTRY.findall(path.read_text()):
        if joined(msgid):
            found[joined(msgid)] = (joined(msgstr), comments)
    return found


def test_every_addon_has_a_catalog():
    assert [pot.stem for pot in POTS] == [
        "migrant.board",
        "migrant.magazine",
        "migrant.mediators",
        "migrant.portal",
    ]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("pot", POTS, ids=lambda pot: pot.stem)
def test_catalog_complete(pot, language):
    po = pot.parent / language / "LC_MESSAGES" / f"{pot.stem}.po"
    translated = entries(po)
    missing = [msgid for msgid in entries(pot) if not translated.get(msgid, ("",))[0]]
    fuzzy = [msgid for msgid, (_, flags) in translated.items() if "fuzzy" in flags]
    assert (missing, fuzzy) == ([], [])
