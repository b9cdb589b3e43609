"""Intercultural mediators: Directory of intercultural mediators by city, language and
expertise, with private contact details.
"""

from zope.i18nmessageid import MessageFactory


PACKAGE_NAME = "migrant.mediators"

_ = MessageFactory(PACKAGE_NAME)
