"""The admin a French editor, moderator or translator meets is French, Wagtail's and wagtail-localize's
screens included: their missing or wrong French is filled in by locale/fr/ (see its django.po)."""

import json
import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

import wagtail
from wagtail_localize.models import StringTranslation

from editorial.groups import EDITORS, MODERATORS, TRANSLATORS
from series.models import EpisodePage, SeriesPage, Theme
from tests.support.french_admin import FORBIDDEN_STRINGS, MONTHS

CATALOGUES = Path(settings.BASE_DIR) / "locale"
FRENCH = CATALOGUES / "fr" / "LC_MESSAGES"


# Attributes whose values people read (or hear): tooltips, accessible names, placeholders.
READ_ATTRIBUTES = {"title", "aria-label", "placeholder", "alt", "data-w-tooltip-content-value"}


class ReadableText(HTMLParser):
    """Text nodes and read attributes of a page, without scripts, styles or JSON props."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skipping += 1
        self.texts.extend(value for name, value in attrs if name in READ_ATTRIBUTES and value)

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping and data.strip():
            self.texts.append(" ".join(data.split()))


def readable_texts(html):
    parser = ReadableText()
    parser.feed(html)
    return parser.texts


def forbidden_strings_in(html):
    """(string, where) for each forbidden string read on the page, as a word or phrase of its own.

    A string may be glued to a capital ("Publier dansEnglish") but not continue a word ("Anything").
    """
    found = []
    for text in readable_texts(html):
        for string in FORBIDDEN_STRINGS:
            if re.search(rf"(?<!\w){re.escape(string)}(?![^\W\d_A-Z])", text):
                found.append((string, text[:120]))
    return found


def member(group_name=None):
    """A new admin user (French, as every new user), in `group_name` or a superuser."""
    users = get_user_model().objects
    if group_name is None:
        return users.create_superuser(username="admin-fr", email="admin@example.org", password="une phrase longue")
    user = users.create_user(username=f"{group_name}-fr", email="membre@example.org", password="une phrase longue")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def assert_french(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert forbidden_strings_in(response.content.decode()) == [], url


@pytest.fixture
def pages(french, english):
    french_episode = EpisodePage.objects.get(locale=french, number=1)
    return {
        "french_home": french_episode.get_parent().get_parent().pk,
        "french_series": SeriesPage.objects.get(locale=french).pk,
        "english_series": SeriesPage.objects.get(locale=english).pk,
        "french_episode": french_episode.pk,
        "english_episode": french_episode.get_translation(english).pk,
    }


@pytest.fixture
def waiting_for_review(pages):
    """The French episode 1, submitted by an editor to the moderators' review."""
    editor = member(EDITORS)
    episode = EpisodePage.objects.get(pk=pages["french_episode"])
    episode.save_revision(user=editor)
    episode.get_workflow().start(episode, editor)
    return episode


def theme_chooser_url():
    return reverse(Theme.snippet_viewset.chooser_viewset.get_url_name("choose"))


def test_the_forbidden_strings_are_found_as_words_in_text_and_read_attributes():
    html = (
        '<p>Publier dansEnglish</p><button aria-label="More actions"></button><input placeholder="Any">'
        '<script>var x = "Locale";</script><a href="/Status/" class="Locale">Statut</a><p>Locales</p>'
    )
    assert {string for string, _where in forbidden_strings_in(html)} == {
        "Publier dans",
        "More actions",
        "Any",
        "Locales",
    }


@pytest.mark.parametrize(
    "url",
    [
        "/admin/",
        "/admin/pages/{french_home}/",
        "/admin/pages/{french_series}/",
        "/admin/pages/{french_series}/?has_child_pages=false&locale=fr",
        "/admin/pages/add/series/episodepage/{french_series}/",
        "/admin/pages/{french_episode}/edit/",
        "/admin/pages/{french_episode}/history/",
        "/admin/snippets/series/theme/",
        "/admin/episodes/",
        "/admin/episodes/?locale=fr",
    ],
)
def test_an_editor_writing_an_episode_reads_only_french(client, pages, url):
    client.force_login(member(EDITORS))
    assert_french(client, url.format(**pages))


def test_the_theme_chooser_of_the_episode_editor_is_french(client):
    client.force_login(member(EDITORS))
    assert_french(client, theme_chooser_url())


@pytest.mark.parametrize(
    "url",
    [
        "/admin/",
        "/admin/pages/",
        "/admin/pages/{french_series}/",
        "/admin/pages/{french_episode}/edit/",
        "/admin/pages/{french_episode}/history/",
        "/admin/pages/{english_episode}/edit/",
        "/admin/episodes/",
        "/admin/translation-status/",
    ],
)
def test_a_moderator_approving_and_publishing_reads_only_french(client, pages, waiting_for_review, url):
    client.force_login(member(MODERATORS))
    assert_french(client, url.format(**pages))


def test_the_moderators_dashboard_lists_the_episode_awaiting_their_review(client, waiting_for_review):
    client.force_login(member(MODERATORS))
    html = client.get("/admin/").content.decode()
    assert "En attente de votre relecture" in html and waiting_for_review.title in html


def test_the_status_panel_says_in_french_when_the_episode_was_sent_for_review(client, waiting_for_review):
    """Wagtail words it with django.contrib.humanize's naturaltime, whose French needs the app installed."""
    client.force_login(member(MODERATORS))
    texts = readable_texts(client.get(f"/admin/pages/{waiting_for_review.pk}/edit/").content.decode())
    [sent, *_] = [text for text in texts if text.startswith("Envoyé vers")]
    assert re.search(r"\b(maintenant|il y a \d+ \w+)", sent), sent


def test_the_workflow_history_is_french(client, waiting_for_review):
    client.force_login(member(MODERATORS))
    state = waiting_for_review.current_workflow_state
    assert_french(client, f"/admin/pages/{waiting_for_review.pk}/workflow_history/")
    assert_french(client, f"/admin/pages/{waiting_for_review.pk}/workflow_history/detail/{state.pk}/")


@pytest.mark.parametrize(
    "url",
    [
        "/admin/",
        "/admin/pages/{english_series}/",
        "/admin/localize/submit/page/{french_episode}/",
        "/admin/pages/{english_episode}/edit/",
        "/admin/snippets/series/theme/",
        "/admin/snippets/series/theme/?locale=en",
        "/admin/translation-status/",
    ],
)
def test_a_translator_reads_only_french(client, pages, url):
    client.force_login(member(TRANSLATORS))
    assert_french(client, url.format(**pages))


@pytest.mark.parametrize("url", ["/admin/groups/", "/admin/reports/locked/", "/admin/workflows/list/"])
def test_the_settings_and_reports_an_administrator_opens_are_french(client, url):
    client.force_login(member())
    assert_french(client, url)


def test_languages_are_named_in_french_in_the_translation_editor(client, pages):
    """The editor's footer shows gettext("Publish in ") + the language's name: « Publier en anglais »."""
    client.force_login(member(MODERATORS))
    html = client.get(f"/admin/pages/{pages['english_episode']}/edit/").content.decode()
    [props] = re.findall(r'class="js-translation-editor[^"]*" data-props="([^"]*)"', html)
    props = json.loads(unescape(props))
    assert props["sourceLocale"]["displayName"] == "français"
    assert props["locale"]["displayName"] == "anglais"
    assert "Traduction de Rôles et missions en anglais" in html


def javascript_catalogue(client, url):
    """The {msgid: msgstr} of a Django JavaScript catalogue, as served (none at all in English)."""
    response = client.get(url)
    assert response.status_code == 200
    catalogue = re.search(r"const newcatalog = (\{.*?\});\n", response.content.decode(), re.S)
    return json.loads(catalogue.group(1)) if catalogue else {}


def test_the_translation_editors_javascript_strings_are_french(client):
    client.force_login(member(TRANSLATORS))
    localize = javascript_catalogue(client, reverse("wagtail_localize:javascript_catalog"))
    assert localize["Publish in "] == "Publier en "
    assert localize["Uses %s version"] == "Utilise la version en %s"
    assert localize["Revert to %s version"] == "Revenir à la version en %s"
    admin = javascript_catalogue(client, reverse("wagtailadmin_javascript_catalog"))
    # For the editor's labels wagtail-localize writes outside gettext (relabelled by an admin script).
    assert admin["More actions"] == "Plus d'actions"
    assert admin["%(source)s to %(target)s translation"] == "Traduction : %(source)s → %(target)s"


def test_the_english_admin_keeps_english_javascript_strings(client):
    user = member(TRANSLATORS)
    user.wagtail_userprofile.preferred_language = "en"
    user.wagtail_userprofile.save()
    client.force_login(user)
    assert "Publish in " not in javascript_catalogue(client, reverse("wagtail_localize:javascript_catalog"))


def test_a_translated_segments_note_has_no_english_month(english):
    translations = StringTranslation.objects.filter(locale=english)
    assert translations.exists()
    with translation.override("fr"):
        notes = {string_translation.get_comment() for string_translation in translations}
    assert all(note.startswith("Traduit") for note in notes)
    assert [note for note in notes if any(month in note for month in MONTHS)] == []


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_the_compiled_french_catalogue_matches_its_source(domain):
    po = {entry.msgid: (entry.msgstr, entry.msgstr_plural) for entry in polib.pofile(str(FRENCH / f"{domain}.po"))}
    mo = {entry.msgid: (entry.msgstr, entry.msgstr_plural) for entry in polib.mofile(str(FRENCH / f"{domain}.mo"))}
    mo.pop("", None)
    assert mo == {msgid: value for msgid, value in po.items() if msgid}


def upstream_strings(domain):
    """The msgids of Wagtail's and wagtail-localize's own French catalogues."""
    site_packages = Path(wagtail.__file__).resolve().parent.parent
    return {
        entry.msgid
        for package in ("wagtail", "wagtail_localize")
        for catalogue in (site_packages / package).rglob(f"locale/fr/LC_MESSAGES/{domain}.po")
        for entry in polib.pofile(str(catalogue))
    }


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_the_french_catalogue_only_translates_english_strings_of_other_packages(domain):
    """The project's own strings are French already (locale/en/ translates them): none belongs here."""
    french = polib.pofile(str(FRENCH / f"{domain}.po"))
    assert french.untranslated_entries() == [] and french.fuzzy_entries() == []
    project_strings = {entry.msgid for entry in polib.pofile(str(CATALOGUES / "en" / "LC_MESSAGES" / "django.po"))}
    assert {entry.msgid for entry in french} & project_strings == set()
    # wagtail-localize's editor writes its section title outside gettext; an admin script relabels it.
    relabelled = {"%(source)s to %(target)s translation"}
    assert {entry.msgid for entry in french} - upstream_strings(domain) <= relabelled
