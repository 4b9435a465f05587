"""The series, its episodes and the themes that tie them together."""

import math

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.functions import Cast
from django.http import Http404
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface, TitleFieldPanel
from wagtail.admin.widgets import SlugInput
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, Revision, TranslatableMixin
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from caching.lookups import CachedRestrictionsMixin, published
from caching.version import cached
from search.stemming import index_text

from .blocks import PARAGRAPH_FEATURES, EpisodeBodyBlock
from .caption_import import CaptionFileError, as_segments, read_captions
from .links import ascii_slug, body_problems, rich_text_problems
from .listings import cards
from .panels import DraftTolerantInlinePanel
from .transcript_field import TranscriptField
from .transcripts import as_text, cues

WORDS_PER_MINUTE = 200


class Theme(TranslatableMixin, index.Indexed, models.Model):
    """A subject the episodes speak about, such as « faire du lien »."""

    name = models.CharField(
        _("nom"),
        max_length=80,
        help_text=_("Le nom du thème tel que les visiteurs le lisent, par exemple « Faire du lien »."),
    )
    # Like Page.slug, accents are accepted as typed; clean() makes them ASCII (« Rôles » → roles), the only
    # characters the themes' address (themes/<slug:slug>/) takes.
    slug = models.SlugField(
        _("identifiant d’adresse"),
        max_length=80,
        allow_unicode=True,
        help_text=_("Utilisé dans l’adresse de la page du thème, par exemple « faire-du-lien »."),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("Facultatif : une ou deux phrases en tête de la page du thème, reprises par les moteurs."),
    )

    panels = [
        # The slug follows the name until the editor changes it, as a page's follows its title.
        TitleFieldPanel("name", classname="", placeholder=False, targets=["slug"]),  # labelled like the others
        # Wagtail's SlugInput, transliterating on blur (« Rôles » → roles) where its default drops the letter.
        FieldPanel(
            "slug",
            widget=SlugInput(
                attrs={
                    "data-action": (
                        "blur->w-slug#urlify w-sync:check->w-slug#compare w-sync:apply->w-slug#urlify:prevent"
                    )
                }
            ),
        ),
        FieldPanel("description"),
    ]
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

    def clean(self):
        """Typed in the admin or in wagtail-localize's editor, a slug with accents is stored in ASCII."""
        super().clean()
        try:
            self.slug = ascii_slug(self.slug)
        except ValidationError as error:
            raise ValidationError({"slug": error.messages}) from error


def themes_of(locale):
    """Every theme of this locale, by name, remembered until the content changes."""
    return cached(f"themes:{locale.pk}", lambda: list(Theme.objects.filter(locale=locale)))


# The Page fields every page type translates; go-live and expiry dates are kept in step by Wagtail.
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("show_in_menus"),
]


def editor_tabs(*tabs):
    """The page editor's tabs: the page's own (heading, panels), then Wagtail's promote and settings panels."""
    return TabbedInterface(
        [
            *(ObjectList(panels, heading=heading) for heading, panels in tabs),
            ObjectList(Page.promote_panels, heading=_("Promotion et référencement")),
            ObjectList(Page.settings_panels, heading=_("Paramètres")),
        ]
    )


# The address of a series' recommendations digest, in each language.
DIGEST_SLUGS = {"fr": "recommandations", "en": "recommendations"}


class SeriesPage(CachedRestrictionsMixin, RoutablePageMixin, Page):
    """A video series; its children are the episodes. Also serves its recommendations digest and feed."""

    introduction = models.TextField(_("introduction"), help_text=_("Deux ou trois phrases qui présentent la série."))
    description = RichTextField(
        _("description"),
        features=PARAGRAPH_FEATURES,
        blank=True,
        help_text=_("Facultatif : une présentation plus longue, affichée sous l’image de couverture."),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image de couverture"),
        help_text=_(
            "Affichée en haut de la page de la série et quand on la partage sur les réseaux sociaux ; "
            "choisissez une image en largeur, d’au moins 1200 × 630 pixels."
        ),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_image_alt = models.CharField(
        _("texte alternatif de l’image"),
        max_length=250,
        blank=True,
        help_text=_(
            "Décrit l’image pour qui ne la voit pas. Laissez vide pour reprendre la description "
            "enregistrée avec l’image dans la médiathèque."
        ),
    )
    planned_episodes = models.PositiveSmallIntegerField(
        _("nombre d’épisodes prévus"), default=8, help_text=_("Le nombre total d’épisodes annoncés.")
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("description"),
        FieldPanel("planned_episodes"),
    ]
    image_panels = [FieldPanel("cover_image"), FieldPanel("cover_image_alt")]
    edit_handler = editor_tabs((_("Contenu"), content_panels), (_("Image"), image_panels))
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

    def clean(self):
        super().clean()
        if problems := rich_text_problems(self.description):
            raise ValidationError({"description": problems})

    @property
    def cover_image_alt_text(self):
        """The cover's alt text: the page's own, else the description saved with the image."""
        if not self.cover_image:
            return ""
        return self.cover_image_alt or self.cover_image.description

    def episodes(self):
        """The live episodes of this series, in number order (aliases, which show another language, excluded)."""
        return published(EpisodePage.objects.child_of(self)).order_by("number")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Evaluated only when the page's cached list of cards is stale (templates/series/series_page.html).
        context["episodes"] = SimpleLazyObject(lambda: cards(self.episodes()))
        context["next_episode_date"] = self.next_episode_date()
        return context

    def next_episode_date(self):
        """When the next scheduled episode goes live, if one is scheduled."""
        waiting = EpisodePage.objects.child_of(self).not_live().annotate(key=Cast("pk", models.CharField()))
        return (
            Revision.page_revisions.filter(object_id__in=waiting.values("key"), approved_go_live_at__gt=timezone.now())
            .order_by("approved_go_live_at")
            .values_list("approved_go_live_at", flat=True)
            .first()
        )

    def get_cached_paths(self):
        """The series page, its feed and its digest: what the HTTP cache purges when the series changes."""
        return ["/", "rss/", f"{DIGEST_SLUGS.get(self.locale.language_code, DIGEST_SLUGS['fr'])}/"]

    def addresses_showing_this(self):
        """Other addresses that show this series (caching/purging.py): the videos page of its language."""
        return [page.url for page in published(VideosPage.objects.filter(locale_id=self.locale_id))]

    @property
    def digest_url(self):
        return f"{self.url}{DIGEST_SLUGS.get(self.locale.language_code, DIGEST_SLUGS['fr'])}/"

    @property
    def feed_url(self):
        return f"{self.url}rss/"

    @path(f"{DIGEST_SLUGS['fr']}/", name="digest_fr")
    @path(f"{DIGEST_SLUGS['en']}/", name="digest_en")
    def recommendations_digest(self, request):
        """Every recommendation of every published episode, grouped by episode: a printable checklist."""
        if request.routable_resolver_match.url_name != f"digest_{self.locale.language_code}":
            raise Http404
        episodes = [(episode, episode.recommendations()) for episode in self.episodes()]
        alternates = {
            translation.locale.language_code: translation.specific.digest_url
            for translation in self.get_translations().live().filter(alias_of__isnull=True).select_related("locale")
        }
        return self.render(
            request,
            template="series/recommendations_digest.html",
            context_overrides={
                "digest": [(episode, items) for episode, items in episodes if items],
                "alternate_urls": {self.locale.language_code: self.digest_url, **alternates},
            },
        )

    @path("rss/", name="feed")
    def feed(self, request):
        from .feeds import SeriesFeed

        return SeriesFeed()(request, series=self)


class EpisodePageForm(WagtailAdminPageForm):
    """Refuses a new episode whose number is already used in its series (existing episodes are checked by
    EpisodePage.clean(), which knows their place in the tree), and reads an uploaded caption file into the
    transcript."""

    captions_file = forms.FileField(
        required=False,
        label=_("Importer des sous-titres"),
        help_text=_(
            "Un fichier WebVTT (.vtt) ou SRT (.srt) : ses sous-titres remplacent les segments ci-dessous, "
            "dans l’ordre, en gardant les traductions des segments existants."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".vtt,.srt,text/vtt"}),
    )

    def clean(self):
        cleaned_data = super().clean()
        number = cleaned_data.get("number")
        parent = self.parent_page
        is_new = not self.instance.pk
        if is_new and number is not None and parent is not None and episode_number_taken(parent, number):
            self.add_error("number", _("Un autre épisode de cette série porte déjà ce numéro."))
        upload = cleaned_data.get("captions_file")
        if upload:
            try:
                cues = read_captions(upload.read(), upload.name)
            except CaptionFileError as error:
                self.add_error("captions_file", str(error))
            else:
                current = cleaned_data.get("transcript") or self.instance.transcript
                cleaned_data["transcript"] = as_segments(cues, [cue["id"] for cue in current])
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
    theme = models.ForeignKey(
        Theme,
        verbose_name=_("thème"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Un thème dont parle l’épisode ; s’il n’existe pas encore, créez-le d’abord dans « Thèmes »."),
    )

    panels = [FieldPanel("theme")]
    translatable_fields = [TranslatableField("theme")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("thème de l’épisode")
        verbose_name_plural = _("thèmes de l’épisode")


AUDIO_EXTENSIONS = (".mp3", ".ogg", ".oga")


class Author(TranslatableMixin, models.Model):
    """Who made an episode, shown in its byline; an episode without one is signed by the Plateforme."""

    name = models.CharField(_("nom"), max_length=120)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Un portrait ou un logo, carré de préférence."),
    )
    description = models.CharField(
        _("présentation"), max_length=200, blank=True, help_text=_("Une phrase : son rôle, sa structure.")
    )

    panels = [FieldPanel("name"), FieldPanel("photo"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("auteur ou autrice")
        verbose_name_plural = _("auteurs et autrices")

    def __str__(self):
        return self.name


class EpisodePage(CachedRestrictionsMixin, Page):
    """One episode of a series: its video, quotes from peer workers and recommendations."""

    number = models.PositiveSmallIntegerField(
        _("numéro de l’épisode"), help_text=_("Unique dans la série : 1 pour le premier épisode, 2 pour le suivant…")
    )
    summary = models.TextField(
        _("résumé"),
        max_length=300,
        help_text=_("Une ou deux phrases, reprises dans les listes d’épisodes et la description pour les moteurs."),
    )
    body = StreamField(
        EpisodeBodyBlock(),
        verbose_name=_("contenu"),
        blank=True,
        help_text=_(
            "Le déroulé de l’épisode dans l’ordre de lecture. Placez la vidéo principale en premier : "
            "c’est elle qui illustre l’épisode dans les listes."
        ),
    )
    transcript = TranscriptField(
        verbose_name=_("transcription"),
        help_text=_(
            "Ce qui est dit dans la vidéo, segment par segment. Début et fin au format 4:12 (ou en secondes : "
            "252) ; la fin peut rester vide. Les visiteurs lisent et choisissent un moment, les sous-titres en "
            "sont faits."
        ),
    )
    video_duration = models.DurationField(
        _("durée de la vidéo"),
        null=True,
        blank=True,
        help_text=_("Au format mm:ss, par exemple 04:12."),
    )

    audio = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("version audio"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Facultatif : le son de l’épisode en MP3 ou Ogg, pour l’écouter avec peu de données."),
    )
    author = models.ForeignKey(
        Author,
        verbose_name=_("auteur ou autrice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Laissez vide : l’épisode est signé par la Plateforme travail pair."),
    )

    base_form_class = EpisodePageForm

    content_panels = Page.content_panels + [
        FieldPanel("number"),
        FieldPanel("summary"),
        FieldPanel("author"),
        FieldPanel("body"),
    ]
    video_panels = [
        FieldPanel("video_duration"),
        FieldPanel("audio"),
        FieldPanel("captions_file"),
        FieldPanel("transcript"),
    ]
    theme_panels = [
        DraftTolerantInlinePanel(
            "episode_themes",
            required_choice="theme",
            label=_("Thème"),  # « Ajouter un(e) Thème »
            heading=_("Thèmes"),
            help_text=_("Les thèmes relient les épisodes entre eux et servent au filtre de la recherche."),
        )
    ]
    edit_handler = editor_tabs((_("Contenu"), content_panels), (_("Vidéo"), video_panels), (_("Thèmes"), theme_panels))
    # Indexed as stemmed, accent-folded terms in the page's language, so that « liens » finds « lien »
    # on every database backend; the query is turned into terms the same way (search/stemming.py).
    search_fields = Page.search_fields + [
        index.SearchField("search_title_terms", boost=3),
        index.SearchField("search_terms"),
        index.FilterField("alias_of"),
    ]
    # What translators translate (text, the video's title, captions link and quotes inside the body,
    # the themes as their English versions), and what stays the same in every language.
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("summary"),
        TranslatableField("body"),
        TranslatableField("transcript"),
        TranslatableField("episode_themes"),
        TranslatableField("author"),
        SynchronizedField("number"),
        SynchronizedField("video_duration"),
        SynchronizedField("audio"),
    ]

    parent_page_types = ["series.SeriesPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("épisode")
        verbose_name_plural = _("épisodes")

    def clean(self):
        super().clean()
        link_errors = {"body": body_problems(self.body.raw_data)}
        if self.audio_id and not self.audio.file.name.lower().endswith(AUDIO_EXTENSIONS):
            link_errors["audio"] = [_("La version audio doit être un fichier MP3 ou Ogg (.mp3, .ogg, .oga).")]
        if any(link_errors.values()):
            raise ValidationError({field: problems for field, problems in link_errors.items() if problems})
        if self.number is None or not self.path:
            return
        parent = self.get_parent()
        if parent is not None and episode_number_taken(parent, self.number, exclude=self):
            raise ValidationError({"number": _("Un autre épisode de cette série porte déjà ce numéro.")})

    @cached_property
    def series(self):
        return self.get_parent().specific

    def get_cached_paths(self):
        """The episode and its caption and transcript files, purged with it from the HTTP cache."""
        language = self.locale.language_code
        return ["/", f"captions.{language}.vtt", f"captions.{language}.srt", f"transcription.{language}.txt"]

    def addresses_showing_this(self):
        """Other addresses that show this episode (caching/purging.py): the videos page, the themes and each of
        its themes' pages, and the other episodes of its series (their links to the previous and next)."""
        with translation.override(self.locale.language_code):
            addresses = [reverse("themes")]
            addresses += [
                reverse("theme", args=[link.theme.slug]) for link in self.episode_themes.select_related("theme")
            ]
        addresses += [page.url for page in published(VideosPage.objects.filter(locale_id=self.locale_id))]
        addresses += [page.url for page in published(EpisodePage.objects.sibling_of(self, inclusive=False))]
        return addresses

    @cached_property
    def original_quotes(self):
        """On a translation, the words of each quote as said, by block id: the source page's live text
        (wagtail-localize keeps the block ids), so editors keep no second copy in step. Empty on the source."""
        source_language = settings.LANGUAGE_CODE
        if self.locale.language_code == source_language:
            return {}
        source = (
            EpisodePage.objects.filter(translation_key=self.translation_key, locale__language_code=source_language)
            .live()
            .only("body")
            .first()
        )
        if source is None:
            return {}
        return {block.id: block.value["text"] for block in source.body if block.block_type == "quote"}

    @cached_property
    def video(self):
        """The first video of the episode (its main one), or None."""
        return next((block.value for block in self.body if block.block_type == "video"), None)

    @cached_property
    def poster(self):
        """The main video's poster image; listings set it for many episodes at once (listings.py)."""
        return self.video.get("poster") if self.video else None

    @cached_property
    def neighbours(self):
        """The previous and next published episodes of the series, by number, in one query
        (previous_episode and next_episode read it)."""
        siblings = published(EpisodePage.objects.sibling_of(self, inclusive=False))
        before = siblings.filter(number__lt=self.number).order_by("-number").values("number")[:1]
        after = siblings.filter(number__gt=self.number).order_by("number").values("number")[:1]
        found = list(siblings.filter(Q(number=models.Subquery(before)) | Q(number=models.Subquery(after))))
        previous = next((episode for episode in found if episode.number < self.number), None)
        following = next((episode for episode in found if episode.number > self.number), None)
        return previous, following

    def previous_episode(self):
        return self.neighbours[0]

    def next_episode(self):
        return self.neighbours[1]

    def related_episodes(self, limit=3):
        """Other episodes in this language sharing a theme with this one, most themes in common first."""
        theme_ids = [theme.pk for theme in self.themes]
        if not theme_ids:
            return []
        related = (
            published(EpisodePage.objects.filter(locale_id=self.locale_id, episode_themes__theme_id__in=theme_ids))
            .exclude(pk=self.pk)
            .annotate(shared_themes=models.Count("episode_themes"))
            .order_by("-shared_themes", "-first_published_at")[:limit]
        )
        return cards(related)

    @cached_property
    def themes(self):
        """The episode's themes, in order; one query, none when a listing prefetched them (listings.py)."""
        links = self.episode_themes.all()
        if "episode_themes" not in getattr(self, "_prefetched_objects_cache", {}):
            links = links.select_related("theme")  # a no-op on the in-memory links of a preview
        return [link.theme for link in links]

    def transcript_cues(self):
        """(start, end, speaker, text) of each transcript segment, each end filled in."""
        duration = self.video_duration.total_seconds() if self.video_duration else None
        return cues(self.transcript, duration)

    @cached_property
    def transcript_text_size(self):
        """The size in bytes of the plain-text transcript download, shown beside its link."""
        return len(as_text(self.title, self.transcript_cues()).encode())

    def transcript_texts(self):
        """The words of each transcript segment."""
        return [cue["text"] for cue in self.transcript]

    def body_texts(self):
        """The readable text of every block: paragraphs, quotes, recommendations, video titles.

        Read from the stored JSON, so that no block is built (and no poster image fetched).
        """
        for block in self.body.raw_data:
            kind, value = block.get("type"), block.get("value") or {}
            if kind == "paragraph":
                yield get_text_for_indexing(value)
            elif kind == "quote":
                yield from (value.get("text"), value.get("speaker_role"))
            elif kind == "recommendation":
                yield from (value.get("title"), value.get("text"))
            elif kind == "video":
                yield value.get("title")

    def recommendations(self):
        """The values of the episode's recommendation blocks, built from the stored JSON alone."""
        block = self.body.stream_block.child_blocks["recommendation"]
        return [block.to_python(item["value"]) for item in self.body.raw_data if item.get("type") == "recommendation"]

    @property
    def reading_time(self):
        """Minutes needed to read the page's text, at 200 words a minute (at least one)."""
        texts = [self.summary, *self.transcript_texts(), *self.body_texts()]
        words = sum(len(text.split()) for text in texts if text)
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def search_terms(self):
        """Everything a visitor may search for, as language-aware terms (see search/stemming.py)."""
        texts = [self.title, self.summary, *self.transcript_texts(), *self.body_texts()]
        texts += [theme.name for theme in self.themes]
        return index_text(texts, self.locale.language_code)

    def search_title_terms(self):
        return index_text([self.title], self.locale.language_code)


class VideosPage(Page):
    """Every published episode of every series in this language, newest first, filterable by theme."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    edit_handler = editor_tabs((_("Contenu"), content_panels))
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [TranslatableField("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("page des vidéos")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        themes = themes_of(self.locale)
        chosen = next((theme for theme in themes if theme.slug == request.GET.get("theme")), None)
        episodes = published(EpisodePage.objects.filter(locale=self.locale)).order_by("-first_published_at", "-pk")
        if chosen is not None:
            episodes = episodes.filter(episode_themes__theme=chosen)
        context.update(themes=themes, chosen_theme=chosen, episodes=cards(episodes))
        return context
