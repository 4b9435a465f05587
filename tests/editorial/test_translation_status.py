"""The translation status report says where each English version stands, why it is not live, and its title."""

import csv
import io
import re
from html import unescape

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from editorial.groups import MODERATORS, TRANSLATORS
from editorial.translation_status import (
    CHANGES_REQUESTED,
    DRAFT,
    IN_REVIEW,
    MISSING,
    NOT_STARTED,
    OUT_OF_DATE,
    UP_TO_DATE,
    translation_states,
)
from series.models import EpisodePage, Theme
from tests.support.factories import EpisodePageFactory, ThemeFactory
from tests.support.localize import (
    publish_translation,
    segments,
    submit_page_translation,
    translate_string,
    translation_for,
    untranslated_segments,
)

REPORT = "/admin/translation-status/"
# The demo's French pages (root apart) and snippets: 5 themes, the author, the menu and the footer.
DEMO_PAGES, DEMO_SNIPPETS = 10, 5 + 14 + 3  # pages; themes, glossary terms, author, menu and footer
ENGLISH = {"Confiance": "Trust", "confiance": "trust", "Pair-aidance": "Peer support", "pair-aidance": "peer-support"}


def person(group_name, username, first_name, last_name):
    user = get_user_model().objects.create_user(
        username=username,
        first_name=first_name,
        last_name=last_name,
        email=f"{username}@example.org",
        password="une phrase assez longue",
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def translator(db):
    return person(TRANSLATORS, "awa", "Awa", "Diallo")


@pytest.fixture
def moderator(db):
    return person(MODERATORS, "marc", "Marc", "Lefèvre")


@pytest.fixture
def episode(french_series):
    """A live French episode, not yet sent to translation."""
    page = EpisodePageFactory(parent=french_series, title="Confiance", slug="confiance")
    page.save_revision().publish()
    return EpisodePage.objects.get(pk=page.pk)


def state_of(instance):
    """The report's row for one French page or theme."""
    return next(
        state
        for state in translation_states()
        if state.source.translation_key == instance.translation_key and type(state.source) is type(instance)
    )


def row(client, instance):
    """The report's row for one French object, as text a reader sees, and its English title cell."""
    html = client.get(REPORT).content.decode()
    found = re.search(rf'<tr [^>]*data-translation-key="{instance.translation_key}".*?</tr>', html, re.S).group(0)
    english = re.search(r"<td data-english-title>(.*?)</td>", found, re.S).group(1)
    return text_of(found), text_of(english)


def text_of(html):
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def translate(client, translation, only=None):
    """Give English text to the untranslated segments (or to those whose French is in `only`)."""
    for segment in untranslated_segments(translation):
        french = segment.string.data
        if only is None or french in only:
            translate_string(client, translation, segment, ENGLISH.get(french, f"In English: {french}"))


def submit_for_review(page, user):
    """What « Soumettre pour relecture » does: the translation saved as a draft, then the moderation workflow."""
    translation_for(page.get_translation(page.locale.get_default()), page.locale).save_target(user=user, publish=False)
    page = EpisodePage.objects.get(pk=page.pk)
    page.get_workflow().start(page, user)
    return page


def submit_theme(client, theme, locale):
    url = reverse("wagtail_localize:submit_snippet_translation", args=["series", "theme", theme.pk])
    assert client.post(url, {"locales": [locale.pk]}).status_code == 302


def test_every_demo_translation_is_up_to_date_and_needs_no_reason(admin_client):
    states = translation_states()
    assert len(states) == DEMO_PAGES + DEMO_SNIPPETS
    assert {state.status for state in states} == {UP_TO_DATE}
    assert [state.reason for state in states] == [""] * (DEMO_PAGES + DEMO_SNIPPETS)
    kinds = {state.kind for state in states[DEMO_PAGES:]}
    assert kinds == {"thème", "terme du glossaire", "auteur ou autrice", "menu", "pied de page"}
    html = admin_client.get(REPORT).content.decode()
    assert "Roles and missions" in html and "Building connection" in html
    assert "titre pas encore traduit" not in html


def test_a_page_never_sent_to_translation_says_so_and_shows_no_english_title(admin_client, episode):
    state = state_of(episode)
    assert state.status == MISSING and state.target is None
    assert state.reason == "pas encore envoyée en traduction"
    text, english = row(admin_client, episode)
    assert "À traduire Pas encore envoyée en traduction" in text
    assert english == "—"
    assert f"/admin/localize/submit/page/{episode.pk}/" in admin_client.get(REPORT).content.decode()


def test_a_sent_page_nobody_translated_has_not_started_and_does_not_pass_the_french_title_for_english(
    admin_client, episode, english
):
    submit_page_translation(admin_client, episode, english)
    state = state_of(episode)
    assert state.status == NOT_STARTED
    assert state.target.title == "Confiance"  # wagtail-localize copied the French page
    assert state.english_title == ""
    text, english_cell = row(admin_client, episode)
    assert "Pas commencée Envoyée en traduction, aucun segment traduit" in text
    assert english_cell == "— titre pas encore traduit"


def test_a_translation_under_way_is_a_draft_that_counts_the_segments_left(admin_client, episode, english):
    submit_page_translation(admin_client, episode, english)
    translation = translation_for(episode, english)
    translate(admin_client, translation, only={"Confiance"})
    total = segments(translation).count()
    state = state_of(episode)
    assert state.status == DRAFT
    assert state.untranslated == total - 1
    assert state.english_title == "Trust"  # the translated title segment, before anything is applied
    text, english_cell = row(admin_client, episode)
    assert f"Brouillon {total - 1} segments restants" in text
    assert english_cell == "Trust"


def test_a_draft_saved_before_any_segment_is_translated_is_a_draft_not_a_translation_never_started(
    admin_client, episode, english, translator
):
    submit_page_translation(admin_client, episode, english)
    translation = translation_for(episode, english)
    translation.save_target(user=translator, publish=False)
    assert state_of(episode).status == DRAFT
    translate(admin_client, translation)
    state = state_of(episode)
    assert state.status == DRAFT and state.untranslated == 0
    assert state.reason == "tous les segments sont traduits, pas encore soumise pour relecture"


def test_a_translation_submitted_for_review_waits_then_goes_back_for_changes_then_goes_live(
    admin_client, episode, english, translator, moderator
):
    submit_page_translation(admin_client, episode, english)
    translate(admin_client, translation_for(episode, english))
    page = submit_for_review(episode.get_translation(english), translator)
    assert page.workflow_in_progress and not page.live

    state = state_of(episode)
    assert state.status == IN_REVIEW
    assert state.reason.startswith("soumise pour relecture le ") and state.reason.endswith(" par Awa Diallo")
    assert state.english_title == "Trust"  # the title of the English page's latest revision
    text, english_cell = row(admin_client, episode)
    assert "En attente de relecture Soumise pour relecture le " in text and english_cell == "Trust"

    page.current_workflow_state.current_task_state.reject(user=moderator, comment="Le résumé est à revoir.")
    state = state_of(episode)
    assert state.status == CHANGES_REQUESTED
    assert state.reason.startswith("modifications demandées le ") and state.reason.endswith(" par Marc Lefèvre")

    page.current_workflow_state.resume(user=translator)
    assert state_of(episode).status == IN_REVIEW

    EpisodePage.objects.get(pk=page.pk).current_workflow_state.current_task_state.approve(user=moderator)
    assert EpisodePage.objects.get(pk=page.pk).live
    assert state_of(episode).status == UP_TO_DATE


def test_a_live_translation_whose_french_changed_is_out_of_date_with_the_segments_to_translate(admin_client, french):
    episode = EpisodePage.objects.get(locale=french, number=1)
    episode.summary = "Un résumé réécrit en français."
    episode.save_revision().publish()
    state = state_of(episode)
    assert state.status == OUT_OF_DATE and state.untranslated == 1
    assert state.reason == "1 segment à traduire"
    text, english_cell = row(admin_client, episode)
    assert "À mettre à jour 1 segment à traduire" in text
    assert english_cell == "Roles and missions"


def test_synchronised_changes_not_yet_published_in_english_make_a_live_translation_out_of_date(admin_client, french):
    episode = EpisodePage.objects.get(locale=french, number=1)
    episode.video_duration += episode.video_duration  # synchronised, nothing to translate
    episode.save_revision().publish()
    state = state_of(episode)
    assert state.status == OUT_OF_DATE and state.untranslated == 0
    assert state.reason == "modifications pas encore publiées en anglais"
    publish_translation(admin_client, episode.get_translation(state.target.locale))
    assert state_of(episode).status == UP_TO_DATE


def test_english_retranslated_but_not_yet_published_makes_a_live_translation_out_of_date(admin_client, french, english):
    theme = Theme.objects.get(locale=french, slug="faire-du-lien")
    translation = translation_for(theme, english)
    [name] = [segment for segment in segments(translation) if segment.context.path == "name"]
    translate_string(admin_client, translation, name, "Making connections")
    state = state_of(theme)
    assert state.status == OUT_OF_DATE
    assert state.reason == "modifications pas encore publiées en anglais"
    assert state.english_title == "Building connection"  # what English readers see until it is published
    publish_translation(admin_client, theme.get_translation(english))
    state = state_of(theme)
    assert state.status == UP_TO_DATE and state.english_title == "Making connections"


def test_an_update_of_a_live_translation_waiting_for_review_is_out_of_date_and_says_it_waits(
    admin_client, french, english, translator
):
    episode = EpisodePage.objects.get(locale=french, number=1)
    episode.summary = "Un résumé réécrit en français."
    episode.save_revision().publish()
    translate(admin_client, translation_for(episode, english))
    page = submit_for_review(episode.get_translation(english), translator)
    assert page.live and page.workflow_in_progress
    state = state_of(episode)
    assert state.status == OUT_OF_DATE
    assert state.reason.startswith("soumise pour relecture le ") and state.reason.endswith(" par Awa Diallo")
    assert state.english_title == "Roles and missions"


def test_a_theme_sent_to_translation_keeps_its_french_name_out_of_the_english_column_until_translated(
    admin_client, english
):
    theme = ThemeFactory(name="Pair-aidance", slug="pair-aidance", description="Être aidé par un pair.")
    assert state_of(theme).status == MISSING
    submit_theme(admin_client, theme, english)
    state = state_of(theme)
    assert state.status == NOT_STARTED
    assert state.target.name == "Pair-aidance"  # a theme is copied, and shown, as soon as it is sent
    assert row(admin_client, theme)[1] == "— titre pas encore traduit"

    translation = translation_for(theme, english)
    translate(admin_client, translation, only={"Pair-aidance"})
    state = state_of(theme)
    assert state.status == DRAFT and state.untranslated == 2
    assert state.reason == "2 segments restants" and state.english_title == "Peer support"

    translate(admin_client, translation)
    publish_translation(admin_client, theme.get_translation(english))
    state = state_of(theme)
    assert state.status == UP_TO_DATE and state.english_title == "Peer support"


def test_the_report_counts_each_state_and_names_the_reason_of_every_translation_not_up_to_date(
    admin_client, episode, english, french, translator
):
    ThemeFactory(name="Pair-aidance", slug="pair-aidance")
    submitted = ThemeFactory(name="Rétablissement", slug="retablissement")
    submit_theme(admin_client, submitted, english)
    submit_page_translation(admin_client, episode, english)
    translate(admin_client, translation_for(episode, english))
    submit_for_review(episode.get_translation(english), translator)
    changed = Theme.objects.get(locale=french, slug="faire-du-lien")
    changed.name = "Créer du lien"
    changed.save()

    html = admin_client.get(REPORT).content.decode()
    counts = dict(re.findall(r'<span data-count="(\w+)">[^<]*: (\d+)</span>', html))
    assert counts == {
        MISSING: "1",
        NOT_STARTED: "1",
        DRAFT: "0",
        IN_REVIEW: "1",
        CHANGES_REQUESTED: "0",
        OUT_OF_DATE: "1",
        UP_TO_DATE: str(DEMO_PAGES + DEMO_SNIPPETS - 1),
    }
    rows = re.findall(r'<tr data-status="(\w+)".*?</tr>', html, re.S)
    assert len(rows) == DEMO_PAGES + 1 + DEMO_SNIPPETS + 2
    for match in re.finditer(r'<tr data-status="(\w+)".*?</tr>', html, re.S):
        has_reason = re.search(r'</strong><div class="w-help-text">[^<]+</div>', match.group(0)) is not None
        assert has_reason == (match.group(1) != UP_TO_DATE), match.group(0)


def test_the_episode_listing_shows_the_same_states_and_gives_the_reason_on_the_link(
    admin_client, episode, english, translator
):
    submit_page_translation(admin_client, episode, english)
    translate(admin_client, translation_for(episode, english))
    page = submit_for_review(episode.get_translation(english), translator)
    html = admin_client.get("/admin/episodes/").content.decode()
    cell = r'<td [^>]*data-translation-state="in_review">\s*'
    link = re.search(cell + rf'<a href="/admin/pages/{page.pk}/edit/" title="([^"]+)">([^<]+)</a>', html)
    assert link is not None
    assert link.group(1).startswith("Soumise pour relecture le ") and link.group(1).endswith(" par Awa Diallo")
    assert link.group(2) == "En attente de relecture"
    assert html.count('data-translation-state="up_to_date"') == 2


def report_queries(client):
    client.get(REPORT)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(REPORT).status_code == 200
    return len(captured.captured_queries)


def test_the_report_does_not_query_the_database_once_per_row(admin_client, episode, english, translator):
    few = report_queries(admin_client)
    for number in range(3):
        theme = ThemeFactory()
        if number:
            submit_theme(admin_client, theme, english)
    submit_page_translation(admin_client, episode, english)
    translate(admin_client, translation_for(episode, english))
    submit_for_review(episode.get_translation(english), translator)
    for number in range(3):
        page = EpisodePageFactory(parent=episode.get_parent().specific)
        page.save_revision().publish()
        if number:
            submit_page_translation(admin_client, page, english)
    assert len(translation_states()) == DEMO_PAGES + DEMO_SNIPPETS + 1 + 3 + 3
    assert report_queries(admin_client) == few


def test_the_report_exports_each_state_and_its_reason_as_a_spreadsheet(admin_client, episode, english):
    submit_page_translation(admin_client, episode, english)
    response = admin_client.get(REPORT, {"export": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == ["Contenu en français", "Type", "Version anglaise", "État", "Pourquoi"]
    episode_row = next(row for row in rows if row[0] == episode.title)
    assert episode_row[3] == "Pas commencée" and episode_row[4] == "envoyée en traduction, aucun segment traduit"
    assert len(rows) == 1 + len(translation_states())


def test_translators_reach_the_report_from_the_reports_menu(client, translator):
    client.force_login(translator)
    assert client.get(REPORT).status_code == 200
    results = client.get(f"{REPORT}results/")
    assert results.status_code == 200 and b"data-status=" in results.content
    assert REPORT.encode() in client.get("/admin/").content
