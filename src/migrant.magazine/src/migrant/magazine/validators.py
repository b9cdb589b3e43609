"""Field constraints and the checks behind them, shared by forms and REST."""

from migrant.magazine import _
from migrant.magazine.interfaces import IMagazineSettings
from plone.registry.interfaces import IRegistry
from zope.component import queryUtility
from zope.interface import Invalid
from zope.schema import ValidationError

import re


PDF_MAGIC = b"%PDF-"
ISSN = re.compile(r"^(\d{4})-?(\d{3})([\dXx])$")


class InvalidISSN(ValidationError):
    __doc__ = _(
        "This is not a valid ISSN: eight characters such as 1844-6949, the last "
        "one a check digit (0-9 or X)."
    )


class NotAPDF(ValidationError):
    __doc__ = _("Only PDF documents can be uploaded here.")


class PDFTooLarge(ValidationError):
    __doc__ = _("This PDF is larger than the site accepts.")

    def __init__(self, size_mb, limit_mb):
        super().__init__(size_mb, limit_mb)
        self.size_mb, self.limit_mb = size_mb, limit_mb

    def doc(self):
        return _(
            "This PDF is ${size} MB; the site accepts at most ${limit} MB.",
            mapping={"size": self.size_mb, "limit": self.limit_mb},
        )


def issn(value):
    """Constraint: a well-formed ISSN whose check digit is right.

    >>> issn("0317-8471")
    True
    """
    match = ISSN.match(value.strip())
    if match is None:
        raise InvalidISSN(value)
    digits = match.group(1) + match.group(2)
    total = sum(
        int(digit) * weight
        for digit, weight in zip(digits, range(8, 1, -1), strict=True)
    )
    check = (11 - total % 11) % 11
    if match.group(3).upper() != ("X" if check == 10 else str(check)):
        raise InvalidISSN(value)
    return True


def max_pdf_size_mb():
    registry = queryUtility(IRegistry)
    settings = (
        registry.forInterface(IMagazineSettings, check=False) if registry else None
    )
    limit = getattr(settings, "max_pdf_size", None)
    return limit or IMagazineSettings["max_pdf_size"].default


def pdf_file(value):
    """Constraint: a real PDF (by its content, not its name) within the size limit."""
    with value.open() as data:
        head = data.read(64)
    # Judge by the content: anything can be named .pdf or sent as one.
    if not head.lstrip(b"\xef\xbb\xbf\x00 \t\r\n").startswith(PDF_MAGIC):
        raise NotAPDF(value.filename)
    limit = max_pdf_size_mb()
    size = value.getSize()
    if size > limit * 1024 * 1024:
        raise PDFTooLarge(round(size / 1024 / 1024, 1), limit)
    return True


def page_range(data):
    """Invariant: an article's first page is not after its last one."""
    first, last = getattr(data, "first_page", None), getattr(data, "last_page", None)
    if first and last and first > last:
        raise Invalid(_("The first page must not come after the last page."))
