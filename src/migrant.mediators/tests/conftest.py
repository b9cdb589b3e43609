from migrant.mediators.testing import FUNCTIONAL_TESTING
from migrant.mediators.testing import INTEGRATION_TESTING
from migrant.mediators.testing import REST_FUNCTIONAL_TESTING
from migrant.mediators.testing import add_mediator
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import login
from plone.app.testing import logout
from plone.app.testing import setRoles
from pytest_plone import fixtures_factory

import pytest


globals().update(
    fixtures_factory(
        (
            (FUNCTIONAL_TESTING, "functional"),
            (INTEGRATION_TESTING, "integration"),
            (REST_FUNCTIONAL_TESTING, "rest_functional"),
        )
    )
)


@pytest.fixture
def package_name() -> str:
    return "migrant.mediators"


@pytest.fixture
def directory(portal):
    """A published, empty mediator directory."""
    setRoles(portal, TEST_USER_ID, ["Manager"])
    directory = api.content.create(
        container=portal, type="MediatorDirectory", id="mediators", title="Mediators"
    )
    api.content.transition(directory, to_state="published")
    return directory


@pytest.fixture
def mediators(directory):
    """Six mediators: five published (one inactive), one private."""
    return {
        "ana": add_mediator(
            directory,
            "Ana",
            "Popescu",
            city="timisoara",
            languages=["ro", "ar"],
            expertise=["health", "housing"],
            countries=["sy"],
            email="ana.private@example.org",
            phone="+40 721 000 111",
        ),
        "omar": add_mediator(
            directory,
            "Omar",
            "Haddad",
            city="timisoara",
            languages=["ar", "fr"],
            expertise=["legal-residence"],
            email="omar.private@example.org",
            phone="+40 721 000 222",
        ),
        "li": add_mediator(
            directory,
            "Li",
            "Wei",
            city="iasi",
            languages=["zh", "en"],
            expertise=["employment"],
            email="li.private@example.org",
        ),
        "elena": add_mediator(
            directory,
            "Elena",
            "Rusu",
            city="bucuresti",
            languages=["ro", "ru"],
            expertise=["education"],
        ),
        "retired": add_mediator(
            directory,
            "Ion",
            "Inactiv",
            city="bucuresti",
            languages=["ro", "ar"],
            active=False,
        ),
        "draft": add_mediator(
            directory,
            "Dana",
            "Ciorna",
            city="timisoara",
            languages=["ar"],
            publish=False,
        ),
    }


@pytest.fixture
def as_role(portal):
    """Switch to a user holding the given global roles (None: anonymous)."""
    created = set()

    def switch(role):
        # The publisher sets AUTHENTICATED_USER on real requests; plone.autoform
        # only checks field permissions when it is there.
        if role is None:
            logout()
            portal.REQUEST["AUTHENTICATED_USER"] = api.user.get_current()
            return None
        userid = f"user-{role.lower().replace(' ', '-')}"
        if userid not in created and api.user.get(userid=userid) is None:
            api.user.create(email=f"{userid}@example.org", username=userid)
            created.add(userid)
        setRoles(portal, userid, [role])
        login(portal, userid)
        portal.REQUEST["AUTHENTICATED_USER"] = api.user.get_current()
        return userid

    yield switch
    login(portal, TEST_USER_NAME)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the item (browser tests screenshot failures)."""
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report
