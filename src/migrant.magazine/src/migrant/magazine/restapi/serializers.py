"""Issues and supplements serialize their table of contents."""

from migrant.magazine import catalog
from migrant.magazine.content.issue import IMagazineIssue
from migrant.magazine.content.supplement import IMagazineSupplement
from migrant.magazine.interfaces import IMigrantMagazineLayer
from plone.restapi.interfaces import ISerializeToJson
from plone.restapi.serializer.dxcontent import SerializeFolderToJson
from zope.component import adapter
from zope.interface import implementer


def toc_entry(brain):
    return {
        "@id": brain.getURL(),
        "title": brain.Title,
        "description": brain.Description,
        "authors": list(brain.article_authors or ()),
        "section": brain.article_section,
        "pages": brain.article_pages,
        "review_state": brain.review_state,
    }


def table_of_contents(container):
    return [toc_entry(brain) for brain in catalog.articles(container)]


@implementer(ISerializeToJson)
@adapter(IMagazineSupplement, IMigrantMagazineLayer)
class SupplementSerializer(SerializeFolderToJson):
    def __call__(self, version=None, include_items=True):
        result = super().__call__(version=version, include_items=include_items)
        result["table_of_contents"] = table_of_contents(self.context)
        return result


@implementer(ISerializeToJson)
@adapter(IMagazineIssue, IMigrantMagazineLayer)
class IssueSerializer(SerializeFolderToJson):
    def __call__(self, version=None, include_items=True):
        result = super().__call__(version=version, include_items=include_items)
        # Issues have no title field: theirs is derived from number and year.
        result["title"] = self.context.title
        result["table_of_contents"] = table_of_contents(self.context)
        result["supplements"] = [
            {
                "@id": brain.getURL(),
                "title": brain.Title,
                "pdf_size": brain.pdf_size,
                "table_of_contents": table_of_contents(brain.getPath()),
            }
            for brain in catalog.supplements(self.context)
        ]
        return result
