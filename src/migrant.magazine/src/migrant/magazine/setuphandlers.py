"""Install and uninstall handlers of migrant.magazine."""

from migrant.magazine.multilingual import make_translatable
from plone.base.interfaces import INonInstallable
from Products.CMFCore.utils import getToolByName
from zope.interface import implementer


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self):
        """Keep the uninstall profile out of the add-ons control panel."""
        return ["migrant.magazine:uninstall"]


def post_install(setup_tool):
    """Run after the default profile's import steps."""
    make_translatable(getToolByName(setup_tool, "portal_url").getPortalObject())


def uninstall(setup_tool):
    """Run after the uninstall profile's import steps."""
