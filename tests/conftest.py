"""Fixtures of the cross-package suite: the whole portal, as `make start` builds it."""

from migrant.portal.testing import FUNCTIONAL_TESTING
from migrant.portal.testing import INTEGRATION_TESTING
from pytest_plone import fixtures_factory


globals().update(
    fixtures_factory(
        (
            (FUNCTIONAL_TESTING, "functional"),
            (INTEGRATION_TESTING, "integration"),
        )
    )
)
