"""Named vocabularies of migrant.magazine."""

from migrant.magazine import _
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


def _vocabulary(items):
    return SimpleVocabulary([SimpleTerm(value, value, title) for value, title in items])


# Sites extend the sections by registering their own utility under this name.
SECTIONS = (
    ("editorial", _("Editorial")),
    ("interview", _("Interview")),
    ("legislation", _("Legislation")),
    ("community", _("Community")),
    ("culture", _("Culture")),
    ("opinion", _("Opinion")),
    ("news", _("News")),
)

FREQUENCIES = (
    ("monthly", _("Monthly")),
    ("quarterly", _("Quarterly")),
    ("biannual", _("Twice a year")),
    ("yearly", _("Yearly")),
    ("irregular", _("Irregular")),
)

QUARTERS = ((1, _("Q1")), (2, _("Q2")), (3, _("Q3")), (4, _("Q4")))


@provider(IVocabularyFactory)
def sections(context):
    return _vocabulary(SECTIONS)


@provider(IVocabularyFactory)
def frequencies(context):
    return _vocabulary(FREQUENCIES)


@provider(IVocabularyFactory)
def quarters(context):
    return SimpleVocabulary(
        [SimpleTerm(number, str(number), title) for number, title in QUARTERS]
    )
