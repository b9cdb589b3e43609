"""The portal's languages, Romanian first (the default).

profiles/default/registry.xml configures the same list in Plone; a test keeps
the two equal.
"""

DEFAULT_LANGUAGE = "ro"
LANGUAGES = ("ro", "en", "fr", "ar")
RIGHT_TO_LEFT = frozenset({"ar"})
