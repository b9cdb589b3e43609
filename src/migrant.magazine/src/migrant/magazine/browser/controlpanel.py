"""Site setup → Magazine: the add-on's registry settings."""

from migrant.magazine import _
from migrant.magazine.interfaces import IMagazineSettings
from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.z3cform import layout


class MagazineSettingsForm(RegistryEditForm):
    schema = IMagazineSettings
    label = _("Magazine settings")
    description = _("Limits for PDF uploads and the archive's page size.")


MagazineSettingsView = layout.wrap_form(MagazineSettingsForm, ControlPanelFormWrapper)
