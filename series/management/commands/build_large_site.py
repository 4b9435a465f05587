"""Grow the demo site into the large bilingual site the page benchmark measures (`make bench`).

For the benchmarks only: run it on a scratch database just after `migrate` and `load_demo`, never on
a real site, and only once (it adds pages, themes and images each time).

    manage.py build_large_site                  # the pictures, then 5 series × 100 episodes per language
    manage.py build_large_site --pictures-only  # the pictures alone: the demo size with the same posters

It prints what it built as one line of JSON, which bench/large_site.py reads.

Pages are inserted in bulk, two statements per batch (Wagtail's page table, then the page type's own),
with the tree fields treebeard and Wagtail's routing read; every English page, theme and link shares its
French source's translation_key, as wagtail-localize's translations do. The text is made up (WORDS,
FILLER), with a fixed seed; bench/search_latency.py makes its own site with the same words.
"""

import itertools
import json
import random
import uuid
from datetime import timedelta
from io import BytesIO

from PIL import Image as Picture
from PIL import ImageDraw

from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify as django_slugify

from wagtail.images.models import Image
from wagtail.models import Locale, Page, Site

from series.models import EpisodePage, EpisodeTheme, SeriesPage, Theme

SERIES_PER_LANGUAGE = 5
EPISODES_PER_SERIES = 100
IMAGES = 10
SEED = 2024

# The made-up text -------------------------------------------------------------------------------------


def word_list(text):
    return text.split()


WORDS = {
    "fr": word_list(
        "travail pair lien confiance rencontre parcours rue logement hébergement addiction précarité équipe "
        "structure mission rôle accompagnement écoute rythme parole expérience vécu réduction risques santé "
        "quotidien relation temps respect métier formation cadre latitude langage mots professionnels personnes"
    ),
    "en": word_list(
        "peer work connection trust meeting journey street housing shelter addiction precarity team "
        "organisation mission role support listening pace voice experience lived harm reduction health "
        "daily relationship time respect job training frame latitude language words professionals people"
    ),
}
SYLLABLES = word_list(
    "ba be bi bo bu da de di do du fa fe fi fo la le li lo lu ma me mi mo mu na ne ni no ra re ri ro ru sa se si so "
    "ta te ti to tu va ve vi vo"
)


def filler_words(rng, count=3000):
    """Made-up words standing for the everyday vocabulary around the domain words."""
    return sorted({"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(count)})


FILLER = filler_words(random.Random(7))
FILLER_CUMULATIVE = list(itertools.accumulate(1 / rank for rank in range(1, len(FILLER) + 1)))  # Zipf, like real text


def sentence(rng, language, length=14):
    """Mostly everyday words, with about one domain word in fifty, as in real episode text."""
    words = rng.choices(FILLER, cum_weights=FILLER_CUMULATIVE, k=length)
    words = [rng.choice(WORDS[language]) if rng.random() < 0.02 else word for word in words]
    return " ".join(words).capitalize() + "."


TREE_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def encode(number):
    """Treebeard's four-character step of the number-th child in a page's path."""
    digits = ""
    for _ in range(4):
        number, remainder = divmod(number, 36)
        digits = TREE_ALPHABET[remainder] + digits
    return digits


def step_of(page):
    """The number encoded in the last step of a page's path (encode's inverse)."""
    return int(page.path[-4:], 36)


# What the large site adds to the demo --------------------------------------------------------------------

NEW_THEMES = [
    ("Réduction des risques", "reduction-des-risques", "Harm reduction", "harm-reduction"),
    ("Logement d’abord", "logement-d-abord", "Housing first", "housing-first"),
    ("Formation", "formation", "Training", "training"),
    ("Équipe et structure", "equipe-et-structure", "Team and organisation", "team-and-organisation"),
    ("Santé et soins", "sante-et-soins", "Health and care", "health-and-care"),
]
NEW_SERIES = {
    "fr": ["Premiers pas", "Dans la rue", "Au quotidien", "Et après"],
    "en": ["First steps", "On the street", "Day to day", "What comes next"],
}
SPEAKERS = {
    "fr": ["Travailleuse paire", "Travailleur pair", "Cheffe de service", "Éducateur spécialisé", "Directrice"],
    "en": ["Peer worker", "Peer worker", "Head of service", "Social worker", "Director"],
}
AUDIENCES = ["structures", "professionals", "peer_workers", "everyone"]
VIDEO_ID_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


class Command(BaseCommand):
    help = "Benchmarks only: grows a freshly loaded demo into 5 series × 100 episodes per language."

    def add_arguments(self, parser):
        parser.add_argument(
            "--pictures-only",
            action="store_true",
            help="add the posters and the series cover only (the demo size the benchmark compares with)",
        )

    def handle(self, *args, pictures_only=False, **options):
        images = add_pictures()
        built = {"images": len(images)} if pictures_only else grow(images)
        self.stdout.write(json.dumps(built))


def add_pictures():
    """The large site's posters, also on the demo's episodes' videos (in both languages, as a synchronised
    field is) and as its series' cover, in place of the demo's own: the demo size and the large site then
    show the same pictures."""
    with transaction.atomic():
        images = make_images(random.Random(SEED))
        SeriesPage.objects.update(cover_image=images[0])
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {EpisodePage._meta.db_table} SET body = jsonb_set(body, '{{0,value,poster}}', to_jsonb(%s))"
                " WHERE body->0->>'type' = 'video'",
                [images[1].pk],
            )
    return images


def grow(images):
    """The demo (with the posters) grown to SERIES_PER_LANGUAGE series of EPISODES_PER_SERIES episodes."""
    rng = random.Random(SEED)
    with transaction.atomic():
        themes = add_themes()
        homes = home_pages()
        demo = {language: SeriesPage.objects.child_of(home).get() for language, home in homes.items()}
        authors = {language: demo_author(series) for language, series in demo.items()}
        all_series = [demo, *add_series(homes, images, rng)]
        for index, series in enumerate(all_series):
            add_episodes(series, index, images, themes, authors, rng)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # what autovacuum does on a live site after a bulk load
    return {
        "episodes per language": EpisodePage.objects.filter(locale__language_code="fr").count(),
        "series per language": len(all_series),
        "episodes per series": EPISODES_PER_SERIES,
        "themes per language": len(themes),
        "images": len(images),
        "pages": Page.objects.filter(depth__gt=1).count(),  # below Wagtail's root: homes, series, episodes
    }


def demo_author(series):
    """The author of the demo's episodes in this series' language (None if they have none)."""
    return EpisodePage.objects.child_of(series).order_by("path").values_list("author_id", flat=True).first()


def home_pages():
    """The site's root page (French) and its English translation, by language code."""
    french_home = Site.objects.get(is_default_site=True).root_page
    return {"fr": french_home, "en": french_home.get_translation(Locale.objects.get(language_code="en"))}


def make_images(rng):
    """Small posters made with Pillow, each with the description the site uses as alt text."""
    images = []
    for number in range(1, IMAGES + 1):
        picture = Picture.new("RGB", (960, 540), tuple(rng.randrange(40, 220) for _ in range(3)))
        draw = ImageDraw.Draw(picture)
        for _ in range(6):
            x, y = rng.randrange(0, 800), rng.randrange(0, 400)
            draw.rectangle((x, y, x + 160, y + 140), fill=tuple(rng.randrange(0, 255) for _ in range(3)))
        buffer = BytesIO()
        picture.save(buffer, "JPEG", quality=80)
        images.append(
            Image.objects.create(
                title=f"Affiche {number}",
                description=f"Affiche de l’épisode : une équipe en réunion, plan {number}",
                file=ImageFile(buffer, name=f"bench-poster-{number}.jpg"),
            )
        )
    return images


def add_themes():
    """The demo's five themes plus five more, each English theme sharing its French theme's translation_key."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    for name_fr, slug_fr, name_en, slug_en in NEW_THEMES:
        key = uuid.uuid4()
        Theme.objects.create(locale=locales["fr"], name=name_fr, slug=slug_fr, translation_key=key)
        Theme.objects.create(locale=locales["en"], name=name_en, slug=slug_en, translation_key=key)
    themes = {}
    for theme in Theme.objects.select_related("locale"):
        themes.setdefault(theme.translation_key, {})[theme.locale.language_code] = theme
    return list(themes.values())


def add_series(homes, images, rng):
    """Four more series per language, after the demo's, each English one a translation of the French."""
    created = {language: [] for language in homes}
    keys = [uuid.uuid4() for _ in NEW_SERIES["fr"]]
    for language, home in homes.items():
        after = step_of(home.get_last_child())  # the demo's home has other pages than its series
        for index, (title, key) in enumerate(zip(NEW_SERIES[language], keys, strict=True)):
            series = SeriesPage(
                title=title,
                slug=slugify(title),
                translation_key=key,
                introduction=sentence(rng, language, 30),
                description=f"<p>{sentence(rng, language, 60)}</p>",
                cover_image=images[(index + 1) % len(images)],
                planned_episodes=EPISODES_PER_SERIES,
            )
            created[language].append(place(series, home, after + index + 1, months_ago(60 - 12 * index)))
        bulk_insert_pages(SeriesPage, created[language])
        set_numchild(home, home.numchild + len(created[language]))
    return [dict(zip(homes, pair, strict=True)) for pair in zip(*created.values(), strict=True)]


def add_episodes(series, series_index, images, themes, authors, rng):
    """Episodes up to EPISODES_PER_SERIES in one series (French and English), with their themes and the
    demo's author."""
    first = series["fr"].numchild + 1
    episodes = {language: [] for language in series}
    links = []
    for number in range(first, EPISODES_PER_SERIES + 1):
        key = uuid.uuid4()
        published = months_ago((EPISODES_PER_SERIES - number) + 3 * (SERIES_PER_LANGUAGE - series_index))
        for language, parent, fields in episode_translations(number, images, rng, series):
            page = EpisodePage(translation_key=key, author_id=authors[language], **fields)
            episodes[language].append(place(page, parent, number, published))
        links.append([(uuid.uuid4(), theme) for theme in rng.sample(themes, rng.randint(1, 3))])
    for language, pages in episodes.items():
        bulk_insert_pages(EpisodePage, pages)
        set_numchild(series[language], EPISODES_PER_SERIES)
        EpisodeTheme.objects.bulk_create(
            EpisodeTheme(
                page_id=page.pk,
                theme=theme[language],
                locale_id=page.locale_id,
                translation_key=link_key,
                sort_order=order,
            )
            for page, page_links in zip(pages, links, strict=True)
            for order, (link_key, theme) in enumerate(page_links)
        )


def episode_translations(number, images, rng, series):
    """(language, parent, fields) of one episode in French and English: the same blocks (ids, video,
    poster, moments) with each language's text, as a translation made in wagtail-localize has."""
    plan = body_plan(rng, images)
    duration = timedelta(minutes=rng.randint(3, 11), seconds=rng.randint(0, 59))
    # Timed segments shared by both languages (same ids and times), as wagtail-localize's translations keep them.
    segments = [(index * 9.0, str(uuid.uuid4())) for index in range(rng.randint(8, 14))]
    for language in ("fr", "en"):
        title = sentence(rng, language, 4)[:-1]
        yield (
            language,
            series[language],
            {
                "title": title,
                "slug": f"episode-{number}",
                "number": number,
                "summary": sentence(rng, language, 22)[:300],
                "body": [block_data(block, language, title, rng) for block in plan],
                "transcript": [
                    {"id": cue_id, "start": start, "end": None, "speaker_role": "", "text": sentence(rng, language, 18)}
                    for start, cue_id in segments
                ],
                "video_duration": duration,
            },
        )


def body_plan(rng, images):
    """A video first, then 3-6 quotes, 2-3 recommendations and 2-3 paragraphs in a random order."""
    kinds = ["quote"] * rng.randint(3, 6) + ["recommendation"] * rng.randint(2, 3) + ["paragraph"] * rng.randint(2, 3)
    rng.shuffle(kinds)
    video = {
        "type": "video",
        "id": str(uuid.uuid4()),
        "video_id": "".join(rng.choice(VIDEO_ID_ALPHABET) for _ in range(11)),
        "poster": rng.choice(images).pk,
    }
    return [video] + [
        {
            "type": kind,
            "id": str(uuid.uuid4()),
            "moment": f"{rng.randint(0, 9):02d}:{rng.randint(0, 59):02d}",
            "speaker": rng.randrange(len(SPEAKERS["fr"])),
            "audience": rng.choice(AUDIENCES),
        }
        for kind in kinds
    ]


def block_data(block, language, episode_title, rng):
    """One block of the body as stored (series/blocks.py shapes), in this language."""
    kind = block["type"]
    if kind == "video":
        value = {
            "url": f"https://www.youtube.com/watch?v={block['video_id']}",
            "title": episode_title,
            "poster": block["poster"],
            "captions_url": "",
        }
    elif kind == "quote":
        value = {
            "text": sentence(rng, language, rng.randint(12, 30)),
            "speaker_role": SPEAKERS[language][block["speaker"]],
            "moment": block["moment"],
        }
    elif kind == "recommendation":
        value = {
            "title": sentence(rng, language, 6)[:-1],
            "text": sentence(rng, language, 25),
            "audience": block["audience"],
        }
    else:
        value = f"<p>{sentence(rng, language, 45)}</p><p>{sentence(rng, language, 30)}</p>"
    return {"type": kind, "value": value, "id": block["id"]}


def place(page, parent, position, published):
    """A new live page as the position-th child of parent, with the tree fields treebeard and routing read."""
    page.path = parent.path + encode(position)
    page.depth = parent.depth + 1
    page.numchild = 0
    page.url_path = f"{parent.url_path}{page.slug}/"
    page.locale_id = parent.locale_id
    page.draft_title = page.title
    page.live = True
    page.first_published_at = page.last_published_at = published
    return page


def bulk_insert_pages(model, pages):
    """Insert pages of one type in two statements: their Page rows, then the type's own rows."""
    page_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    rows = Page.objects.bulk_create(
        [Page(**{field.attname: getattr(page, field.attname) for field in page_fields}) for page in pages]
    )
    for page, row in zip(pages, rows, strict=True):
        page.pk = page.id = row.pk
    own_fields = model._meta.local_concrete_fields  # page_ptr_id and the type's fields
    columns = ", ".join(connection.ops.quote_name(field.column) for field in own_fields)
    placeholders = ", ".join(["%s"] * len(own_fields))
    values = [[f.get_db_prep_save(getattr(page, f.attname), connection) for f in own_fields] for page in pages]
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {model._meta.db_table} ({columns}) VALUES ({placeholders})", values)


def set_numchild(page, count):
    Page.objects.filter(pk=page.pk).update(numchild=count)
    page.numchild = count


def months_ago(months):
    return timezone.now() - timedelta(days=30 * months)


def slugify(text):
    return django_slugify(text.replace("’", "-"))
