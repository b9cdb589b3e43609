"""Marker interfaces of migrant.portal."""

from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IMigrantPortalLayer(IDefaultBrowserLayer):
    """Browser layer: present only in sites where migrant.portal is installed."""
