"""Migrant magazine: Quarterly magazine: numbered issues, articles, supplements and PDF
archive.
"""

from zope.i18nmessageid import MessageFactory


PACKAGE_NAME = "migrant.magazine"

_ = MessageFactory(PACKAGE_NAME)
