"""Test layers of migrant.mediators: a bare Plone site with only this add-on."""

from plone import api
from plone.app.contenttypes.testing import PLONE_APP_CONTENTTYPES_FIXTURE
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PloneSandboxLayer
from plone.app.testing import applyProfile
from plone.testing.zope import WSGI_SERVER_FIXTURE
from zope.i18n.config import COMPILE_MO_FILES_KEY

import migrant.mediators
import os


class MigrantMediatorsLayer(PloneSandboxLayer):
    defaultBases = (PLONE_APP_CONTENTTYPES_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        # Compile the .po files as Zope does at start-up (zope.conf sets the
        # same variable), so that the tests see the translations.
        previous = os.environ.get(COMPILE_MO_FILES_KEY)
        os.environ[COMPILE_MO_FILES_KEY] = "true"
        try:
            self.loadZCML(package=migrant.mediators)
        finally:
            if previous is None:
                del os.environ[COMPILE_MO_FILES_KEY]
            else:
                os.environ[COMPILE_MO_FILES_KEY] = previous

    def setUpPloneSite(self, portal):
        applyProfile(portal, "migrant.mediators:default")


FIXTURE = MigrantMediatorsLayer()

INTEGRATION_TESTING = IntegrationTesting(
    bases=(FIXTURE,),
    name="MigrantMediatorsLayer:IntegrationTesting",
)

FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(FIXTURE, WSGI_SERVER_FIXTURE),
    name="MigrantMediatorsLayer:FunctionalTesting",
)


def add_mediator(
    container,
    first_name,
    last_name,
    city="timisoara",
    languages=("ro",),
    expertise=(),
    countries=(),
    email=None,
    phone=None,
    active=True,
    publish=True,
    **fields,
):
    """Create a mediator (as the current user, who must be allowed to)."""
    mediator = api.content.create(
        container=container,
        type="Mediator",
        # Only names the new item: the title always follows the names.
        title=f"{first_name} {last_name}",
        first_name=first_name,
        last_name=last_name,
        city=city,
        languages=list(languages),
        expertise=list(expertise),
        countries=list(countries),
        email=email,
        phone=phone,
        active=active,
        **fields,
    )
    if publish:
        api.content.transition(mediator, to_state="published")
    return mediator


class MigrantMediatorsRestLayer(MigrantMediatorsLayer):
    """The site with plone.restapi as well, for the REST parts migrant.mediators
    registers only where plone.restapi is installed. plone.restapi's ZCML is
    loaded first, in the same registry, as it is on a real site: in a layer
    stacked on FIXTURE its generic adapters would shadow ours."""

    def setUpZope(self, app, configurationContext):
        import plone.restapi

        self.loadZCML(package=plone.restapi)
        super().setUpZope(app, configurationContext)

    def setUpPloneSite(self, portal):
        applyProfile(portal, "plone.restapi:default")
        super().setUpPloneSite(portal)


REST_FIXTURE = MigrantMediatorsRestLayer()

REST_FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(REST_FIXTURE, WSGI_SERVER_FIXTURE),
    name="MigrantMediatorsRestLayer:FunctionalTesting",
)
