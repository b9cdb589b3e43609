"""Catalog indexers: listings read these from brains, never from objects."""

from migrant.magazine.content.article import IMagazineArticle
from migrant.magazine.content.issue import IMagazineIssue
from migrant.magazine.content.supplement import IMagazineSupplement
from migrant.magazine.pdftext import as_text
from migrant.magazine.pdftext import pdf_text
from plone.indexer import indexer
from zope.component.hooks import getSite


def issue_sort_key(number, year):
    """Newest first: by year, then number within the year."""
    return (year or 0) * 100_000 + (number or 0)


@indexer(IMagazineIssue)
def issue_number(obj):
    return obj.number


@indexer(IMagazineIssue)
def issue_year(obj):
    return obj.year


@indexer(IMagazineIssue)
def issue_sort(obj):
    return issue_sort_key(obj.number, obj.year)


@indexer(IMagazineIssue)
def issue_period(obj):
    """ "Q4", or the season label when there is one."""
    if obj.season:
        return obj.season
    return f"Q{obj.quarter}" if obj.quarter else ""


@indexer(IMagazineArticle)
def article_authors(obj):
    return tuple(obj.authors or ())


@indexer(IMagazineArticle)
def article_pages(obj):
    return obj.pages()


@indexer(IMagazineArticle)
def article_section(obj):
    return obj.section


def _pdf_size(obj):
    return obj.pdf.getSize() if obj.pdf else 0


issue_pdf_size = indexer(IMagazineIssue)(_pdf_size)
supplement_pdf_size = indexer(IMagazineSupplement)(_pdf_size)


def _html_text(obj):
    text = getattr(obj, "text", None)
    if not text or not text.raw:
        return ""
    transforms = getSite().portal_transforms
    data = transforms.convertTo("text/plain", text.raw, mimetype=text.mimeType)
    return as_text(data.getData()) if data else ""


def _searchable(*parts):
    return " ".join(part for part in parts if part)


@indexer(IMagazineIssue)
def issue_searchable_text(obj):
    return _searchable(
        obj.title, obj.season, obj.theme, _html_text(obj), pdf_text(obj.pdf)
    )


@indexer(IMagazineSupplement)
def supplement_searchable_text(obj):
    return _searchable(obj.title, obj.description, pdf_text(obj.pdf))


@indexer(IMagazineArticle)
def article_searchable_text(obj):
    subjects = obj.Subject()
    return _searchable(
        obj.title,
        obj.description,
        " ".join(obj.authors or ()),
        " ".join(subjects),
        _html_text(obj),
    )
