"""Load the demo site: home, the series, its first two episodes, the themes, the glossary, the Plateforme's own pages
(about, legal notice, privacy, contact, videos), the menu and the footer, in French and English, with
posters and a logo drawn by the project (home/demo_pictures.py).

The English versions are made through wagtail-localize, exactly as a translator would: a translation
is submitted for each French object, every segment receives its English text, then the translation
is published. Running the command again changes nothing.
"""

from io import BytesIO
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandError
from django.utils.html import escape
from django.utils.text import slugify

from wagtail.images import get_image_model
from wagtail.models import Locale, Site
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.strings import StringValue

from glossary.models import GlossaryPage, GlossaryTerm
from home import demo_content as demo
from home import demo_glossary, demo_pages, demo_transcripts
from home.demo_pictures import episode_poster, portrait, series_cover
from home.models import HomePage
from navigation.models import Footer, Menu, SiteChrome
from organisation.models import ContactField, ContactPage, StandardPage
from series.models import Author, EpisodePage, EpisodeTheme, SeriesPage, Theme, VideosPage

LOGO = Path(settings.BASE_DIR) / "site_config" / "static" / "img" / "logo.svg"


class Command(BaseCommand):
    help = "Crée le contenu de démonstration en français et sa traduction anglaise (idempotent)."

    def handle(self, *args, **options):
        # No surrounding transaction: wagtail-localize publishes translations on commit, and each
        # English page must be live before its children are translated. Each step is idempotent,
        # so a run that stops halfway is completed by the next one.
        self.french = Locale.objects.get(language_code="fr")
        self.english, _ = Locale.objects.get_or_create(language_code="en")
        self.table = demo.english_for_french(
            *demo_pages.EVERYTHING, demo_transcripts.TRANSCRIPTS, demo_glossary.GLOSSARY_PAGE, demo_glossary.TERMS
        )
        self.created = 0

        themes = {spec["slug"].fr: self.theme(spec) for spec in demo.THEMES}
        home = self.home()
        series = self.series(home)
        author = self.author()
        for spec in demo.EPISODES:
            self.episode(series, spec, themes, author)
        for spec in demo_glossary.TERMS:
            self.glossary_term(spec)
        pages = {
            "home": home,
            "series": series,
            "videos": self.videos(home),
            "glossary": self.glossary(home),
            "contact": self.contact(home),
        }
        for key, spec in (("about", demo_pages.ABOUT), ("legal", demo_pages.LEGAL), ("privacy", demo_pages.PRIVACY)):
            pages[key] = self.standard_page(home, spec, pages)
        self.chrome(pages)

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

    def glossary_term(self, spec):
        term = GlossaryTerm.objects.filter(locale=self.french, slug=spec["slug"].fr).first()
        if term is None:
            term = GlossaryTerm.objects.create(locale=self.french, **{name: value.fr for name, value in spec.items()})
            self.created += 1
        self.translate(term)
        return term

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
                cover_image=self.picture(
                    "Affiche de la série",
                    series_cover(demo.SERIES["title"].fr, demo.SERIES["planned_episodes"]),
                    demo_pages.SERIES_COVER_ALT.fr,
                ),
                cover_image_alt=demo_pages.SERIES_COVER_ALT.fr,
            )
            home.add_child(instance=series)
            series.save_revision().publish()
            self.created += 1
        self.translate(series)
        return series

    def episode(self, series, spec, themes, author):
        episode = EpisodePage.objects.child_of(series).filter(number=spec["number"]).first()
        if episode is None:
            poster = self.picture(
                f"Affiche de l’épisode {spec['number']}",
                episode_poster(spec["number"], spec["title"].fr, demo.SERIES["title"].fr),
                f"Affiche de l’épisode {spec['number']}, « {spec['title'].fr} » : son numéro sur un disque bleu-vert.",
            )
            episode = EpisodePage(
                author=author,
                title=spec["title"].fr,
                slug=spec["slug"].fr,
                number=spec["number"],
                summary=spec["summary"].fr,
                video_duration=spec["duration"],
                body=[(kind, french_block_value(kind, value, poster)) for kind, value in spec["body"]],
                transcript=french_transcript(demo_transcripts.TRANSCRIPTS.get(spec["number"], [])),
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

    def author(self):
        spec = demo_pages.AUTHOR
        author = Author.objects.filter(locale=self.french, name=spec["name"].fr).first()
        if author is None:
            photo = self.picture("Portrait : l’équipe de la Plateforme", portrait(spec["initials"]), spec["name"].fr)
            author = Author.objects.create(
                locale=self.french, name=spec["name"].fr, description=spec["description"].fr, photo=photo
            )
            self.created += 1
        self.translate(author)
        return author

    def child_page(self, home, page_class, spec, **fields):
        """The French page of this type and slug under home, created and published if missing, then translated."""
        page = page_class.objects.child_of(home).filter(slug=spec["slug"].fr).first()
        if page is None:
            page = page_class(title=spec["title"].fr, slug=spec["slug"].fr, **fields)
            home.add_child(instance=page)
            page.save_revision().publish()
            self.created += 1
        self.translate(page)
        return page

    def videos(self, home):
        spec = demo_pages.VIDEOS
        return self.child_page(home, VideosPage, spec, introduction=spec["introduction"].fr)

    def glossary(self, home):
        spec = demo_glossary.GLOSSARY_PAGE
        return self.child_page(home, GlossaryPage, spec, introduction=spec["introduction"].fr)

    def contact(self, home):
        spec = demo_pages.CONTACT
        fields = [
            ContactField(
                locale=self.french,
                label=field["label"].fr,
                field_type=field["field_type"],
                help_text=field["help_text"].fr,
                required=True,
                sort_order=order,
            )
            for order, field in enumerate(spec["fields"])
        ]
        return self.child_page(
            home,
            ContactPage,
            spec,
            introduction=spec["introduction"].fr,
            thank_you_text=spec["thank_you_text"].fr,
            subject=spec["subject"].fr,
            to_address=spec["to_address"],
            from_address=spec["to_address"],
            form_fields=fields,
        )

    def standard_page(self, home, spec, pages):
        body = [self.standard_block(kind, value, pages) for kind, value in spec["body"]]
        return self.child_page(home, StandardPage, spec, introduction=spec["introduction"].fr, body=body)

    def standard_block(self, kind, value, pages):
        if kind == "heading":
            return ("paragraph", f"<h2>{escape(value.fr)}</h2>")
        if kind == "paragraph":
            return ("paragraph", f"<p>{escape(value.fr)}</p>")
        if kind == "figure":
            series = pages["series"]
            image = series.cover_image
            image.contextual_alt_text, image.decorative = series.cover_image_alt, False
            return ("figure", {"image": image, "caption": series.title})
        return (kind, french_value(value) | {"page": pages[value["page"]]})

    def chrome(self, pages):
        menu_spec, footer_spec = demo_pages.MENU, demo_pages.FOOTER
        menu = Menu.objects.filter(locale=self.french, name=menu_spec["name"].fr).first()
        if menu is None:
            links = [("link", link_value(target, label, pages)) for target, label in menu_spec["links"]]
            menu = Menu(locale=self.french, name=menu_spec["name"].fr, links=links)
            menu.save()
            menu.save_revision().publish()
            self.created += 1
        self.translate(menu)
        footer = Footer.objects.filter(locale=self.french, name=footer_spec["name"].fr).first()
        if footer is None:
            columns = [
                ("column", {"heading": heading.fr, "links": [link_value(*footer_link(link), pages) for link in links]})
                for heading, links in footer_spec["columns"]
            ]
            description = footer_spec["description"].fr
            footer = Footer(locale=self.french, name=footer_spec["name"].fr, description=description, columns=columns)
            footer.save()
            footer.save_revision().publish()
            self.created += 1
        self.translate(footer)
        setting = SiteChrome.for_site(Site.objects.get(is_default_site=True))
        if setting.menu_id is None:
            setting.menu, setting.footer = menu, footer
            setting.logo = self.picture(
                "Logo de la Plateforme travail pair", LOGO.read_bytes(), "Plateforme travail pair", "logo.svg"
            )
            setting.save()
            self.created += 1

    def picture(self, title, data, description, file_name=None):
        """The image of the media library with this title, added from `data` the first time."""
        Image = get_image_model()
        image = Image.objects.filter(title=title).first()
        if image is None:
            name = file_name or f"{slugify(title)}.jpg"
            image = Image(title=title, description=description, file=ImageFile(BytesIO(data), name=name))
            image.save()
        return image

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


def french_block_value(kind, value, poster=None):
    """The French value of a demo block; paragraphs become rich text, videos get the episode's poster."""
    if kind == "paragraph":
        return f"<p>{escape(value.fr)}</p>"
    if kind == "video" and poster is not None:
        return french_value(value) | {"poster": poster}
    return french_value(value)


def french_transcript(segments):
    """The French segments of a demo transcript, as the episode's transcript cues."""
    return [
        {"start": start, "end": end, "speaker_role": role.fr if role else "", "text": text.fr}
        for start, end, role, text in segments
    ]


def footer_link(link):
    """A footer link of demo_pages.FOOTER as (target, label): a page key, or an (address, label) pair."""
    return link if isinstance(link, tuple) else (link, None)


def link_value(target, label, pages):
    """The stored value of a navigation link to a demo page, a site view or an outside address."""
    value = {"page": None, "view": "", "url": "", "label": label.fr if label else ""}
    if target.startswith("view:"):
        value["view"] = target.removeprefix("view:")
    elif target.startswith("https://"):
        value["url"] = target
    else:
        value["page"] = pages[target]
    return value


def french_value(value):
    """The French side of a block value made of T pairs."""
    if isinstance(value, demo.T):
        return value.fr
    if isinstance(value, dict):
        return {key: french_value(item) for key, item in value.items()}
    return value
