"""Event handlers: the linked user gets the Editor role on their own profile."""

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
