"""Migrant in Romania portal: Site policy of the Migrant in Romania portal: languages,
consultation, theme and content.
"""

from zope.i18nmessageid import MessageFactory


PACKAGE_NAME = "migrant.portal"

_ = MessageFactory(PACKAGE_NAME)
