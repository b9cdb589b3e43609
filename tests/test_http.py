"""Anonymous visitors and the administrator over HTTP (a real WSGI server)."""

from migrant.portal.languages import LANGUAGES
from migrant.portal.languages import RIGHT_TO_LEFT
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD

import pytest
import re
import requests


@pytest.fixture
def portal_url(functional_portal):
    return functional_portal.absolute_url()


def attribute(html, tag, name):
    return re.search(rf'<{tag}\s[^>]*\b{name}="([^"]*)"', html).group(1)


@pytest.mark.parametrize("language", LANGUAGES)
def test_anonymous_sees_language_root(portal_url, language):
    response = requests.get(f"{portal_url}/{language}", timeout=30)
    assert response.status_code == 200
    assert attribute(response.text, "html", "lang") == language


@pytest.mark.parametrize("language", LANGUAGES)
def test_text_direction(portal_url, language):
    direction = "rtl" if language in RIGHT_TO_LEFT else "ltr"
    html = requests.get(f"{portal_url}/{language}", timeout=30).text
    assert attribute(html, "body", "dir") == direction


def test_admin_logs_in_over_rest(portal_url):
    response = requests.post(
        f"{portal_url}/@login",
        json={"login": SITE_OWNER_NAME, "password": SITE_OWNER_PASSWORD},
        headers={"Accept": "application/json"},
        timeout=30,
    )
    assert response.status_code == 200
    assert response.json()["token"]


def test_wrong_password_is_refused(portal_url):
    response = requests.post(
        f"{portal_url}/@login",
        json={"login": SITE_OWNER_NAME, "password": "wrong"},
        headers={"Accept": "application/json"},
        timeout=30,
    )
    assert response.status_code == 401
