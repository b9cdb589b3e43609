"""Text of uploaded PDFs, for the search index.

Plone's `pdf_to_text` transform runs poppler's `pdftotext`. Where that program
is missing, PDFs are not searchable; the site says so once in the log and
otherwise works as before.
"""

from zope.component.hooks import getSite

import logging
import shutil


logger = logging.getLogger("migrant.magazine")
_warned = []


def pdftotext_available():
    if shutil.which("pdftotext"):
        return True
    if not _warned:
        _warned.append(True)
        logger.warning(
            "pdftotext (Debian package poppler-utils) is not installed: "
            "the text of magazine PDFs is not searchable."
        )
    return False


def as_text(value):
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


def pdf_text(blob):
    """Plain text of a NamedBlobFile holding a PDF; "" when it cannot be read."""
    if not blob or not blob.getSize() or not pdftotext_available():
        return ""
    transforms = getSite().portal_transforms
    try:
        data = transforms.convertTo("text/plain", blob.data, mimetype="application/pdf")
    except Exception:  # a broken PDF must not stop the item from being saved
        logger.exception("Could not extract the text of %s", blob.filename)
        return ""
    return as_text(data.getData()) if data else ""
