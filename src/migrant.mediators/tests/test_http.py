"""Over HTTP (real publisher, real authentication): HTML pages and the REST API
never show contact details to visitors without the permission."""

from migrant.mediators.testing import add_mediator
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from plone.testing.zope import Browser

import json
import pytest
import transaction


PASSWORD = "secret-Password-1"
SECRETS = ("ana.private@example.org", "+40 721 000 111", "omar.private@example.org")


@pytest.fixture
def site(rest_functional):
    portal = rest_functional["portal"]
    setRoles(portal, TEST_USER_ID, ["Manager"])
    directory = api.content.create(
        container=portal, type="MediatorDirectory", id="mediators", title="Mediators"
    )
    api.content.transition(directory, to_state="published")
    add_mediator(
        directory,
        "Ana",
        "Popescu",
        city="timisoara",
        languages=["ro", "ar"],
        email="ana.private@example.org",
        phone="+40 721 000 111",
    )
    add_mediator(
        directory,
        "Omar",
        "Haddad",
        city="timisoara",
        languages=["ar", "fr"],
        email="omar.private@example.org",
    )
    add_mediator(directory, "Li", "Wei", city="iasi", languages=["zh"])
    add_mediator(directory, "Dana", "Ciorna", city="iasi", publish=False)
    for role in ("Member", "Coordinator"):
        api.user.create(
            email=f"{role.lower()}@example.org",
            username=role.lower(),
            password=PASSWORD,
            roles=(role,),
        )
    transaction.commit()
    return portal


def browser(app, user=None, json_api=False):
    browser = Browser(app)
    browser.handleErrors = False
    if user == "admin":
        browser.addHeader(
            "Authorization", f"Basic {SITE_OWNER_NAME}:{SITE_OWNER_PASSWORD}"
        )
    elif user:
        browser.addHeader("Authorization", f"Basic {user}:{PASSWORD}")
    if json_api:
        browser.addHeader("Accept", "application/json")
    return browser


def get_json(app, url, user=None):
    client = browser(app, user, json_api=True)
    client.open(url)
    body = client.contents
    if isinstance(body, bytes):
        body = body.decode("utf-8")
    return json.loads(body), body


USERS = [(None, False), ("member", False), ("coordinator", True), ("admin", True)]


@pytest.mark.parametrize("user,sees", USERS)
@pytest.mark.parametrize("view", ["", "/view", "/@@view", "/mediator-view"])
def test_profile_html(site, rest_functional, user, sees, view):
    client = browser(rest_functional["app"], user)
    client.open(f"{site.absolute_url()}/mediators/ana-popescu{view}")
    assert "Ana Popescu" in client.contents
    assert ("ana.private@example.org" in client.contents) is sees
    assert ("+40 721 000 111" in client.contents) is sees


@pytest.mark.parametrize("user,sees", USERS)
def test_rest_serializer(site, rest_functional, user, sees):
    data, body = get_json(
        rest_functional["app"], f"{site.absolute_url()}/mediators/ana-popescu", user
    )
    assert data.get("title") == "Ana Popescu", sorted(data)
    assert data["city"]["token"] == "timisoara"
    assert ("email" in data) is sees
    assert ("phone" in data) is sees
    assert ("linked_user" in data) is sees
    assert ("ana.private@example.org" in body) is sees


@pytest.mark.parametrize("user", [None, "member", "coordinator"])
@pytest.mark.parametrize(
    "query",
    [
        "@search?portal_type=Mediator&fullobjects=1",
        "@search?portal_type=Mediator&metadata_fields=_all",
        "@search?SearchableText=private",
        "mediators/@mediators",
        "mediators?fullobjects=1",
    ],
)
def test_listings_never_carry_contact_details(site, rest_functional, user, query):
    _data, body = get_json(
        rest_functional["app"], f"{site.absolute_url()}/{query}", user
    )
    # Full objects go through the serializer: the coordinator may read them.
    expected = user == "coordinator" and "fullobjects" in query
    for secret in SECRETS:
        assert (secret in body) is expected


class TestMediatorsService:
    def test_all(self, site, rest_functional):
        data, _body = get_json(
            rest_functional["app"], f"{site.absolute_url()}/mediators/@mediators"
        )
        assert data["items_total"] == 3
        assert sorted(item["title"] for item in data["items"]) == [
            "Ana Popescu",
            "Li Wei",
            "Omar Haddad",
        ]
        assert {c["token"]: c["count"] for c in data["counts"]} == {
            "timisoara": 2,
            "iasi": 1,
            "constanta": 0,
            "cluj-napoca": 0,
            "bucuresti": 0,
        }

    @pytest.mark.parametrize(
        "query,titles,counts",
        [
            ("city=iasi", ["Li Wei"], {"timisoara": 2, "iasi": 1}),
            (
                "language=ar",
                ["Ana Popescu", "Omar Haddad"],
                {"timisoara": 2, "iasi": 0},
            ),
            (
                "language=fr&city=timisoara",
                ["Omar Haddad"],
                {"timisoara": 1, "iasi": 0},
            ),
            ("city=nowhere", ["Ana Popescu", "Li Wei", "Omar Haddad"], {"iasi": 1}),
        ],
    )
    def test_filters(self, site, rest_functional, query, titles, counts):
        data, _body = get_json(
            rest_functional["app"],
            f"{site.absolute_url()}/mediators/@mediators?{query}",
        )
        assert sorted(item["title"] for item in data["items"]) == titles
        found = {c["token"]: c["count"] for c in data["counts"]}
        for token, count in counts.items():
            assert found[token] == count

    def test_invalid_filter_reported(self, site, rest_functional):
        data, _body = get_json(
            rest_functional["app"],
            f"{site.absolute_url()}/mediators/@mediators?city=nowhere",
        )
        assert data["invalid_filters"] == ["city"]
        assert data["filters"]["city"] is None

    def test_item_shape(self, site, rest_functional):
        data, _body = get_json(
            rest_functional["app"],
            f"{site.absolute_url()}/mediators/@mediators?city=iasi",
        )
        (item,) = data["items"]
        assert item["@id"].endswith("/mediators/li-wei")
        assert item["city"] == {"token": "iasi", "title": "Iași"}
        assert item["languages"][0]["token"] == "zh"
        assert set(item) == {
            "@id",
            "@type",
            "title",
            "review_state",
            "city",
            "languages",
            "expertise",
            "photo",
        }

    def test_batching(self, site, rest_functional):
        data, _body = get_json(
            rest_functional["app"],
            f"{site.absolute_url()}/mediators/@mediators?b_size=2",
        )
        assert data["items_total"] == 3
        assert len(data["items"]) == 2
        assert "next" in data["batching"]

    def test_coordinator_sees_unpublished_in_counts(self, site, rest_functional):
        data, _body = get_json(
            rest_functional["app"],
            f"{site.absolute_url()}/mediators/@mediators",
            "admin",
        )
        assert {c["token"]: c["count"] for c in data["counts"]}["iasi"] == 2


class TestLinkedUserOverHttp:
    @pytest.fixture
    def linked(self, site):
        api.user.create(email="amira@example.org", username="amira", password=PASSWORD)
        directory = site["mediators"]
        directory["ana-popescu"].linked_user = "amira"
        from zope.event import notify
        from zope.lifecycleevent import ObjectModifiedEvent

        notify(ObjectModifiedEvent(directory["ana-popescu"]))
        transaction.commit()
        return site

    def test_edits_own_profile(self, linked, rest_functional):
        client = browser(rest_functional["app"], "amira")
        client.open(f"{linked.absolute_url()}/mediators/ana-popescu/@@edit")
        # Contact details and the link itself are not for the mediator to change.
        assert "form.widgets.email" not in client.contents
        assert "form.widgets.linked_user" not in client.contents
        client.getControl(name="form.widgets.training").value = "Certified 2026"
        client.getControl(name="form.buttons.save").click()

        transaction.begin()
        ana = linked["mediators"]["ana-popescu"]
        assert ana.training == "Certified 2026"
        assert ana.email == "ana.private@example.org"

    def test_cannot_edit_another_profile(self, linked, rest_functional):
        client = browser(rest_functional["app"], "amira")
        client.handleErrors = True
        client.raiseHttpErrors = False
        client.open(f"{linked.absolute_url()}/mediators/omar-haddad/@@edit")
        # Plone answers with its "insufficient privileges" page.
        assert "insufficient-privileges" in client.url or "login" in client.url
        assert "form.widgets.training" not in client.contents


@pytest.mark.parametrize("feed", ["RSS", "atom.xml"])
@pytest.mark.parametrize("user", [None, "member"])
def test_feeds_never_carry_contact_details(site, rest_functional, feed, user):
    from plone.base.interfaces.syndication import IFeedSettings

    IFeedSettings(site["mediators"]).enabled = True
    transaction.commit()
    client = browser(rest_functional["app"], user)
    client.open(f"{site.absolute_url()}/mediators/{feed}")
    body = client.contents
    body = body.decode("utf-8") if isinstance(body, bytes) else body
    assert "Ana Popescu" in body
    for secret in SECRETS:
        assert secret not in body
