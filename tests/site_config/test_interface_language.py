"""English pages show no French and French pages no English: interface strings and content alike."""

import re
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup

from django.conf import settings
from django.utils import timezone

from tests.support.english import translate_into_english
from tests.support.factories import EpisodePageFactory, SeriesPageFactory, ThemeFactory

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES" / "django.po"
PLACEHOLDER = re.compile(r"%\(\w+\)s")
VISIBLE_ATTRIBUTES = ("aria-label", "alt", "title", "placeholder", "content", "value")
SEARCHES = {"fr": "/fr/recherche/?q=passerelle", "en": "/en/search/?q=bridge"}
NOT_FOUND = {"fr": "/fr/introuvable/", "en": "/en/not-here/"}


def visible_text(html):
    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup(["script", "style"]):
        hidden.decompose()
    page_language = soup.html.get("lang") if soup.html else None
    for foreign in soup.find_all(lambda tag: tag.name != "html" and tag.get("lang") not in (None, page_language)):
        foreign.decompose()  # words marked as another language's on purpose (a quote's original French)
    parts = [soup.get_text(" ")]
    for tag in soup.find_all(True):
        if tag.name == "meta" and tag.get("name") != "description":
            continue
        parts.extend(str(tag[attribute]) for attribute in VISIBLE_ATTRIBUTES if tag.has_attr(attribute))
    return " ".join(" ".join(parts).split())


def fragments(text):
    """The words of a message around its placeholders, long enough to mean something."""
    for piece in PLACEHOLDER.split(text):
        piece = piece.strip(" «»“”.,:;·()…")
        if len(piece) >= 4 and re.search(r"[^\W\d_]", piece):
            yield piece


def interface_strings():
    """(French, English) pairs of the catalogue that differ between the two languages.

    Language names are left out: the admin names languages in its own language (« anglais »), while
    the public language switcher names each one in itself (« English » on a French page).
    """
    native_names = {name.lower() for _code, name in settings.LANGUAGES}
    for entry in polib.pofile(str(CATALOGUE)):
        pairs = [(entry.msgid, entry.msgstr)]
        if entry.msgid_plural:
            pairs = [(entry.msgid, entry.msgstr_plural[0]), (entry.msgid_plural, entry.msgstr_plural[1])]
        for french, english in pairs:
            if french != english and english.lower() not in native_names:
                yield french, english


# Every text of the content built below, with what a translator wrote for it.
CONTENT = {
    "Passerelles": "Bridges",
    "Ce qui relie les équipes et les personnes accompagnées.": "What links teams and the people they support.",
    "Raconter les passerelles": "Telling of bridges",
    "raconter-les-passerelles": "telling-of-bridges",
    "Une série sur les passerelles entre les métiers.": "A series about the bridges between trades.",
    "Bâtir des passerelles": "Building bridges",
    "batir-des-passerelles": "building-bridges",
    "Un épisode sur la passerelle entre la rue et le foyer.": "An episode about the bridge from street to shelter.",
    "Raconter les passerelles, épisode 1": "Telling of bridges, episode 1",
    "J’ai traversé la même tempête.": "I went through the same storm.",
    "Travailleuse paire": "Peer worker",
    "Prévoir des relais": "Plan relays",
    "Organisez des relais chaque semaine.": "Organise relays every week.",
    "Le pont se construit à deux.": "The bridge is built by two.",
}
PUBLISHED = timezone.make_aware(timezone.datetime(2026, 3, 31, 10, 0))


@pytest.fixture
def pages(french):
    """The public pages of a series built in French and translated into English, by language."""
    theme = ThemeFactory(name="Passerelles", description="Ce qui relie les équipes et les personnes accompagnées.")
    series = SeriesPageFactory(
        title="Raconter les passerelles",
        slug="raconter-les-passerelles",
        introduction="Une série sur les passerelles entre les métiers.",
        published=True,
    )
    episode = EpisodePageFactory(
        parent=series,
        title="Bâtir des passerelles",
        slug="batir-des-passerelles",
        summary="Un épisode sur la passerelle entre la rue et le foyer.",
        first_published_at=PUBLISHED,
        body__0__video__title="Raconter les passerelles, épisode 1",
        body__1__quote__text="J’ai traversé la même tempête.",
        body__2__recommendation__title="Prévoir des relais",
        body__2__recommendation__text="Organisez des relais chaque semaine.",
        body__3__paragraph__value="<p>Le pont se construit à deux.</p>",
        themes=[theme],
        published=True,
    )
    english = [translate_into_english(item, CONTENT) for item in (theme, series, episode)]
    english[2].first_published_at = PUBLISHED
    english[2].save(update_fields=["first_published_at"])
    return {
        "fr": ["/fr/", series.url, episode.url, f"/fr/themes/{theme.slug}/"],
        "en": ["/en/", english[1].url, english[2].url, f"/en/themes/{english[0].slug}/"],
    }


def content_strings():
    yield from CONTENT.items()


def found(fragment, text):
    return re.search(rf"(?<!\w){re.escape(fragment)}(?!\w)", text) is not None


def pages_for(pages, language):
    return [*pages[language], SEARCHES[language], NOT_FOUND[language]]


@pytest.mark.parametrize(("language", "other"), [("en", "fr"), ("fr", "en")])
def test_no_interface_string_of_the_other_language(client, pages, language, other):
    index = 1 if language == "fr" else 0  # look for French strings on English pages and vice versa
    for path in pages_for(pages, language):
        text = visible_text(client.get(path).content.decode())
        leaks = {
            fragment
            for pair in interface_strings()
            for fragment in fragments(pair[index])
            if found(fragment, text) and not any(found(fragment, mine) for mine in [pair[1 - index]])
        }
        assert not leaks, f"{path} shows {other} interface text: {sorted(leaks)}"
        own = {
            fragment for pair in interface_strings() for fragment in fragments(pair[1 - index]) if found(fragment, text)
        }
        assert len(own) >= 3, f"the detector sees no {language} interface text on {path}"


@pytest.mark.parametrize(("language", "other"), [("en", "fr"), ("fr", "en")])
def test_no_content_of_the_other_language(client, pages, language, other):
    index = 0 if language == "en" else 1
    for path in pages_for(pages, language):
        text = visible_text(client.get(path).content.decode())
        leaks = [pair[index] for pair in content_strings() if pair[index] in text]
        assert not leaks, f"{path} shows {other} content: {leaks}"


@pytest.mark.parametrize(("language", "date"), [("fr", "31 mars 2026"), ("en", "March 31, 2026")])
def test_dates_are_written_in_the_page_language(client, pages, language, date):
    assert date in visible_text(client.get(pages[language][2]).content.decode())


@pytest.mark.parametrize(("language", "unit"), [("fr", "min de lecture"), ("en", "min read")])
def test_reading_time_is_translated(client, pages, language, unit):
    assert re.search(rf"(?<!\w)1 {unit}(?!\w)", visible_text(client.get(pages[language][2]).content.decode()))


def test_a_short_page_reads_in_one_minute():
    assert EpisodePageFactory.build(summary="un deux trois", transcript=[]).reading_time == 1


def test_reading_time_counts_the_words_of_the_page_at_200_a_minute():
    segment = {"start": 0.0, "end": None, "speaker_role": "", "text": "mot " * 1000}
    episode = EpisodePageFactory.build(summary="un deux trois", transcript=[segment])
    assert episode.reading_time == 6  # 1003 words


def test_reading_time_counts_the_words_of_every_block():
    episode = EpisodePageFactory.build(
        summary="un",
        body__0__quote__text="mot " * 150,
        body__0__quote__speaker_role="",
        body__1__paragraph__value="<p>" + "mot " * 150 + "</p>",
    )
    assert episode.reading_time == 2  # 301 words
