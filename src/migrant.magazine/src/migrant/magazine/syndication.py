"""RSS/Atom of a magazine's issues, through Plone's syndication."""

from migrant.magazine import catalog
from plone.base.interfaces.syndication import IFeedSettings
from Products.CMFPlone.browser.syndication.adapters import FolderFeed


class MagazineFeed(FolderFeed):
    """The newest issues, waking only as many as the feed shows.

    Plone's folder feed wakes every child before it cuts the list.
    """

    def _brains(self):
        return catalog.issues(self.context, sort_limit=self.limit)[: self.limit]

    def _items(self):
        return [brain.getObject() for brain in self._brains()]


def enable_feed(magazine, event):
    """A new magazine publishes its feed of issues."""
    IFeedSettings(magazine).enabled = True
