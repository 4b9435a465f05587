"""The root page of each language tree."""

from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail_localize.fields import TranslatableField

from caching.lookups import CachedRestrictionsMixin, published
from series.listings import cards
from series.models import PAGE_TRANSLATABLE_FIELDS, EpisodePage, SeriesPage, editor_tabs, themes_of


class HomePage(CachedRestrictionsMixin, Page):
    """Welcomes visitors: the current series, the latest episode, the themes, a search box."""

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("Quelques phrases pour présenter la Plateforme et la série.")
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    edit_handler = editor_tabs((_("Contenu"), content_panels))
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [TranslatableField("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "series.SeriesPage",
        "series.VideosPage",
        "glossary.GlossaryPage",
        "organisation.StandardPage",
        "organisation.ContactPage",
    ]

    class Meta:
        verbose_name = _("page d’accueil")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        series = published(SeriesPage.objects.child_of(self)).order_by("-first_published_at").first()
        context["series"] = series
        if series is not None:
            context["published_episodes"] = published(EpisodePage.objects.child_of(series)).count()
            context["next_episode_date"] = series.next_episode_date()
            # Evaluated only when the page's cached list of cards is stale (templates/home/home_page.html).
            context["episodes"] = SimpleLazyObject(lambda: cards(series.episodes()))
        latest = published(EpisodePage.objects.descendant_of(self)).order_by("-first_published_at")[:1]
        context["latest_episode"] = next(iter(cards(latest)), None)
        context["themes"] = themes_of(self.locale)
        return context
