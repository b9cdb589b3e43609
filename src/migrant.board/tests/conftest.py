from migrant.board.testing import FUNCTIONAL_TESTING
from migrant.board.testing import INTEGRATION_TESTING
from pytest_plone import fixtures_factory

import pytest


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
    return "migrant.board"
