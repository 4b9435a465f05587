"""Factories for the site's models and the blocks of an episode's body, so a test builds what it checks.

An episode's body is written block by block, wagtail-factories' way:

    EpisodePageFactory(parent=series, body__0__video__title="…", body__1__quote__text="…", body__2="recommendation")

Pages are saved live but without a revision; pass ``published=True`` to publish them as an editor does
(a revision, the publishing signals, the search index and the cache versions brought up to date).
"""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from wagtail import blocks
from wagtail.models import Locale
from wagtail.rich_text import RichText

from home.models import HomePage
from series.blocks import EpisodeBodyBlock, QuoteBlock, RecommendationBlock, VideoBlock
from series.models import EpisodePage, EpisodeTheme, SeriesPage, Theme


def locale(language_code):
    return Locale.objects.get(language_code=language_code)


def home_page(language_code="fr"):
    """The site's home in one language: the parent of every series."""
    return HomePage.objects.get(locale__language_code=language_code)


class ThemeFactory(DjangoModelFactory):
    class Meta:
        model = Theme

    name = factory.Sequence(lambda n: f"Thème {n}")
    slug = factory.Sequence(lambda n: f"theme-{n}")
    description = ""
    locale = factory.LazyFunction(lambda: locale("fr"))


# Blocks -------------------------------------------------------------------------------------------


class VideoBlockFactory(wagtail_factories.StructBlockFactory):
    class Meta:
        model = VideoBlock

    # A YouTube identifier is 11 characters long.
    url = factory.Sequence(lambda n: f"https://www.youtube.com/watch?v=essai{n:06d}")
    title = factory.Sequence(lambda n: f"Vidéo d’essai {n}")
    poster = None
    captions_url = ""


class QuoteBlockFactory(wagtail_factories.StructBlockFactory):
    class Meta:
        model = QuoteBlock

    text = factory.Sequence(lambda n: f"Des paroles d’essai, numéro {n}.")
    speaker_role = "Travailleuse paire"
    moment = ""


class RecommendationBlockFactory(wagtail_factories.StructBlockFactory):
    class Meta:
        model = RecommendationBlock

    title = factory.Sequence(lambda n: f"Recommandation d’essai {n}")
    text = "Ce que la recommandation veut dire en pratique."
    audience = "structures"


class ParagraphBlockFactory(wagtail_factories.blocks.BlockFactory):
    """A paragraph: rich text, given as HTML (``body__0__paragraph__value="<p>…</p>"``)."""

    class Meta:
        model = blocks.RichTextBlock

    value = factory.Sequence(lambda n: f"<p>Un paragraphe d’essai, numéro {n}.</p>")

    @classmethod
    def _construct_block(cls, block_class, *args, **kwargs):
        return RichText(kwargs["value"])


class EpisodeBodyFactory(wagtail_factories.StreamBlockFactory):
    class Meta:
        model = EpisodeBodyBlock

    video = factory.SubFactory(VideoBlockFactory)
    quote = factory.SubFactory(QuoteBlockFactory)
    recommendation = factory.SubFactory(RecommendationBlockFactory)
    paragraph = factory.SubFactory(ParagraphBlockFactory)


# Pages --------------------------------------------------------------------------------------------


def publish_when_asked(page, create, extracted, **kwargs):
    """``published=True``: publish the page as an editor does, after everything else is built."""
    if create and extracted:
        page.save_revision().publish()
        page.refresh_from_db()


class SeriesPageFactory(wagtail_factories.PageFactory):
    """A series under the French home unless given a ``parent``."""

    class Meta:
        model = SeriesPage
        skip_postgeneration_save = True

    parent = factory.LazyFunction(home_page)
    title = factory.Sequence(lambda n: f"Série d’essai {n}")
    introduction = "Une série créée pour les tests."
    published = factory.PostGeneration(publish_when_asked)


class EpisodePageFactory(wagtail_factories.PageFactory):
    """An episode, in a series of its own unless given a ``parent``; ``themes=[…]`` links it to themes."""

    class Meta:
        model = EpisodePage
        skip_postgeneration_save = True

    parent = factory.SubFactory(SeriesPageFactory)
    title = factory.Sequence(lambda n: f"Épisode d’essai {n}")
    number = factory.Sequence(lambda n: 100 + n)
    summary = "Un épisode créé pour les tests."
    body = wagtail_factories.StreamFieldFactory(EpisodeBodyFactory)

    @factory.post_generation
    def themes(page, create, extracted, **kwargs):
        if create and extracted:
            for order, theme in enumerate(extracted):
                EpisodeTheme.objects.create(page=page, theme=theme, locale=page.locale, sort_order=order)
            page.save()  # indexed again, with its themes' names

    published = factory.PostGeneration(publish_when_asked)  # after `themes`: published with its themes
