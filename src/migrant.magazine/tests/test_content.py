"""Adding magazine content: who may, and what is refused."""

from AccessControl import Unauthorized
from migrant.magazine.content.article import IMagazineArticle
from migrant.magazine.content.issue import IMagazineIssue
from migrant.magazine.content.magazine import IMagazine
from migrant.magazine.interfaces import IMagazineSettings
from migrant.magazine.numbering import DuplicateIssueNumber
from migrant.magazine.numbering import check_unique_number
from migrant.magazine.testing import add_issue
from migrant.magazine.testing import pdf_file
from migrant.magazine.validators import InvalidISSN
from migrant.magazine.validators import NotAPDF
from migrant.magazine.validators import PDFTooLarge
from plone import api
from plone.app.testing import logout
from plone.namedfile.file import NamedBlobFile
from zope.interface import Invalid
from zope.interface.interfaces import IInterface
from zope.schema import getValidationErrors
from zope.schema.interfaces import TooSmall

import pytest


class Data:
    """What z3c.form hands to invariants: the submitted values."""

    def __init__(self, **values):
        self.__dict__.update(values)


@pytest.mark.parametrize(
    "role,allowed", [("Contributor", True), ("Editor", False), ("Member", False)]
)
@pytest.mark.parametrize(
    "type_name,container_type",
    [
        ("Magazine", None),
        ("MagazineIssue", "Magazine"),
        ("MagazineArticle", "MagazineIssue"),
        ("MagazineSupplement", "MagazineIssue"),
    ],
)
def test_who_may_add(portal, magazine, role, allowed, type_name, container_type):
    container = {
        None: portal,
        "Magazine": magazine,
        "MagazineIssue": add_issue(magazine, 1, 2013),
    }[container_type]
    api.user.create(email="jane@example.org", username="jane", roles=[role])
    fti = portal.portal_types[type_name]
    with api.env.adopt_user(username="jane"):
        assert bool(fti.isConstructionAllowed(container)) is allowed


def test_anonymous_may_not_add(magazine):
    logout()
    with pytest.raises(Unauthorized):
        api.content.create(
            container=magazine, type="MagazineIssue", title="Nr. 7", number=7, year=2013
        )


@pytest.mark.parametrize("value", ["2049-3630", "0317-8471", "03178471", "2434-561X"])
def test_valid_issn(value):
    assert IMagazine["issn"].validate(value) is None


@pytest.mark.parametrize("value", ["2049-3631", "1234", "ABCD-EFGH", "2049-36301"])
def test_invalid_issn(value):
    with pytest.raises(InvalidISSN):
        IMagazine["issn"].validate(value)


@pytest.mark.parametrize("number", [0, -3])
def test_issue_number_must_be_positive(number):
    with pytest.raises(TooSmall):
        IMagazineIssue["number"].validate(number)


def test_issue_title_is_derived(magazine):
    issue = add_issue(magazine, 19, 2013, quarter=4)
    assert issue.Title() == "Nr. 19 / 2013"
    assert issue.getId() == "nr-19-2013"


def test_quarter_or_season_is_required():
    errors = IMagazineIssue.queryTaggedValue("invariants")
    assert errors
    with pytest.raises(Invalid):
        IMagazineIssue.validateInvariants(Data(quarter=None, season=None))
    IMagazineIssue.validateInvariants(Data(quarter=None, season="Winter 2013"))
    IMagazineIssue.validateInvariants(Data(quarter=2, season=None))


def test_duplicate_number_refused(magazine):
    existing = add_issue(magazine, 19, 2013)
    with pytest.raises(DuplicateIssueNumber) as refused:
        check_unique_number(magazine, 19)
    message = api.portal.translate(refused.value.doc(), lang="en")
    assert message == "Issue number 19 already exists in this magazine: Nr. 19 / 2013."
    # Editing an issue keeps its own number; other numbers are free.
    check_unique_number(magazine, 19, issue=existing)
    check_unique_number(magazine, 20)


def test_same_number_in_another_magazine_is_fine(portal, magazine):
    add_issue(magazine, 19, 2013)
    other = api.content.create(container=portal, type="Magazine", title="Other")
    check_unique_number(other, 19)


def test_pdf_accepted():
    assert IMagazineIssue["pdf"].validate(pdf_file()) is None


@pytest.mark.parametrize(
    "data,filename",
    [
        (b"GIF89a not a pdf", "cover.pdf"),
        (b"<html>%PDF- later than the header</html>" + b" " * 2000, "page.pdf"),
        (b"", "empty.pdf"),
    ],
)
def test_non_pdf_refused(data, filename):
    upload = NamedBlobFile(data, filename=filename, contentType="application/pdf")
    with pytest.raises(NotAPDF):
        IMagazineIssue["pdf"].validate(upload)


def test_pdf_size_limit_from_registry(portal):
    api.portal.set_registry_record("max_pdf_size", 1, interface=IMagazineSettings)
    big = pdf_file(lines=["x" * 80] * 20)
    big.data = big.data + b"%" + b"0" * (1024 * 1024)
    with pytest.raises(PDFTooLarge) as refused:
        IMagazineIssue["pdf"].validate(big)
    message = api.portal.translate(refused.value.doc(), lang="en")
    assert message == "This PDF is 1.0 MB; the site accepts at most 1 MB."


@pytest.mark.parametrize(
    "first,last,valid",
    [(1, 1, True), (3, 9, True), (9, 3, False), (None, 4, True), (5, None, True)],
)
def test_article_pages(first, last, valid):
    data = Data(first_page=first, last_page=last)
    if valid:
        IMagazineArticle.validateInvariants(data)
    else:
        with pytest.raises(Invalid):
            IMagazineArticle.validateInvariants(data)


@pytest.mark.parametrize("page", [0, -1])
def test_article_pages_positive(page):
    assert getValidationErrors(IMagazineArticle, Data(first_page=page))


def test_schemas_are_interfaces():
    assert IInterface.providedBy(IMagazineIssue)


@pytest.mark.parametrize(
    "roles,may_edit",
    [
        (["Editor"], True),
        (["Site Administrator"], True),
        (["Contributor"], False),
        (["Reader"], False),
        (["Member"], False),
    ],
)
def test_who_may_edit_an_issue(magazine, roles, may_edit):
    issue = add_issue(magazine, 1, 2013)
    api.user.create(email="jane@example.org", username="jane", roles=roles)
    allowed = api.user.has_permission(
        "Modify portal content", username="jane", obj=issue
    )
    assert allowed is may_edit


def test_contributor_edits_what_they_added(magazine):
    api.user.create(email="jane@example.org", username="jane", roles=["Contributor"])
    with api.env.adopt_user(username="jane"):
        issue = api.content.create(
            container=magazine, type="MagazineIssue", title="Nr. 3", number=3, year=2014
        )
        assert api.user.has_permission("Modify portal content", obj=issue)


def test_anonymous_may_not_edit_a_published_issue(magazine):
    issue = add_issue(magazine, 1, 2013)
    logout()
    assert not api.user.has_permission("Modify portal content", obj=issue)
