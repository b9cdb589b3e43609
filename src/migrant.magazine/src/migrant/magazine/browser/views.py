"""Views of the magazine's content types."""

from itertools import groupby
from migrant.magazine import catalog
from migrant.magazine.interfaces import IMagazineSettings
from migrant.magazine.vocabularies import QUARTERS
from plone import api
from plone.batching import Batch
from Products.Five.browser import BrowserView
from zope.component import getUtility
from zope.globalrequest import getRequest
from zope.i18n import translate
from zope.schema.interfaces import IVocabularyFactory

import re


def human_size(size):
    """ "1.4 MB", "230 KB"."""
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


QUARTER_LABELS = dict(QUARTERS)


def period_label(period):
    """ "Q4" in the reader's language ("Trim. IV"); a season label as it is."""
    label = (
        QUARTER_LABELS.get(int(period[1:])) if re.fullmatch("Q[1-4]", period) else None
    )
    return translate(label, context=getRequest()) if label else period


def issue_heading(brain_or_issue):
    """ "Nr. 19 / 2013 · Q4"."""
    title = brain_or_issue.Title
    title = title() if callable(title) else title
    period = getattr(brain_or_issue, "issue_period", None)
    return f"{title} · {period_label(period)}" if period else title


class MagazineView(BrowserView):
    """The current issue, then the archive grouped by year, newest first."""

    def current_issue(self):
        return catalog.current_issue(self.context)

    def batch(self):
        size = api.portal.get_registry_record(
            "archive_batch_size", interface=IMagazineSettings, default=24
        )
        start = int(self.request.form.get("b_start", 0) or 0)
        return Batch(catalog.issues(self.context), size, start)

    def years(self, batch):
        """[(year, [brain, ...]), ...] for the issues of this archive page."""
        return [
            (year, list(group))
            for year, group in groupby(batch, lambda b: b.issue_year)
        ]

    heading = staticmethod(issue_heading)
    human_size = staticmethod(human_size)


class IssueView(BrowserView):
    heading = staticmethod(issue_heading)
    human_size = staticmethod(human_size)

    def publication_date(self):
        """The date in the reader's language's format, e.g. "1 dec. 2013"."""
        date = self.context.publication_date
        return api.portal.get_localized_time(datetime=date) if date else ""

    def period(self):
        issue = self.context
        return issue.season or (
            period_label(f"Q{issue.quarter}") if issue.quarter else ""
        )

    def supplements(self):
        return catalog.supplements(self.context)


class SupplementView(IssueView):
    pass


class TableOfContents(BrowserView):
    """The ordered articles of an issue or supplement (rendered inside their view)."""

    def articles(self):
        return catalog.articles(self.context)

    def section_title(self, value):
        if not value:
            return ""
        vocabulary = getUtility(IVocabularyFactory, "migrant.magazine.sections")(
            self.context
        )
        term = vocabulary.by_value.get(value)
        return term.title if term else value


class ArticleView(BrowserView):
    def section_title(self):
        return TableOfContents(self.context, self.request).section_title(
            self.context.section
        )

    def neighbours(self):
        """(previous, next) article brains in the container's order."""
        siblings = catalog.articles(self.context.__parent__)
        uids = [brain.UID for brain in siblings]
        uid = api.content.get_uuid(self.context)
        if uid not in uids:
            return None, None
        here = uids.index(uid)
        previous = siblings[here - 1] if here > 0 else None
        following = siblings[here + 1] if here + 1 < len(uids) else None
        return previous, following
