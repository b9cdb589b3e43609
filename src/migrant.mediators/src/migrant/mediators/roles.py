"""The Coordinator role on the Sharing tab."""

from migrant.mediators import _
from plone.app.workflow.interfaces import ISharingPageRole
from zope.interface import implementer


@implementer(ISharingPageRole)
class CoordinatorRole:
    title = _("Can coordinate mediators")
    # Only those who manage the mediators may hand out the role.
    required_permission = "migrant.mediators: Manage mediators"
    required_interface = None
