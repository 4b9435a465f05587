"""The plain-language glossary: the field's jargon and abbreviations explained in a sentence or two.

Terms are translatable snippets (wagtail-localize), saved live like the themes. Each language's
GlossaryPage lists them A–Z and gives each its own address (<glossary>/<slug>/); episode text links
the first use of each term on a page when the page is rendered (glossary/linking.py), so no mark-up
is ever stored in the text editors and translators write.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, TitleFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from caching.lookups import locales, published
from caching.version import cached
from navigation.blocks import LinkBlock
from search.stemming import fold
from series.links import ascii_slug
from series.models import PAGE_TRANSLATABLE_FIELDS, editor_tabs

DEFINITION_LENGTH = 280


class GlossaryTerm(TranslatableMixin, index.Indexed, models.Model):
    """A word of the field's jargon, such as « CHRS » or « aller-vers », and what it means."""

    term = models.CharField(
        _("terme"),
        max_length=80,
        help_text=_("Le mot tel qu’il apparaît dans les textes, par exemple « CHRS » ou « aller-vers »."),
    )
    slug = models.SlugField(
        _("identifiant d’adresse"),
        max_length=80,
        allow_unicode=True,
        help_text=_("Utilisé dans l’adresse de la fiche, par exemple « chrs »."),
    )
    expansion = models.CharField(
        _("forme développée"),
        max_length=200,
        blank=True,
        help_text=_(
            "Pour un sigle seulement : ce que les lettres veulent dire, "
            "par exemple « centre d’hébergement et de réinsertion sociale »."
        ),
    )
    variants = models.TextField(
        _("autres formes"),
        blank=True,
        help_text=_(
            "Une par ligne : les autres façons d’écrire le terme, qui renvoient aussi à la fiche "
            "(« pair-aidant », « pairs-aidants »). Pluriels et accents sont reconnus sans les écrire."
        ),
    )
    definition = models.TextField(
        _("définition"),
        max_length=DEFINITION_LENGTH,
        help_text=_(
            "Une ou deux phrases courtes, avec des mots de tous les jours : "
            "elles s’ouvrent dans le texte, à côté du terme."
        ),
    )
    explanation = RichTextField(
        _("explication"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Facultatif : pour en dire plus sur la fiche du terme."),
    )
    links = StreamField(
        [("link", LinkBlock())],
        blank=True,
        verbose_name=_("pour aller plus loin"),
        help_text=_("Facultatif : des pages du site ou d’autres sites qui en parlent."),
    )

    panels = [
        # The slug follows the term until the editor changes it, as a theme's follows its name.
        TitleFieldPanel("term", classname="", placeholder=False, targets=["slug"]),
        FieldPanel("slug"),
        FieldPanel("expansion"),
        FieldPanel("variants"),
        FieldPanel("definition"),
        FieldPanel("explanation"),
        FieldPanel("links"),
    ]
    search_fields = [
        index.SearchField("term"),
        index.SearchField("expansion"),
        index.SearchField("definition"),
        index.AutocompleteField("term"),
    ]
    translatable_fields = [
        TranslatableField("term"),
        TranslatableField("slug"),
        TranslatableField("expansion"),
        TranslatableField("variants"),
        TranslatableField("definition"),
        TranslatableField("explanation"),
        TranslatableField("links"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("terme du glossaire")
        verbose_name_plural = _("glossaire")
        ordering = ["term"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_glossary_slug_per_locale"),
        ]

    def __str__(self):
        return self.term

    def clean(self):
        """Typed in the admin or in wagtail-localize's editor, a slug with accents is stored in ASCII."""
        super().clean()
        try:
            self.slug = ascii_slug(self.slug)
        except ValidationError as error:
            raise ValidationError({"slug": error.messages}) from error
        # The form has no locale field, so Django's own check of the unique constraint leaves it out.
        if (
            self.locale_id
            and GlossaryTerm.objects.filter(locale_id=self.locale_id, slug=self.slug).exclude(pk=self.pk).exists()
        ):
            raise ValidationError({"slug": _("Un autre terme de cette langue a déjà cette adresse.")})

    @property
    def forms(self):
        """Every way of writing the term that links to it: the term, then its variants."""
        written = [self.term, *self.variants.splitlines()]
        return [form.strip() for form in written if form.strip()]

    @property
    def is_abbreviation(self):
        return bool(self.expansion)

    @property
    def initial(self):
        """The letter it is listed under: « Équipe » under E; a digit or sign under #."""
        letter = fold(self.term[:1]).upper()
        return letter if letter.isalpha() else "#"


def terms_of(locale_id):
    """Every term of this language, remembered until the content changes."""
    return cached(f"glossary-terms:{locale_id}", lambda: list(GlossaryTerm.objects.filter(locale_id=locale_id)))


def glossary_page_of(locale_id):
    """This language's live, public glossary page, or None; remembered until the content changes."""
    return cached(
        f"glossary-page:{locale_id}",
        lambda: published(GlossaryPage.objects.filter(locale_id=locale_id)).order_by("path").first(),
    )


class GlossaryPage(RoutablePageMixin, Page):
    """The glossary of one language: every term A–Z, and each term's own page below it."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    edit_handler = editor_tabs((_("Contenu"), content_panels))
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [TranslatableField("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("page du glossaire")

    def terms(self):
        return sorted(terms_of(self.locale_id), key=lambda term: fold(term.term))

    def term_url(self, term, request=None):
        return self.get_url(request) + self.reverse_subpage("term", args=[term.slug])

    @path("")
    def index(self, request):
        letters = {}
        for term in self.terms():
            letters.setdefault(term.initial, []).append(term)
        return self.render(request, context_overrides={"letters": letters})

    @path("<slug:slug>/", name="term")
    def term(self, request, slug):
        term = next((term for term in terms_of(self.locale_id) if term.slug == slug), None)
        if term is None:
            raise Http404
        return TemplateResponse(
            request,
            "glossary/glossary_term.html",
            self.get_context(request) | {"term": term, "alternate_urls": self.term_translations(term, request)},
        )

    def term_translations(self, term, request=None):
        """The address of this term in each language that has it and a glossary page (the language switcher)."""
        addresses = {}
        for locale in locales().values():
            glossary_page = glossary_page_of(locale.pk)
            version = next((t for t in terms_of(locale.pk) if t.translation_key == term.translation_key), None)
            if glossary_page is not None and version is not None:
                addresses[locale.language_code] = glossary_page.term_url(version, request)
        return addresses

    def get_cached_paths(self):
        """The glossary and each term's page, purged together from the HTTP cache."""
        return ["/"] + [self.reverse_subpage("term", args=[term.slug]).lstrip("/") for term in self.terms()]

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        if not urls:
            return urls
        base = urls[0]["location"]
        last_modified = urls[0].get("lastmod")
        return urls + [
            {"location": base + self.reverse_subpage("term", args=[term.slug]).lstrip("/"), "lastmod": last_modified}
            for term in self.terms()
        ]
