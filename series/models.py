"""The series, its episodes and the themes that tie them together."""

import math

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .blocks import PARAGRAPH_FEATURES, EpisodeBodyBlock

WORDS_PER_MINUTE = 200


class Theme(TranslatableMixin, index.Indexed, models.Model):
    """A subject the episodes speak about, such as « faire du lien »."""

    name = models.CharField(_("nom"), max_length=80)
    slug = models.SlugField(
        _("identifiant d’adresse"),
        max_length=80,
        allow_unicode=False,
        help_text=_("Utilisé dans l’adresse de la page du thème, par exemple « faire-du-lien »."),
    )
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    translatable_fields = [TranslatableField("name"), TranslatableField("slug"), TranslatableField("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("thème")
        verbose_name_plural = _("thèmes")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_theme_slug_per_locale"),
        ]

    def __str__(self):
        return self.name


register_snippet(Theme)


# The Page fields every page type translates; go-live and expiry dates are kept in step by Wagtail.
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("show_in_menus"),
]


class SeriesPage(Page):
    """A video series; its children are the episodes."""

    introduction = models.TextField(_("introduction"), help_text=_("Deux ou trois phrases qui présentent la série."))
    description = RichTextField(_("description"), features=PARAGRAPH_FEATURES, blank=True)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image de couverture"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_image_alt = models.CharField(
        _("texte alternatif de l’image"),
        max_length=250,
        blank=True,
        help_text=_("Décrit l’image pour qui ne la voit pas ; laissez vide si elle est décorative."),
    )
    planned_episodes = models.PositiveSmallIntegerField(
        _("nombre d’épisodes prévus"), default=8, help_text=_("Le nombre total d’épisodes annoncés.")
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("description"),
        FieldPanel("cover_image"),
        FieldPanel("cover_image_alt"),
        FieldPanel("planned_episodes"),
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("description")]
    # What translators translate, and what stays the same in every language.
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("introduction"),
        TranslatableField("description"),
        TranslatableField("cover_image_alt"),
        SynchronizedField("cover_image"),
        SynchronizedField("planned_episodes"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["series.EpisodePage"]

    class Meta:
        verbose_name = _("série")
        verbose_name_plural = _("séries")

    def episodes(self):
        """The live episodes of this series, in number order (aliases, which show another language, excluded)."""
        return EpisodePage.objects.child_of(self).live().public().filter(alias_of__isnull=True).order_by("number")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["episodes"] = self.episodes().prefetch_related("episode_themes__theme")
        return context


class EpisodePageForm(WagtailAdminPageForm):
    """Refuses a new episode whose number is already used in its series.

    Existing episodes are checked by EpisodePage.clean(), which knows their place in the tree.
    """

    def clean(self):
        cleaned_data = super().clean()
        number = cleaned_data.get("number")
        parent = self.parent_page
        is_new = not self.instance.pk
        if is_new and number is not None and parent is not None and episode_number_taken(parent, number):
            self.add_error("number", _("Un autre épisode de cette série porte déjà ce numéro."))
        return cleaned_data


def episode_number_taken(series, number, exclude=None):
    """Whether another episode under this series already has this number."""
    siblings = EpisodePage.objects.child_of(series).filter(number=number)
    if exclude is not None and exclude.pk:
        siblings = siblings.exclude(pk=exclude.pk)
    return siblings.exists()


class EpisodeTheme(TranslatableMixin, Orderable):
    """Links an episode to a theme; translatable so the English episode points at English themes."""

    page = ParentalKey("series.EpisodePage", on_delete=models.CASCADE, related_name="episode_themes")
    theme = models.ForeignKey(Theme, verbose_name=_("thème"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("theme")]
    translatable_fields = [TranslatableField("theme")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("thème de l’épisode")
        verbose_name_plural = _("thèmes de l’épisode")


class EpisodePage(Page):
    """One episode of a series: its video, quotes from peer workers and recommendations."""

    number = models.PositiveSmallIntegerField(
        _("numéro de l’épisode"), help_text=_("Unique dans la série : 1 pour le premier épisode, 2 pour le suivant…")
    )
    summary = models.TextField(
        _("résumé"),
        max_length=300,
        help_text=_("Une ou deux phrases, reprises dans les listes d’épisodes et la description pour les moteurs."),
    )
    body = StreamField(EpisodeBodyBlock(), verbose_name=_("contenu"), blank=True)
    transcript = RichTextField(
        _("transcription"),
        features=PARAGRAPH_FEATURES,
        blank=True,
        help_text=_("Facultatif : le texte complet de la vidéo."),
    )
    video_duration = models.DurationField(
        _("durée de la vidéo"),
        null=True,
        blank=True,
        help_text=_("Au format mm:ss, par exemple 04:12."),
    )

    base_form_class = EpisodePageForm

    content_panels = Page.content_panels + [
        FieldPanel("number"),
        FieldPanel("summary"),
        InlinePanel("episode_themes", label=_("Thèmes")),
        FieldPanel("body"),
        FieldPanel("video_duration"),
        FieldPanel("transcript"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("transcript"),
        index.RelatedFields("episode_themes", [index.RelatedFields("theme", [index.SearchField("name")])]),
    ]
    # What translators translate (text, the video's title, captions link and quotes inside the body,
    # the themes as their English versions), and what stays the same in every language.
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("summary"),
        TranslatableField("body"),
        TranslatableField("transcript"),
        TranslatableField("episode_themes"),
        SynchronizedField("number"),
        SynchronizedField("video_duration"),
    ]

    parent_page_types = ["series.SeriesPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("épisode")
        verbose_name_plural = _("épisodes")

    def clean(self):
        super().clean()
        if self.number is None or not self.path:
            return
        parent = self.get_parent()
        if parent is not None and episode_number_taken(parent, self.number, exclude=self):
            raise ValidationError({"number": _("Un autre épisode de cette série porte déjà ce numéro.")})

    @property
    def series(self):
        return self.get_parent().specific

    @property
    def themes(self):
        return [link.theme for link in self.episode_themes.all()]

    @property
    def reading_time(self):
        """Minutes needed to read the page's text, at 200 words a minute (at least one)."""
        texts = [self.summary, strip_tags(self.transcript)]
        for block in self.body:
            if block.block_type == "paragraph":
                texts.append(strip_tags(block.value.source))
            elif block.block_type in ("quote", "recommendation"):
                texts.extend(str(value) for key, value in block.value.items() if key in ("text", "title"))
        words = sum(len(text.split()) for text in texts)
        return max(1, math.ceil(words / WORDS_PER_MINUTE))
