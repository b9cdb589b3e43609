"""Marker interfaces of migrant.mediators."""

from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IMigrantMediatorsLayer(IDefaultBrowserLayer):
    """Browser layer: present only in sites where migrant.mediators is installed."""
