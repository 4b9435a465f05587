"""Load the demo site: home, the series, its first two episodes and the themes, in French and English.

The English versions are made through wagtail-localize, exactly as a translator would: a translation
is submitted for each French object, every segment receives its English text, then the translation
is published. Running the command again changes nothing.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.html import escape

from wagtail.models import Locale, Site
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.strings import StringValue

from home import demo_content as demo
from home.models import HomePage
from series.models import EpisodePage, EpisodeTheme, SeriesPage, Theme


class Command(BaseCommand):
    help = "Crée le contenu de démonstration en français et sa traduction anglaise (idempotent)."

    def handle(self, *args, **options):
        # No surrounding transaction: wagtail-localize publishes translations on commit, and each
        # English page must be live before its children are translated. Each step is idempotent,
        # so a run that stops halfway is completed by the next one.
        self.french = Locale.objects.get(language_code="fr")
        self.english, _ = Locale.objects.get_or_create(language_code="en")
        self.table = demo.english_for_french()
        self.created = 0

        themes = {spec["slug"].fr: self.theme(spec) for spec in demo.THEMES}
        home = self.home()
        series = self.series(home)
        for spec in demo.EPISODES:
            self.episode(series, spec, themes)

        self.stdout.write(f"Contenu de démonstration : {self.created} objet(s) créé(s) ou traduit(s).")
        self.admin_account()

    # French sources -------------------------------------------------------------------------

    def theme(self, spec):
        theme = Theme.objects.filter(locale=self.french, slug=spec["slug"].fr).first()
        if theme is None:
            theme = Theme.objects.create(
                locale=self.french, name=spec["name"].fr, slug=spec["slug"].fr, description=spec["description"].fr
            )
            self.created += 1
        self.translate(theme)
        return theme

    def home(self):
        site = Site.objects.get(is_default_site=True)
        home = site.root_page.specific
        if not isinstance(home, HomePage):
            raise CommandError("La page racine du site n’est pas une page d’accueil : lancez d’abord migrate.")
        if not home.introduction:
            home.title = demo.HOME["title"].fr
            home.slug = demo.HOME["slug"].fr
            home.introduction = demo.HOME["introduction"].fr
            home.save_revision().publish()
            self.created += 1
        self.translate(home)
        return home

    def series(self, home):
        series = SeriesPage.objects.child_of(home).filter(slug=demo.SERIES["slug"].fr).first()
        if series is None:
            series = SeriesPage(
                title=demo.SERIES["title"].fr,
                slug=demo.SERIES["slug"].fr,
                introduction=demo.SERIES["introduction"].fr,
                description="".join(f"<p>{escape(paragraph.fr)}</p>" for paragraph in demo.SERIES["description"]),
                planned_episodes=demo.SERIES["planned_episodes"],
            )
            home.add_child(instance=series)
            series.save_revision().publish()
            self.created += 1
        self.translate(series)
        return series

    def episode(self, series, spec, themes):
        episode = EpisodePage.objects.child_of(series).filter(number=spec["number"]).first()
        if episode is None:
            episode = EpisodePage(
                title=spec["title"].fr,
                slug=spec["slug"].fr,
                number=spec["number"],
                summary=spec["summary"].fr,
                video_duration=spec["duration"],
                body=[(kind, french_block_value(kind, value)) for kind, value in spec["body"]],
                episode_themes=[EpisodeTheme(theme=themes[slug], locale=self.french) for slug in spec["themes"]],
            )
            series.add_child(instance=episode)
            episode.save_revision().publish()
            EpisodePage.objects.filter(pk=episode.pk).update(
                first_published_at=spec["published"], last_published_at=spec["published"]
            )
            self.created += 1
        english = self.translate(episode)
        if english is not None:
            EpisodePage.objects.filter(pk=english.pk).update(
                first_published_at=spec["published"], last_published_at=spec["published"]
            )

    # English through wagtail-localize -------------------------------------------------------

    def translate(self, source_object):
        """Translate an object into English the way a translator would; None if already done."""
        if source_object.get_translation_or_none(self.english) is not None:
            return None
        TranslationCreator(user=None, target_locales=[self.english]).create_translations(
            source_object, include_related_objects=False
        )
        translation = Translation.objects.get(
            source__object_id=source_object.translation_key, target_locale=self.english
        )
        segments = StringSegment.objects.filter(source=translation.source).select_related("string", "context")
        for segment in segments:
            french = segment.string.as_value().render_text()
            if french not in self.table:
                raise CommandError(f"Pas de traduction anglaise pour : {french!r}")
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=self.english,
                context=segment.context,
                defaults={
                    "data": StringValue.from_plaintext(self.table[french]).data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
        translation.save_target(publish=True)
        self.created += 1
        return source_object.get_translation(self.english)

    # Development account -------------------------------------------------------------------

    def admin_account(self):
        username = getattr(settings, "DEMO_ADMIN_USERNAME", None)
        if not username:
            return
        password = settings.DEMO_ADMIN_PASSWORD
        User = get_user_model()
        if not User.objects.filter(username=username).exists():
            User.objects.create_superuser(username=username, email="admin@example.org", password=password)
            self.stdout.write("Compte d’administration créé.")
        self.stdout.write(
            self.style.SUCCESS(
                f"Administration : {settings.WAGTAILADMIN_BASE_URL}/admin/ — "
                f"identifiant « {username} », mot de passe « {password} »"
            )
        )


def french_block_value(kind, value):
    """The French value of a demo block; paragraphs become rich text."""
    if kind == "paragraph":
        return f"<p>{escape(value.fr)}</p>"
    return french_value(value)


def french_value(value):
    """The French side of a block value made of T pairs."""
    if isinstance(value, demo.T):
        return value.fr
    if isinstance(value, dict):
        return {key: french_value(item) for key, item in value.items()}
    return value
