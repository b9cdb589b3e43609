"""Install and uninstall handlers of migrant.portal."""

from plone.app.multilingual.browser.setup import SetupMultilingualSite
from plone.base.interfaces import INonInstallable
from Products.CMFCore.utils import getToolByName
from zope.interface import implementer


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self):
        """Keep the uninstall profile out of the add-ons control panel."""
        return ["migrant.portal:uninstall"]


def post_install(setup_tool):
    """Create one language root folder per configured language.

    plone.app.multilingual creates them when it is installed, but at that
    moment our registry.xml has not set the portal's languages yet; running
    its set-up again is idempotent and publishes the new roots.
    """
    portal = getToolByName(setup_tool, "portal_url").getPortalObject()
    SetupMultilingualSite().setupSite(portal)


def uninstall(setup_tool):
    """Run after the uninstall profile's import steps.

    Language root folders hold the site's content: they stay.
    """
