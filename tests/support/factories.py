"""Factories for the site's models, for tests that need content beyond the demo."""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from wagtail.models import Locale

from series.models import EpisodePage, Theme


class ThemeFactory(DjangoModelFactory):
    class Meta:
        model = Theme

    name = factory.Sequence(lambda n: f"Thème {n}")
    slug = factory.Sequence(lambda n: f"theme-{n}")
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="fr"))


class EpisodePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EpisodePage

    title = factory.Sequence(lambda n: f"Épisode d’essai {n}")
    number = factory.Sequence(lambda n: 100 + n)
    summary = "Un épisode créé pour les tests."
