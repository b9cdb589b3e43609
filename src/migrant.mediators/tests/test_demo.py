"""Demo content: 22 fictitious mediators with generated photos."""

from migrant.mediators.demo import PEOPLE
from migrant.mediators.demo import create_demo_content
from migrant.mediators.demo import portrait
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles

import collections
import io
import pytest


@pytest.fixture
def demo(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    return create_demo_content(portal)


def mediator_brains(directory):
    return api.content.find(context=directory, portal_type="Mediator")


def test_22_mediators(demo):
    assert len(PEOPLE) == 22
    assert len(mediator_brains(demo)) == 22


def test_spread_over_the_five_cities(demo):
    cities = collections.Counter(b.mediator_city for b in mediator_brains(demo))
    assert set(cities) == {"timisoara", "iasi", "constanta", "cluj-napoca", "bucuresti"}
    assert min(cities.values()) >= 4


@pytest.mark.parametrize("language", ["ar", "fr", "en", "ru", "tr", "zh", "fa", "ro"])
def test_realistic_language_mix(demo, language):
    assert len(api.content.find(context=demo, mediator_languages=language)) >= 2


def test_photos_are_png_images(demo):
    from PIL import Image

    mediator = demo["amira-haddad"]
    assert mediator.photo.contentType == "image/png"
    image = Image.open(io.BytesIO(mediator.photo.data))
    assert image.size == (400, 400)
    assert mediator.restrictedTraverse("@@images").scale("photo", scale="thumb")


def test_published_and_listed(demo, as_role):
    as_role(None)
    assert len(api.content.find(context=demo, portal_type="Mediator")) == 22


def test_idempotent(demo, portal):
    create_demo_content(portal)
    assert len(mediator_brains(demo)) == 22


def test_needs_cities(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    api.portal.set_registry_record("migrant.mediators.cities", [])
    with pytest.raises(ValueError):
        create_demo_content(portal)


def test_portrait_is_deterministic():
    assert portrait("AB", (1, 2, 3)) == portrait("AB", (1, 2, 3))
    assert portrait("AB", (1, 2, 3)) != portrait("CD", (1, 2, 3))
