"""The translators' to-do list as one of Wagtail's reports: each French page and theme, where its English
version stands and why, with the counts of each state and a spreadsheet export."""

from collections import Counter

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, Table
from wagtail.admin.views.reports import ReportView

from .translation_status import STATE_LABELS, translation_states


class TranslationStateTable(Table):
    """Rows carry their state and translation key, so a row can be found and checked by either."""

    def get_row_attrs(self, state):
        return {"data-status": state.status, "data-translation-key": str(state.source.translation_key)}


class TemplateColumn(Column):
    """A column whose cell is drawn by a template of its own from the row's state."""

    def __init__(self, name, cell_template_name, **kwargs):
        super().__init__(name, **kwargs)
        self.cell_template_name = cell_template_name

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["state"] = instance
        return context


class TranslationStatusReport(ReportView):
    page_title = _("État des traductions")
    header_icon = "site"
    index_url_name = "translation_status"
    index_results_url_name = "translation_status_results"
    template_name = "editorial/admin/translation_status.html"
    results_template_name = "editorial/admin/translation_status_results.html"
    table_class = TranslationStateTable
    paginate_by = 100
    columns = [
        Column("source", label=_("Contenu en français")),
        Column("kind", label=_("Type")),
        TemplateColumn("english_title", "editorial/admin/cells/english_title.html", label=_("Version anglaise")),
        TemplateColumn("status", "editorial/admin/cells/state.html", label=_("État")),
        TemplateColumn("action_url", "editorial/admin/cells/action.html", label=_("Action")),
    ]
    list_export = ["source", "kind", "english_title", "label", "reason"]
    export_headings = {
        "source": _("Contenu en français"),
        "kind": _("Type"),
        "english_title": _("Version anglaise"),
        "label": _("État"),
        "reason": _("Pourquoi"),
    }
    export_filename = "etat-des-traductions"
    no_results_message = _("Aucun contenu en français à traduire.")

    def get_queryset(self):
        return self.states

    @cached_property
    def states(self):
        return translation_states()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        tally = Counter(state.status for state in self.states)
        context["counts"] = [(status, label, tally[status]) for status, label in STATE_LABELS.items()]
        return context
