"""Create the "Migrant in Romania" Plone site in a Zope application."""

from migrant.portal.languages import DEFAULT_LANGUAGE
from Products.CMFPlone.factory import addPloneSite

import logging
import transaction


logger = logging.getLogger("migrant.portal")

SITE_ID = "Plone"
SITE_TITLE = "Migrant in Romania"

# Plone's Classic UI base (as in plone.classicui's "classic" distribution),
# then the portal's own policy, which pulls in the three other add-ons.
EXTENSION_PROFILES = (
    "plone.app.contenttypes:default",
    "plone.app.layout:default",
    "plonetheme.barceloneta:default",
    "migrant.portal:default",
)


def ensure_admin(app, *, login, password):
    """Make sure the Zope root has a Manager `login`; returns True if created.

    An existing user keeps their password: it may have been changed through
    the web since the first start.

    >>> ensure_admin(app, login="admin", password="secret")
    """
    users = app.acl_users
    if users.getUserById(login) is not None:
        return False
    users._doAddUser(login, password, ["Manager"], [])
    return True


def ensure_site(app, *, site_id=SITE_ID, title=SITE_TITLE):
    """Return the Plone site `site_id` in `app`, creating it if missing.

    Returns a `(site, created)` pair. An existing site is never touched, so
    restarting keeps its content.

    >>> site, created = ensure_site(app)
    """
    if site_id in app.objectIds():
        return app[site_id], False
    site = addPloneSite(
        app,
        site_id,
        title=title,
        extension_ids=EXTENSION_PROFILES,
        default_language=DEFAULT_LANGUAGE,
    )
    return site, True


def setup_instance(app, *, admin_login, admin_password, site_id=SITE_ID):
    """Admin user and site, committed: what `make start` needs before serving.

    >>> setup_instance(app, admin_login="admin", admin_password="admin")
    """
    if ensure_admin(app, login=admin_login, password=admin_password):
        logger.info("Created the Zope administrator %r", admin_login)
    site, created = ensure_site(app, site_id=site_id)
    transaction.get().note(f"migrant.portal: set up instance ({site_id})")
    transaction.commit()
    if created:
        logger.info("Created the Plone site %r", site_id)
    return site, created
