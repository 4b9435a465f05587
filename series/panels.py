"""Editor panels that let a draft be saved (and autosaved) while a new row is still empty."""

from django.forms.formsets import ORDERING_FIELD_NAME

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import InlinePanel


class DraftTolerantRowForm(WagtailAdminModelForm):
    """A new row whose chooser is still empty is left out of a draft instead of refusing the whole save.

    Wagtail defers required fields when a draft is saved, but not a required foreign key (the row could
    not be stored), so one empty theme row turned every autosave into an error. On submit and publish
    the row is checked as usual and the editor is told to choose a theme or remove the row.
    """

    required_choice = None  # the field that makes a row worth keeping

    def has_changed(self):
        if self.is_deferred_validation and self.instance.pk is None and not self[self.required_choice].data:
            return False
        return super().has_changed()

    def full_clean(self):
        super().full_clean()
        if self.is_bound and not self.has_changed():
            # Left out: it has no order of its own, which InlinePanel reads when it sorts the rows again.
            self.cleaned_data.setdefault(ORDERING_FIELD_NAME, None)


class DraftTolerantInlinePanel(InlinePanel):
    """An InlinePanel whose new rows without `required_choice` are skipped in drafts (see DraftTolerantRowForm)."""

    def __init__(self, relation_name, required_choice, **kwargs):
        super().__init__(relation_name, **kwargs)
        self.required_choice = required_choice

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "required_choice": self.required_choice}

    def get_form_options(self):
        options = super().get_form_options()
        formset = options["formsets"][self.relation_name]
        bases = (DraftTolerantRowForm, formset["form"]) if "form" in formset else (DraftTolerantRowForm,)
        formset["form"] = type("DraftTolerantRowForm", bases, {"required_choice": self.required_choice})
        return options
