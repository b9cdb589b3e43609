"""The public profile of a mediator."""

from migrant.mediators.content import VIEW_CONTACT_DETAILS_TITLE
from plone import api
from Products.Five.browser import BrowserView
from zope.component import getUtility
from zope.i18n import translate
from zope.schema.interfaces import IVocabularyFactory


class MediatorView(BrowserView):
    def titles(self, vocabulary_name, tokens):
        vocabulary = getUtility(IVocabularyFactory, vocabulary_name)(self.context)
        titles = []
        for token in tokens or ():
            try:
                title = vocabulary.getTerm(token).title
            except LookupError:
                title = token
            titles.append(translate(title, context=self.request))
        return titles

    def city(self):
        city = self.context.city
        return self.titles("migrant.mediators.cities", [city])[0] if city else ""

    def languages(self):
        return self.titles("migrant.mediators.languages", self.context.languages)

    def countries(self):
        return self.titles("migrant.mediators.countries", self.context.countries)

    def expertise(self):
        return self.titles("migrant.mediators.expertise", self.context.expertise)

    def can_view_contact_details(self):
        # The same permission that guards the fields (read_permission).
        return api.user.has_permission(VIEW_CONTACT_DETAILS_TITLE, obj=self.context)

    def contact_details(self):
        if not self.can_view_contact_details():
            return None
        return {"email": self.context.email, "phone": self.context.phone}
