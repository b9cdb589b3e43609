"""Contact details: only with "migrant.mediators: View contact details"."""

from plone import api

import pytest


ROLES = [
    (None, False),
    ("Member", False),
    ("Editor", False),
    ("Reviewer", False),
    ("Coordinator", True),
    ("Site Administrator", True),
    ("Manager", True),
]


@pytest.mark.parametrize(
    "role,expected",
    [
        ("Manager", True),
        ("Site Administrator", True),
        ("Coordinator", True),
        ("Editor", False),
        ("Contributor", False),
        ("Member", False),
        ("Anonymous", False),
    ],
)
def test_permission_roles(portal, role, expected):
    roles = {
        r["name"]
        for r in portal.rolesOfPermission("migrant.mediators: View contact details")
        if r["selected"]
    }
    assert (role in roles) is expected


@pytest.mark.parametrize("role,sees", ROLES)
def test_profile_view(mediators, as_role, role, sees):
    ana = mediators["ana"]
    as_role(role)
    html = ana.restrictedTraverse("@@mediator-view")()
    assert "Ana Popescu" in html
    assert "Timișoara" in html
    assert ("ana.private@example.org" in html) is sees
    assert ("+40 721 000 111" in html) is sees
    assert ("Private contact details" in html) is sees


@pytest.mark.parametrize("role,sees", ROLES)
def test_generic_display_view(mediators, as_role, role, sees):
    """Dexterity's own @@view honours the fields' read permission."""
    ana = mediators["ana"]
    as_role(role)
    html = ana.restrictedTraverse("@@view")()
    assert ("ana.private@example.org" in html) is sees
    assert ("+40 721 000 111" in html) is sees


@pytest.mark.parametrize(
    "role,sees", [("Editor", False), ("Site Administrator", True), ("Manager", True)]
)
def test_edit_form(mediators, as_role, role, sees):
    """Editors without the permission get no contact widgets to read."""
    ana = mediators["ana"]
    as_role(role)
    assert api.user.has_permission("Modify portal content", obj=ana)
    html = ana.restrictedTraverse("@@edit")()
    assert ("ana.private@example.org" in html) is sees


@pytest.mark.parametrize("role", [None, "Member"])
def test_unpublished_is_invisible(mediators, directory, as_role, role):
    as_role(role)
    html = directory.restrictedTraverse("@@mediator-directory")()
    assert "Dana Ciorna" not in html
    catalog = api.portal.get_tool("portal_catalog")
    assert len(catalog(portal_type="Mediator", getId="dana-ciorna")) == 0


def test_directory_never_shows_contact_details(mediators, directory, as_role):
    as_role("Manager")
    html = directory.restrictedTraverse("@@mediator-directory")()
    assert "Ana Popescu" in html
    assert "private@example.org" not in html
    assert "000 111" not in html


@pytest.mark.parametrize(
    "role,offered",
    [("Manager", True), ("Site Administrator", True), ("Editor", False)],
)
def test_coordinator_role_on_sharing_tab(directory, as_role, role, offered):
    as_role(role)
    if role == "Editor":
        directory.manage_setLocalRoles(api.user.get_current().getId(), ["Editor"])
    sharing = directory.restrictedTraverse("@@sharing")
    assert ("Coordinator" in [r["id"] for r in sharing.roles()]) is offered


def test_local_coordinator_sees_contact_details(mediators, directory, as_role):
    userid = as_role("Member")
    directory.manage_setLocalRoles(userid, ["Coordinator"])
    directory.reindexObjectSecurity()
    html = mediators["ana"].restrictedTraverse("@@mediator-view")()
    assert "ana.private@example.org" in html
