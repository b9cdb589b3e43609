"""Every message id of the code is in the template and translated in every language."""

from pathlib import Path

import ast
import pytest
import re


PACKAGE = Path(__file__).resolve().parent.parent / "src" / "migrant" / "mediators"
LOCALES = PACKAGE / "locales"
LANGUAGES = ("ro", "en", "fr", "ar")
ENTRY = re.compile(r'^msgid "(.*)"\nmsgstr "(.*)"$', re.MULTILINE)


def catalog(path):
    return {
        msgid: msgstr
        for msgid, msgstr in ENTRY.findall(path.read_text(encoding="utf-8"))
        if msgid
    }


def python_msgids():
    msgids = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "_"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                msgids.add(node.args[0].value)
    return msgids


def template_msgids():
    """Static i18n:translate="" texts of the page templates (no nested tags)."""
    msgids = set()
    pattern = re.compile(r'i18n:translate=""\s*>([^<]+)</', re.MULTILINE)
    for path in PACKAGE.rglob("*.pt"):
        for text in pattern.findall(path.read_text(encoding="utf-8")):
            msgids.add(" ".join(text.split()))
    return msgids


def test_python_msgids_in_template():
    assert python_msgids() - set(catalog(LOCALES / "migrant.mediators.pot")) == set()


def test_page_template_msgids_in_template():
    assert template_msgids() - set(catalog(LOCALES / "migrant.mediators.pot")) == set()


@pytest.mark.parametrize("language", LANGUAGES)
def test_translated(language):
    template = catalog(LOCALES / "migrant.mediators.pot")
    po = catalog(LOCALES / language / "LC_MESSAGES" / "migrant.mediators.po")
    assert set(po) == set(template)
    assert [msgid for msgid, msgstr in po.items() if not msgstr] == []
