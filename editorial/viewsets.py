"""The admin's own views of the series: the themes as a searchable snippet, the authors, and a flat list of episodes."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import BaseColumn, Column
from wagtail.admin.ui.tables.pages import BulkActionsColumn, PageStatusColumn, PageTitleColumn
from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.models import Locale
from wagtail.snippets.views.snippets import SnippetViewSet

from glossary.models import GlossaryTerm
from series.models import Author, EpisodePage, Theme

from .theme_admin import GlossaryFilterSet, GlossaryIndexView, ThemeChooserViewSet, ThemeFilterSet, ThemeIndexView
from .translation_status import STATE_LABELS, states_of


class AuthorViewSet(SnippetViewSet):
    """Who signs the episodes (the byline); translated like the themes."""

    model = Author
    icon = "user"
    menu_label = _("Auteurs et autrices")
    menu_order = 115
    add_to_admin_menu = True
    list_display = ["name", "description"]


class ThemeViewSet(SnippetViewSet):
    """The themes, in the main menu, one language at a time (editorial/theme_admin.py)."""

    model = Theme
    index_view_class = ThemeIndexView
    index_results_template_name = "editorial/admin/language_index_results.html"
    filterset_class = ThemeFilterSet
    chooser_viewset_class = ThemeChooserViewSet
    icon = "tag"
    menu_label = _("Thèmes")
    menu_name = "themes"
    menu_order = 110
    add_to_admin_menu = True
    list_display = ["name", "slug"]  # the language is the one chosen above the list
    # A few dozen rows at most: a plain database lookup, which also finds part of a word or of the slug.
    search_fields = ["name", "slug"]
    search_backend_name = None


class TranslationStateColumn(BaseColumn):
    """Where a French episode's English version stands and why (the status report's labels), with a link to act
    on it; another episode's language."""

    cell_template_name = "editorial/admin/translation_state_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        state = getattr(instance, "translation_state", None)
        context["state"] = state
        context["label"] = STATE_LABELS[state.status] if state else instance.locale.get_display_name()
        return context


class EpisodeIndexView(IndexView):
    """Works out the translation state of the French episodes shown, all at once."""

    def get_table(self, object_list):
        episodes = list(object_list)
        source_locale = Locale.get_default()
        target_locale = Locale.objects.exclude(pk=source_locale.pk).first()
        french = [episode for episode in episodes if episode.locale_id == source_locale.pk]
        if target_locale is not None:
            for episode, state in zip(french, states_of(french, target_locale), strict=True):
                episode.translation_state = state
        return super().get_table(episodes)


class EpisodeListingViewSet(PageListingViewSet):
    """Every episode of every series in one list, French and English, with where its translation stands."""

    model = EpisodePage
    index_view_class = EpisodeIndexView
    name = "episodes"
    icon = "media"
    menu_label = _("Épisodes")
    menu_name = "episodes"
    menu_order = 100
    add_to_admin_menu = True
    ordering = ["number", "path"]
    columns = [
        BulkActionsColumn("bulk_actions"),
        Column("number", label=_("N°"), sort_key="number", width="8%"),
        PageTitleColumn("title", label=_("Titre"), sort_key="title", classname="title"),
        PageStatusColumn("status", label=_("Statut"), sort_key="live", width="12%"),
        TranslationStateColumn("translation", label=_("Traduction"), width="16%"),
    ]


class GlossaryViewSet(SnippetViewSet):
    """The glossary's terms, in the main menu, one language at a time and translated like the themes."""

    model = GlossaryTerm
    index_view_class = GlossaryIndexView
    index_results_template_name = "editorial/admin/language_index_results.html"
    filterset_class = GlossaryFilterSet
    icon = "help"
    menu_label = _("Glossaire")
    menu_name = "glossary"
    menu_order = 112
    add_to_admin_menu = True
    list_display = ["term", "definition"]
    search_fields = ["term", "expansion", "definition"]
    search_backend_name = None
