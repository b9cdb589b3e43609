"""Marker interfaces of migrant.magazine."""

from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IMigrantMagazineLayer(IDefaultBrowserLayer):
    """Browser layer: present only in sites where migrant.magazine is installed."""
