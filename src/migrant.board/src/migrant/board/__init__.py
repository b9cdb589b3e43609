"""Migrant board: Public forum: boards, forums, topics and moderated replies."""

from zope.i18nmessageid import MessageFactory


PACKAGE_NAME = "migrant.board"

_ = MessageFactory(PACKAGE_NAME)
