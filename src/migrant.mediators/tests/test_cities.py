"""Cities: registry records, the named vocabulary, the "Mediator cities" panel."""

from AccessControl import Unauthorized
from migrant.mediators.browser.controlpanel import in_use_message
from migrant.mediators.browser.controlpanel import items_using
from migrant.mediators.interfaces import IMediatorSettings
from migrant.mediators.interfaces import InvalidEntries
from migrant.mediators.interfaces import valid_entries
from migrant.mediators.subscribers import EntriesInUse
from migrant.mediators.testing import add_mediator
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from Products.statusmessages.interfaces import IStatusMessage
from zope.component import getUtility
from zope.i18n import translate
from zope.schema.interfaces import IVocabularyFactory

import pytest


PANEL = "@@mediator-cities-controlpanel"


def cities_vocabulary(context):
    return getUtility(IVocabularyFactory, "migrant.mediators.cities")(context)


def submit_panel(portal, request, cities, expertise=None):
    """Post the control panel form; return the status messages shown."""
    settings = api.portal.get_registry_record
    expertise = (
        expertise if expertise is not None else settings("migrant.mediators.expertise")
    )
    request.form.update(
        {
            "form.widgets.cities": "\n".join(cities),
            "form.widgets.expertise": "\n".join(expertise),
            "form.widgets.contact_rate_limit": "5",
            "form.buttons.save": "Save",
        }
    )
    request["REQUEST_METHOD"] = "POST"
    view = portal.restrictedTraverse(PANEL)
    html = view()
    return html, [str(m.message) for m in IStatusMessage(request).show()]


class TestRegistry:
    @pytest.mark.parametrize(
        "token,title",
        [
            ("timisoara", "Timișoara"),
            ("iasi", "Iași"),
            ("constanta", "Constanța"),
            ("cluj-napoca", "Cluj-Napoca"),
            ("bucuresti", "București"),
        ],
    )
    def test_default_city(self, portal, token, title):
        vocabulary = cities_vocabulary(portal)
        assert vocabulary.getTerm(token).title == title

    def test_default_order_and_count(self, portal):
        assert [term.value for term in cities_vocabulary(portal)] == [
            "timisoara",
            "iasi",
            "constanta",
            "cluj-napoca",
            "bucuresti",
        ]

    def test_records_come_from_interface(self, portal):
        registry_records = api.portal.get_registry_record("migrant.mediators.cities")
        assert len(registry_records) == 5
        assert "cities" in IMediatorSettings

    def test_vocabulary_follows_registry(self, portal):
        api.portal.set_registry_record(
            "migrant.mediators.cities", ["brasov|Brașov", "iasi|Iași"]
        )
        assert [term.title for term in cities_vocabulary(portal)] == [
            "Brașov",
            "Iași",
        ]

    @pytest.mark.parametrize(
        "lines",
        [
            ["timisoara"],
            ["Timisoara|Timișoara"],
            ["timi șoara|Timișoara"],
            ["timisoara|"],
            ["timisoara|Timișoara", "timisoara|Temesvár"],
            ["-iasi|Iași"],
        ],
    )
    def test_invalid_entries(self, lines):
        with pytest.raises(InvalidEntries):
            valid_entries(lines)

    def test_valid_entries(self):
        assert valid_entries(["cluj-napoca|Cluj-Napoca", "iasi|Iași"]) is True


class TestControlPanel:
    def test_configlet_registered(self, portal):
        controlpanel = api.portal.get_tool("portal_controlpanel")
        actions = {a.getAction(portal)["id"]: a for a in controlpanel.listActions()}
        assert "mediator-cities" in actions
        assert actions["mediator-cities"].permissions == (
            "migrant.mediators: Manage mediators",
        )

    @pytest.mark.parametrize(
        "role,allowed",
        [
            (None, False),
            ("Member", False),
            ("Editor", False),
            ("Coordinator", True),
            ("Site Administrator", True),
            ("Manager", True),
        ],
    )
    def test_permission(self, portal, as_role, role, allowed):
        as_role(role)
        if allowed:
            assert "Mediator cities" in portal.restrictedTraverse(PANEL)()
        else:
            with pytest.raises(Unauthorized):
                portal.restrictedTraverse(PANEL)

    def test_add_city(self, portal, request_, as_role):
        as_role("Site Administrator")
        cities = api.portal.get_registry_record("migrant.mediators.cities")
        _html, messages = submit_panel(portal, request_, [*cities, "brasov|Brașov"])
        assert "Changes saved." in messages
        assert "brasov" in cities_vocabulary(portal)

    def test_invalid_line_is_an_error(self, portal, request_, as_role):
        as_role("Manager")
        html, _messages = submit_panel(portal, request_, ["Brasov"])
        assert "id|Title" in html
        assert len(api.portal.get_registry_record("migrant.mediators.cities")) == 5

    def test_remove_unused_city(self, portal, request_, directory):
        add_mediator(directory, "Ana", "Popescu", city="timisoara")
        _html, messages = submit_panel(
            portal, request_, ["timisoara|Timișoara", "iasi|Iași"]
        )
        assert "Changes saved." in messages
        assert [t.value for t in cities_vocabulary(portal)] == ["timisoara", "iasi"]

    @pytest.mark.parametrize("publish", [True, False])
    def test_remove_city_in_use_is_refused(self, portal, request_, directory, publish):
        add_mediator(directory, "Ana", "Popescu", city="iasi", publish=publish)
        add_mediator(directory, "Li", "Wei", city="iasi", publish=publish)
        before = api.portal.get_registry_record("migrant.mediators.cities")
        html, _messages = submit_panel(
            portal, request_, [line for line in before if not line.startswith("iasi")]
        )
        assert api.portal.get_registry_record("migrant.mediators.cities") == before
        # Refused on the form itself (no redirect): the message is on the page.
        assert html.count("The city “Iași” cannot be removed") == 1
        assert "Ana Popescu" in html
        assert "Li Wei" in html
        assert "Nothing was saved." in html

    @pytest.mark.parametrize(
        "language,words",
        [
            ("ro", "nu poate fi eliminat"),
            ("fr", "ne peut pas être supprimée"),
            ("ar", "لا يمكن حذف"),
        ],
    )
    def test_refusal_is_translated(self, directory, language, words):
        add_mediator(directory, "Ana", "Popescu", city="iasi")
        used = items_using("mediator_city", ["iasi"])
        (message,) = in_use_message("cities", {"iasi": "Iași"}, used)
        text = translate(message, target_language=language)
        assert words in text
        assert "Ana Popescu" in text
        assert "Iași" in text

    def test_remove_expertise_in_use_is_refused(self, portal, request_, directory):
        add_mediator(directory, "Ana", "Popescu", expertise=["health"])
        expertise = api.portal.get_registry_record("migrant.mediators.expertise")
        cities = api.portal.get_registry_record("migrant.mediators.cities")
        html, _messages = submit_panel(
            portal,
            request_,
            cities,
            [line for line in expertise if not line.startswith("health|")],
        )
        assert api.portal.get_registry_record("migrant.mediators.expertise") == (
            expertise
        )
        assert "The area “Health” cannot be removed" in html
        assert "Ana Popescu" in html


@pytest.fixture
def request_(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    return portal.REQUEST


class TestRegistryGuard:
    """Other routes than the control panel (REST @registry, scripts) are refused too."""

    def test_removing_used_city_raises(self, directory):
        add_mediator(directory, "Ana", "Popescu", city="iasi", publish=False)
        with pytest.raises(EntriesInUse, match="Ana Popescu"):
            api.portal.set_registry_record(
                "migrant.mediators.cities", ["timisoara|Timișoara"]
            )

    def test_removing_used_area_raises(self, directory):
        add_mediator(directory, "Ana", "Popescu", expertise=["housing"])
        with pytest.raises(EntriesInUse):
            api.portal.set_registry_record("migrant.mediators.expertise", [])

    def test_renaming_a_used_city_is_fine(self, directory):
        add_mediator(directory, "Ana", "Popescu", city="iasi")
        api.portal.set_registry_record(
            "migrant.mediators.cities", ["iasi|Iași (Jassy)", "timisoara|Timișoara"]
        )
        assert cities_vocabulary(directory).getTerm("iasi").title == "Iași (Jassy)"

    def test_other_records_untouched(self, directory):
        add_mediator(directory, "Ana", "Popescu", city="iasi")
        api.portal.set_registry_record("migrant.mediators.contact_rate_limit", 9)
        assert (
            api.portal.get_registry_record("migrant.mediators.contact_rate_limit") == 9
        )
