"""An issue's number is unique within its magazine."""

from Acquisition import aq_inner
from Acquisition import aq_parent
from migrant.magazine import _
from migrant.magazine.content.issue import IMagazineIssue
from migrant.magazine.content.magazine import IMagazine
from plone import api
from plone.uuid.interfaces import IUUID
from z3c.form import validator
from zope.schema import ValidationError


class DuplicateIssueNumber(ValidationError):
    __doc__ = _("This magazine already has an issue with this number.")

    def __init__(self, number, existing):
        super().__init__(number, existing)
        self.number, self.existing = number, existing

    def doc(self):
        return _(
            "Issue number ${number} already exists in this magazine: ${title}.",
            mapping={"number": self.number, "title": self.existing},
        )


def magazine_and_issue(context):
    """(magazine, issue being edited or None) for an add or edit form's context."""
    context = aq_inner(context)
    if IMagazineIssue.providedBy(context):
        return aq_parent(context), context
    return context, None


def check_unique_number(magazine, number, *, issue=None):
    """Raise DuplicateIssueNumber if an issue of `magazine` other than `issue`
    has `number`.

    >>> check_unique_number(magazine, 19, issue=issue_being_edited)
    """
    if number is None or not IMagazine.providedBy(magazine):
        return
    brains = api.content.find(
        context=magazine,
        depth=1,
        portal_type="MagazineIssue",
        issue_number=number,
        unrestricted=True,
    )
    # A new issue has no UID yet while its add request is being checked.
    own_uid = IUUID(issue, None) if issue is not None else None
    for brain in brains:
        if own_uid != brain.UID:
            raise DuplicateIssueNumber(number, brain.Title)


class UniqueNumberValidator(validator.SimpleFieldValidator):
    """The number field's check in add and edit forms."""

    def validate(self, value):
        super().validate(value)
        magazine, issue = magazine_and_issue(self.context)
        check_unique_number(magazine, value, issue=issue)


validator.WidgetValidatorDiscriminators(
    UniqueNumberValidator, field=IMagazineIssue["number"]
)
