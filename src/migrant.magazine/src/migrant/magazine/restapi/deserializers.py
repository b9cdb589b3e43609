"""REST writes get the same checks as the add and edit forms."""

from Acquisition import aq_parent
from migrant.magazine.content.issue import IMagazineIssue
from migrant.magazine.interfaces import IMigrantMagazineLayer
from migrant.magazine.numbering import DuplicateIssueNumber
from migrant.magazine.numbering import check_unique_number
from plone.restapi.deserializer.dxcontent import DeserializeFromJson
from plone.restapi.interfaces import IDeserializeFromJson
from zope.component import adapter
from zope.interface import implementer


@implementer(IDeserializeFromJson)
@adapter(IMagazineIssue, IMigrantMagazineLayer)
class IssueDeserializer(DeserializeFromJson):
    def get_schema_data(self, data, validate_all, create=False):
        schema_data, errors = super().get_schema_data(data, validate_all, create)
        number = data.get("number")
        if isinstance(number, int) and not any(
            e.get("field") == "number" for e in errors
        ):
            # While it is being created, the issue is not in its magazine yet:
            # the magazine is the object the request was sent to.
            magazine = aq_parent(self.context) or self.request.PARENTS[0]
            try:
                check_unique_number(magazine, number, issue=self.context)
            except DuplicateIssueNumber as error:
                errors.append(
                    {"field": "number", "message": error.doc(), "error": error}
                )
        return schema_data, errors
