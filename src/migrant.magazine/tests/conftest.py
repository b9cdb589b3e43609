from migrant.magazine.testing import FUNCTIONAL_TESTING
from migrant.magazine.testing import INTEGRATION_TESTING
from migrant.magazine.testing import add_article
from migrant.magazine.testing import add_issue
from migrant.magazine.testing import pdf_file
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from pytest_plone import fixtures_factory

import pytest
import transaction


globals().update(
    fixtures_factory(
        (
            (FUNCTIONAL_TESTING, "functional"),
            (INTEGRATION_TESTING, "integration"),
        )
    )
)


@pytest.fixture
def package_name() -> str:
    return "migrant.magazine"


@pytest.fixture
def magazine(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    magazine = api.content.create(
        container=portal, type="Magazine", id="magazine", title="Migrant in Romania"
    )
    api.content.transition(magazine, to_state="published")
    return magazine


@pytest.fixture
def functional_magazine(functional_portal):
    """A published magazine with two issues, committed for HTTP tests."""
    setRoles(functional_portal, TEST_USER_ID, ["Manager"])
    magazine = api.content.create(
        container=functional_portal, type="Magazine", id="magazine", title="Magazine"
    )
    api.content.transition(magazine, to_state="published")
    issue = add_issue(magazine, 19, 2013, quarter=4, pdf=pdf_file("Nr. 19 / 2013"))
    add_article(issue, "Editorial", first_page=1, last_page=2, authors=["Ana"])
    add_issue(magazine, 20, 2014, publish=False)
    transaction.commit()
    return magazine
