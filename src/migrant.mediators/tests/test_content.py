"""Mediator Directory and Mediator: types, fields, validation, catalog, linked user."""

from migrant.mediators.content import IMediator
from migrant.mediators.content import InvalidPhone
from migrant.mediators.content import UnknownUser
from migrant.mediators.testing import add_mediator
from plone import api
from plone.api.exc import InvalidParameterError
from plone.app.testing import login
from plone.schema.email import InvalidEmail
from zope.schema.interfaces import ConstraintNotSatisfied
from zope.schema.interfaces import TooShort
from zope.schema.interfaces import WrongContainedType

import pytest


class TestTypes:
    def test_directory_allows_only_mediators(self, portal):
        fti = api.portal.get_tool("portal_types")["MediatorDirectory"]
        assert fti.filter_content_types
        assert fti.allowed_content_types == ("Mediator",)

    def test_mediator_not_addable_outside_a_directory(self, directory, portal):
        with pytest.raises(InvalidParameterError):
            api.content.create(container=portal, type="Mediator", title="A B")

    def test_title_follows_names(self, directory):
        mediator = add_mediator(directory, "Ana", "Popescu")
        assert mediator.getId() == "ana-popescu"
        assert mediator.Title() == "Ana Popescu"
        mediator.last_name = "Ionescu"
        mediator.reindexObject()
        assert mediator.title == "Ana Ionescu"
        brain = api.content.find(UID=mediator.UID())[0]
        assert brain.Title == "Ana Ionescu"

    def test_title_cannot_be_set_apart_from_names(self, directory):
        mediator = add_mediator(directory, "Ana", "Popescu")
        mediator.title = "Someone else"
        assert mediator.title == "Ana Popescu"

    def test_default_views(self, directory):
        mediator = add_mediator(directory, "Ana", "Popescu")
        assert directory.getLayout() == "mediator-directory"
        assert mediator.getLayout() == "mediator-view"

    def test_language_independent_fields(self):
        pytest.importorskip("plone.app.multilingual")
        from plone.app.multilingual.dx.interfaces import MULTILINGUAL_KEY

        independent = {
            name
            for _iface, name, _value in IMediator.queryTaggedValue(MULTILINGUAL_KEY, [])
        }
        assert {"city", "languages", "email", "phone"} <= independent
        assert "bio" not in independent


class TestValidation:
    @pytest.mark.parametrize(
        "field,value,error",
        [
            ("email", "not-an-email", InvalidEmail),
            ("email", "two@@example.org", InvalidEmail),
            ("email", "ana @example.org", InvalidEmail),
            ("city", "brasov", ConstraintNotSatisfied),
            ("languages", ["xx"], WrongContainedType),
            ("languages", [], TooShort),
            ("countries", ["zz"], WrongContainedType),
            ("expertise", ["astrology"], WrongContainedType),
            ("phone", "call me", InvalidPhone),
            ("phone", "12", InvalidPhone),
            ("linked_user", "nobody-here", UnknownUser),
        ],
    )
    def test_invalid(self, directory, field, value, error):
        bound = IMediator[field].bind(directory)
        with pytest.raises(error):
            bound.validate(value)

    @pytest.mark.parametrize(
        "field,value",
        [
            ("email", "ana.popescu@example.org"),
            ("city", "cluj-napoca"),
            ("languages", ["ar", "fa", "ro"]),
            ("countries", ["sy", "md", "af"]),
            ("expertise", ["legal-residence", "public-administration"]),
            ("phone", "+40 (256) 123-456"),
            ("linked_user", "test_user_1_"),
        ],
    )
    def test_valid(self, directory, field, value):
        IMediator[field].bind(directory).validate(value)


class TestCatalog:
    def test_indexes(self, mediators, directory):
        catalog = api.portal.get_tool("portal_catalog")
        found = {
            brain.getId
            for brain in catalog(mediator_languages="ar", mediator_active=True)
        }
        assert found == {"ana-popescu", "omar-haddad", "dana-ciorna"}
        assert {b.getId for b in catalog(mediator_city="iasi")} == {"li-wei"}
        assert {b.getId for b in catalog(mediator_expertise="health")} == {
            "ana-popescu"
        }
        assert {b.getId for b in catalog(mediator_active=False)} == {"ion-inactiv"}

    def test_searchable_text_has_public_fields(self, mediators):
        catalog = api.portal.get_tool("portal_catalog")
        assert [b.getId for b in catalog(SearchableText="Popescu")] == ["ana-popescu"]
        assert [b.getId for b in catalog(SearchableText="Syrian")] == ["ana-popescu"]

    @pytest.mark.parametrize(
        "secret", ["ana.private@example.org", "ana.private", "721", "000 111"]
    )
    def test_contact_details_not_searchable(self, mediators, secret):
        catalog = api.portal.get_tool("portal_catalog")
        assert len(catalog(SearchableText=secret)) == 0

    def test_contact_details_not_in_catalog(self, mediators):
        catalog = api.portal.get_tool("portal_catalog")
        mediator = mediators["ana"]
        assert not {"email", "phone"} & set(catalog.indexes())
        assert not {"email", "phone"} & set(catalog.schema())
        rid = catalog.getrid("/".join(mediator.getPhysicalPath()))
        metadata = catalog.getMetadataForRID(rid)
        indexed = catalog.getIndexDataForRID(rid)
        # Whole values: fragments such as "721" may turn up in a timestamp.
        phone_digits = "".join(filter(str.isdigit, mediator.phone))
        for value in (*metadata.values(), *indexed.values()):
            assert "ana.private" not in str(value)
            assert mediator.phone not in str(value)
            assert phone_digits not in "".join(filter(str.isdigit, str(value)))


class TestLinkedUser:
    @pytest.fixture
    def users(self, portal):
        for userid in ("mediator-ana", "mediator-omar"):
            api.user.create(email=f"{userid}@example.org", username=userid)
            api.user.grant_roles(username=userid, roles=["Member"])
        return "mediator-ana", "mediator-omar"

    def test_linked_user_edits_own_profile_only(self, portal, directory, users):
        ana = add_mediator(directory, "Ana", "Popescu", linked_user="mediator-ana")
        omar = add_mediator(directory, "Omar", "Haddad", linked_user="mediator-omar")
        login(portal, "mediator-ana")
        assert api.user.has_permission("Modify portal content", obj=ana)
        assert not api.user.has_permission("Modify portal content", obj=omar)
        assert not api.user.has_permission("Modify portal content", obj=directory)

    def test_linked_user_cannot_change_the_link(self, portal, directory, users):
        ana = add_mediator(directory, "Ana", "Popescu", linked_user="mediator-ana")
        login(portal, "mediator-ana")
        assert not api.user.has_permission(
            "migrant.mediators: Manage mediators", obj=ana
        )

    def test_relinking_moves_the_role(self, portal, directory, users):
        ana = add_mediator(directory, "Ana", "Popescu", linked_user="mediator-ana")
        ana.linked_user = "mediator-omar"
        from zope.event import notify
        from zope.lifecycleevent import ObjectModifiedEvent

        notify(ObjectModifiedEvent(ana))
        assert "Editor" not in ana.get_local_roles_for_userid("mediator-ana")
        assert "Editor" in ana.get_local_roles_for_userid("mediator-omar")
        ana.linked_user = None
        notify(ObjectModifiedEvent(ana))
        assert "Editor" not in ana.get_local_roles_for_userid("mediator-omar")
