"""Event handlers: the linked user gets the Editor role on their own profile;
cities and areas in use cannot be removed from the registry by any route."""

from migrant.mediators.interfaces import parse_entries
from zope.interface import Invalid


LINKED_ROLE = "Editor"
MARKER = "_migrant_mediators_linked_user"


def _set_role(obj, userid, grant):
    roles = set(obj.get_local_roles_for_userid(userid))
    if grant:
        roles.add(LINKED_ROLE)
    else:
        roles.discard(LINKED_ROLE)
    if roles:
        obj.manage_setLocalRoles(userid, sorted(roles))
    else:
        obj.manage_delLocalRoles([userid])


def sync_linked_user(obj, event=None):
    """Grant Editor to the linked user, take it back from a previous one."""
    previous = getattr(obj, MARKER, None)
    current = (obj.linked_user or "").strip() or None
    if previous == current:
        return
    if previous:
        _set_role(obj, previous, grant=False)
    if current:
        _set_role(obj, current, grant=True)
    setattr(obj, MARKER, current)
    obj.reindexObjectSecurity()


USAGE_INDEXES = {
    "migrant.mediators.cities": "mediator_city",
    "migrant.mediators.expertise": "mediator_expertise",
}


class EntriesInUse(Invalid):
    """A city or area of expertise still used by mediators was removed."""


def refuse_removing_used_entries(event):
    """The control panel explains the refusal; this guards every other way of
    changing the records (REST @registry, the registry editor, scripts)."""
    index = USAGE_INDEXES.get(getattr(event.record, "__name__", None))
    if index is None:
        return
    from migrant.mediators.browser.controlpanel import items_using

    before = dict(parse_entries(event.oldValue))
    after = dict(parse_entries(event.newValue))
    removed = [token for token in before if token not in after]
    used = items_using(index, removed) if removed else {}
    if used:
        raise EntriesInUse(
            f"{event.record.__name__}: still in use: "
            + "; ".join(
                f"{token} ({', '.join(titles)})" for token, (titles, _n) in used.items()
            )
        )
