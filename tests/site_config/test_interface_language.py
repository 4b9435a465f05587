"""English pages show no French and French pages no English: interface strings and content alike."""

import re
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup

from django.conf import settings

from home import demo_content
from series.models import EpisodePage

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES" / "django.po"
PLACEHOLDER = re.compile(r"%\(\w+\)s")
VISIBLE_ATTRIBUTES = ("aria-label", "alt", "title", "placeholder", "content", "value")
PAGES = {
    "fr": ["/fr/", "/fr/raconter-le-travail-pair/", "/fr/raconter-le-travail-pair/faire-du-lien/"],
    "en": ["/en/", "/en/peer-work-in-their-own-words/", "/en/peer-work-in-their-own-words/building-connection/"],
}
SEARCHES = {"fr": "/fr/recherche/?q=lien", "en": "/en/search/?q=connection"}
NOT_FOUND = {"fr": "/fr/introuvable/", "en": "/en/not-here/"}


def visible_text(html):
    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup(["script", "style"]):
        hidden.decompose()
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


def content_strings():
    for pair in demo_content.all_pairs():
        if pair.fr != pair.en:
            yield pair.fr, pair.en


def found(fragment, text):
    return re.search(rf"(?<!\w){re.escape(fragment)}(?!\w)", text) is not None


def pages_for(language):
    return [*PAGES[language], SEARCHES[language], NOT_FOUND[language]]


@pytest.mark.parametrize(("language", "other"), [("en", "fr"), ("fr", "en")])
def test_no_interface_string_of_the_other_language(client, language, other):
    index = 1 if language == "fr" else 0  # look for French strings on English pages and vice versa
    for path in pages_for(language):
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
def test_no_content_of_the_other_language(client, language, other):
    index = 0 if language == "en" else 1
    for path in pages_for(language):
        text = visible_text(client.get(path).content.decode())
        leaks = [pair[index] for pair in content_strings() if pair[index] in text]
        assert not leaks, f"{path} shows {other} content: {leaks}"


def test_dates_are_written_in_the_page_language(client):
    assert "31 mars 2026" in visible_text(client.get(PAGES["fr"][2]).content.decode())
    assert "March 31, 2026" in visible_text(client.get(PAGES["en"][2]).content.decode())


@pytest.mark.parametrize(("path", "unit"), [(PAGES["fr"][2], "min de lecture"), (PAGES["en"][2], "min read")])
def test_reading_time_is_translated(client, path, unit):
    assert re.search(rf"(?<!\w)[12] {unit}(?!\w)", visible_text(client.get(path).content.decode()))


def test_reading_time_counts_the_words_of_the_page(french):
    episode = EpisodePage.objects.get(locale=french, number=1)
    episode.summary, episode.body, episode.transcript = "un deux trois", [], ""
    assert episode.reading_time == 1
    episode.transcript = "<p>" + "mot " * 1000 + "</p>"
    assert episode.reading_time == 6  # 1003 words at 200 a minute
