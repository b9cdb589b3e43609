"""Test layers of migrant.magazine: a bare Plone site with only this add-on."""

from migrant.magazine.content.issue import issue_title
from migrant.magazine.demo import make_pdf
from plone import api
from plone.app.contenttypes.testing import PLONE_APP_CONTENTTYPES_FIXTURE
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PloneSandboxLayer
from plone.app.testing import applyProfile
from plone.namedfile.file import NamedBlobFile
from plone.testing.zope import WSGI_SERVER_FIXTURE

import migrant.magazine


class MigrantMagazineLayer(PloneSandboxLayer):
    defaultBases = (PLONE_APP_CONTENTTYPES_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        self.loadZCML(package=migrant.magazine)

    def setUpPloneSite(self, portal):
        applyProfile(portal, "migrant.magazine:default")


FIXTURE = MigrantMagazineLayer()


class RestApiLayer(PloneSandboxLayer):
    """The add-on's site with plone.restapi installed, for HTTP tests."""

    defaultBases = (FIXTURE,)

    def setUpZope(self, app, configurationContext):
        import plone.restapi

        self.loadZCML(package=plone.restapi)

    def setUpPloneSite(self, portal):
        applyProfile(portal, "plone.restapi:default")


RESTAPI_FIXTURE = RestApiLayer()

INTEGRATION_TESTING = IntegrationTesting(
    bases=(FIXTURE,),
    name="MigrantMagazineLayer:IntegrationTesting",
)

FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(RESTAPI_FIXTURE, WSGI_SERVER_FIXTURE),
    name="MigrantMagazineLayer:FunctionalTesting",
)


def pdf_file(title="Nr. 1", lines=(), filename="issue.pdf"):
    return NamedBlobFile(
        make_pdf(title=title, lines=lines),
        filename=filename,
        contentType="application/pdf",
    )


def add_issue(magazine, number, year, *, quarter=1, publish=True, **fields):
    issue = api.content.create(
        container=magazine,
        type="MagazineIssue",
        # plone.api wants a title to name the item; issues derive their own.
        title=issue_title(number, year),
        number=number,
        year=year,
        quarter=quarter,
        **fields,
    )
    if publish:
        api.content.transition(issue, to_state="published")
    return issue


def add_article(container, title, *, first_page=None, last_page=None, **fields):
    article = api.content.create(
        container=container,
        type="MagazineArticle",
        title=title,
        first_page=first_page,
        last_page=last_page,
        **fields,
    )
    api.content.transition(article, to_state="published")
    return article
