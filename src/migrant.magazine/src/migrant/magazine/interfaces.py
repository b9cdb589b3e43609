"""Marker interfaces and settings of migrant.magazine."""

from migrant.magazine import _
from zope import schema
from zope.interface import Interface
from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IMigrantMagazineLayer(IDefaultBrowserLayer):
    """Browser layer: present only in sites where migrant.magazine is installed."""


class IMagazineSettings(Interface):
    """Site-wide settings, stored in the registry."""

    max_pdf_size = schema.Int(
        title=_("Largest PDF accepted (MB)"),
        description=_(
            "Uploads of issue and supplement PDFs above this size are refused."
        ),
        min=1,
        default=60,
    )

    archive_batch_size = schema.Int(
        title=_("Issues per archive page"),
        min=1,
        max=200,
        default=24,
    )
