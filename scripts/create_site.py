"""Make sure the Zope administrator and the Plone site exist.

Run by `make start` through Zope's console, which provides `app`:

    .venv/bin/zconsole run instance/etc/zope.conf scripts/create_site.py

ADMIN_USER (admin) and ADMIN_PASSWORD (admin) come from the environment.
"""

from migrant.portal.site import setup_instance

import os


site, created = setup_instance(
    app,  # noqa: F821 -- provided by zconsole
    admin_login=os.environ.get("ADMIN_USER", "admin"),
    admin_password=os.environ.get("ADMIN_PASSWORD", "admin"),
)
print(f"Plone site {site.getId()!r} {'created' if created else 'already there'}")

# Close the database so FileStorage writes its index: the next start is faster.
app._p_jar.db().close()  # noqa: F821
