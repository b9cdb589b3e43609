"""Test layers of migrant.portal.

`FIXTURE` is the whole portal as `make start` builds it: all four add-ons and
the languages ro (default), en, fr and ar with their root folders.
"""

from plone.app.contenttypes.testing import PLONE_APP_CONTENTTYPES_FIXTURE
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PloneSandboxLayer
from plone.app.testing import applyProfile
from plone.testing.zope import WSGI_SERVER_FIXTURE

import migrant.portal


class MigrantPortalLayer(PloneSandboxLayer):
    defaultBases = (PLONE_APP_CONTENTTYPES_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        self.loadZCML(package=migrant.portal)
        self.loadZCML(package=migrant.portal, name="overrides.zcml")

    def setUpPloneSite(self, portal):
        applyProfile(portal, "plone.app.layout:default")
        applyProfile(portal, "plonetheme.barceloneta:default")
        applyProfile(portal, "migrant.portal:default")


FIXTURE = MigrantPortalLayer()

INTEGRATION_TESTING = IntegrationTesting(
    bases=(FIXTURE,),
    name="MigrantPortalLayer:IntegrationTesting",
)

FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(FIXTURE, WSGI_SERVER_FIXTURE),
    name="MigrantPortalLayer:FunctionalTesting",
)
