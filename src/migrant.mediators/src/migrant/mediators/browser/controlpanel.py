"""The "Mediator cities" control panel."""

from migrant.mediators import _
from migrant.mediators.interfaces import IMediatorSettings
from migrant.mediators.interfaces import parse_entries
from migrant.mediators.vocabularies import PREFIX
from plone import api
from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.base import PloneMessageFactory as PMF
from plone.z3cform import layout
from Products.statusmessages.interfaces import IStatusMessage
from z3c.form import button


# How many items an in-use refusal names before summarising the rest.
NAMED_ITEMS = 10


def items_using(index, tokens):
    """{token: [titles]} of the mediators (any state) using one of the tokens."""
    catalog = api.portal.get_tool("portal_catalog")
    used = {}
    if index not in catalog.indexes():
        # An unknown index would be ignored and match every mediator.
        return used
    for token in tokens:
        brains = catalog.unrestrictedSearchResults(
            portal_type="Mediator", **{index: token}
        )
        count = len(brains)
        if count:
            titles = [brain.Title or brain.getId for brain in brains[:NAMED_ITEMS]]
            used[token] = (titles, count)
    return used


def in_use_message(kind, removed, used):
    """One translated message per refused removal."""
    messages = []
    for token, (titles, count) in used.items():
        names = ", ".join(titles)
        if count > len(titles):
            names = _(
                "${names} and ${more} more",
                mapping={"names": names, "more": count - len(titles)},
            )
            names = api.portal.translate(names)
        if kind == "cities":
            msgid = _(
                "The city “${city}” cannot be removed: it is used by ${items}.",
                mapping={"city": removed[token], "items": names},
            )
        else:
            msgid = _(
                "The area “${area}” cannot be removed: it is used by ${items}.",
                mapping={"area": removed[token], "items": names},
            )
        messages.append(msgid)
    return messages


class MediatorSettingsForm(RegistryEditForm):
    schema = IMediatorSettings
    schema_prefix = PREFIX
    label = _("Mediator cities")
    description = _(
        "The cities and areas of expertise offered on mediator profiles and in "
        "the directory filters."
    )

    @button.buttonAndHandler(PMF("Save"), name="save")
    def handleSave(self, action):
        data, errors = self.extractData()
        if errors:
            self.status = self.formErrorsMessage
            return
        content = self.getContent()
        refusals = []
        for field, index in (
            ("cities", "mediator_city"),
            ("expertise", "mediator_expertise"),
        ):
            before = dict(parse_entries(getattr(content, field, None)))
            after = dict(parse_entries(data.get(field)))
            removed = {token: before[token] for token in before if token not in after}
            used = items_using(index, removed)
            refusals.extend(in_use_message(field, removed, used))
        if refusals:
            for message in refusals:
                IStatusMessage(self.request).addStatusMessage(message, "error")
            self.status = _("Nothing was saved.")
            return
        self.applyChanges(data)
        IStatusMessage(self.request).addStatusMessage(PMF("Changes saved."), "info")
        self.request.response.redirect(self.request.getURL())

    @button.buttonAndHandler(PMF("Cancel"), name="cancel")
    def handleCancel(self, action):
        IStatusMessage(self.request).addStatusMessage(PMF("Changes canceled."), "info")
        self.request.response.redirect(
            f"{api.portal.get().absolute_url()}/{self.control_panel_view}"
        )


MediatorSettingsView = layout.wrap_form(MediatorSettingsForm, ControlPanelFormWrapper)
MediatorSettingsView.label = _("Mediator cities")
