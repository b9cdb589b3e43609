"""Marker interfaces of migrant.board."""

from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IMigrantBoardLayer(IDefaultBrowserLayer):
    """Browser layer: present only in sites where migrant.board is installed."""
