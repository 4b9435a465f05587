"""What each endpoint answers: episodes with their themes, transcript and caption files, themes and glossary
terms by language with their public addresses; only GET; nothing internal in the JSON."""

import pytest

from django.contrib.auth import get_user_model

from wagtail.models import Page

from glossary.models import GlossaryPage, GlossaryTerm
from series.models import EpisodePage, Theme
from tests.api.conftest import EPISODES, get_json, ids
from tests.support.factories import EpisodePageFactory

INTERNAL_KEYS = {
    "owner",
    "email",
    "password",
    "latest_revision",
    "live_revision",
    "draft_title",
    "has_unpublished_changes",
    "locked",
    "locked_by",
    "locked_at",
    "content_type",
    "alias_of",
    "translation_key",
    "url_path",
    "path",
    "depth",
    "go_live_at",
    "expire_at",
}


def keys_in(value):
    if isinstance(value, dict):
        for key, inner in value.items():
            yield key
            yield from keys_in(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from keys_in(inner)


def test_an_episodes_detail_has_its_transcript_and_caption_files(client, english_episode):
    answer = get_json(client, f"/api/v2/pages/{english_episode.pk}/")
    cues = english_episode.transcript
    assert len(answer["transcript"]) == len(cues) > 0
    first = cues[0]
    assert answer["transcript"][0] == {
        "start": first["start"],
        "end": first["end"],
        "speaker_role": first["speaker_role"],
        "text": first["text"],
    }
    page_url = answer["meta"]["html_url"]
    assert page_url.endswith(english_episode.url)
    assert answer["captions"] == {
        "vtt": f"{page_url}captions.en.vtt",
        "srt": f"{page_url}captions.en.srt",
        "text": f"{page_url}transcription.en.txt",
    }
    for address in answer["captions"].values():  # each one answers, at the address given
        assert client.get(address.removeprefix("http://localhost")).status_code == 200


def test_rich_text_is_html_with_internal_links_resolved(client, french_series, english_series, english_episode):
    """A link to the French series in an English episode leads to the English series, as on the English site."""
    episode = EpisodePageFactory(
        parent=english_series,
        published=True,
        body__0__paragraph__value=f'<p>See <a linktype="page" id="{french_series.pk}">the series</a>.</p>',
    )
    answer = get_json(client, f"/api/v2/pages/{episode.pk}/")
    assert answer["body"] == [
        {
            "type": "paragraph",
            "value": f'<p>See <a href="{english_series.url}">the series</a>.</p>',
            "id": answer["body"][0]["id"],
        }
    ]
    series = get_json(client, f"/api/v2/pages/{english_episode.get_parent().pk}/")
    assert series["description"].startswith("<p>") and "linktype" not in series["description"]


def test_the_theme_filter_gives_the_episodes_of_that_theme(client, english, english_theme):
    answer = get_json(client, f"{EPISODES}&locale=en&theme={english_theme.slug}")
    expected = EpisodePage.objects.live().filter(locale=english, episode_themes__theme=english_theme)
    assert ids(answer) == set(expected.values_list("pk", flat=True))
    assert all(english_theme.slug in [theme["slug"] for theme in item["themes"]] for item in answer["items"])
    other = Theme.objects.create(locale=english, name="Nobody talks about it", slug="nobody-talks-about-it")
    assert get_json(client, f"{EPISODES}&locale=en&theme={other.slug}")["items"] == []


@pytest.mark.parametrize("language", ["fr", "en"])
def test_themes_are_filtered_by_language(client, language):
    answer = get_json(client, f"/api/v2/themes/?locale={language}&limit=50")
    themes = Theme.objects.filter(locale__language_code=language)
    assert ids(answer) == set(themes.values_list("pk", flat=True))
    for item in answer["items"]:
        assert item["meta"]["locale"] == language
        assert item["meta"]["html_url"].endswith(f"/{language}/themes/{item['slug']}/")
        assert client.get(item["meta"]["html_url"].removeprefix("http://localhost")).status_code == 200


def test_a_themes_detail(client, english_theme):
    answer = get_json(client, f"/api/v2/themes/{english_theme.pk}/")
    assert answer["name"] == english_theme.name and answer["description"] == english_theme.description
    assert (
        get_json(client, f"/api/v2/themes/?locale=en&slug={english_theme.slug}")["items"][0]["id"] == english_theme.pk
    )


@pytest.fixture
def terms(french, english):
    french_term = GlossaryTerm.objects.create(
        locale=french, term="Pair-émulation", slug="pair-emulation", definition="Apprendre de ses pairs."
    )
    english_term = GlossaryTerm.objects.create(
        locale=english,
        term="Peer emulation",
        slug="peer-emulation",
        variants="peer-emulation\npeer learning",
        definition="Learning from one's peers.",
        explanation='<p>See <a href="https://example.org/">more</a>.</p>',
        translation_key=french_term.translation_key,
    )
    return {"fr": french_term, "en": english_term}


def glossary_page(language):
    page = GlossaryPage.objects.live().filter(locale__language_code=language).first()
    if page is None:
        home = Page.objects.get(depth=2, locale__language_code=language)
        page = home.add_child(instance=GlossaryPage(title="Glossaire", slug=f"glossaire-{language}"))
    return page


@pytest.mark.parametrize("language", ["fr", "en"])
def test_glossary_terms_are_filtered_by_language_with_their_address(client, terms, language):
    page = glossary_page(language)
    answer = get_json(client, f"/api/v2/glossary/?locale={language}&limit=50")
    assert ids(answer) == set(GlossaryTerm.objects.filter(locale__language_code=language).values_list("pk", flat=True))
    item = next(item for item in answer["items"] if item["id"] == terms[language].pk)
    assert item["term"] == terms[language].term and item["definition"] == terms[language].definition
    assert item["meta"]["locale"] == language
    assert item["meta"]["html_url"] == f"http://localhost{page.url}{terms[language].slug}/"
    assert client.get(item["meta"]["html_url"].removeprefix("http://localhost")).status_code == 200


def test_a_glossary_terms_detail(client, terms):
    glossary_page("en")
    answer = get_json(client, f"/api/v2/glossary/{terms['en'].pk}/")
    assert answer["variants"] == ["peer-emulation", "peer learning"]
    assert answer["explanation"] == '<p>See <a href="https://example.org/">more</a>.</p>'
    assert answer["links"] == []


def test_a_term_has_no_address_in_a_language_without_glossary_page(client, terms):
    for page in GlossaryPage.objects.filter(locale__language_code="en"):
        page.unpublish()
    answer = get_json(client, f"/api/v2/glossary/{terms['en'].pk}/")
    assert answer["meta"]["html_url"] is None


def every_answer(client, english_episode, english_theme, terms):
    series = english_episode.get_parent()
    return [
        get_json(client, address)
        for address in [
            f"/api/v2/pages/{english_episode.pk}/?fields=*",
            f"/api/v2/pages/{series.pk}/?fields=*",
            f"{EPISODES}&fields=*",
            "/api/v2/pages/?type=series.SeriesPage&fields=*",
            "/api/v2/pages/?fields=*",
            f"/api/v2/themes/{english_theme.pk}/?fields=*",
            "/api/v2/themes/?fields=*",
            f"/api/v2/glossary/{terms['en'].pk}/?fields=*",
            "/api/v2/glossary/?fields=*",
        ]
    ]


def test_nothing_internal_is_shown(client, english_episode, english_theme, terms):
    english_episode.owner = get_user_model().objects.create_user("owner", "owner@example.org", "x" * 16)
    english_episode.save_revision(user=english_episode.owner).publish()
    answers = every_answer(client, english_episode, english_theme, terms)
    shown = set().union(*(keys_in(answer) for answer in answers))
    assert not shown & INTERNAL_KEYS
    emails = [email for email in get_user_model().objects.values_list("email", flat=True) if email]
    assert "owner@example.org" in emails
    assert not [email for email in emails if any(email in str(answer) for answer in answers)]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_only_get_is_answered(client, method, english_episode, english_theme, terms):
    for address in [
        "/api/v2/pages/",
        f"/api/v2/pages/{english_episode.pk}/",
        "/api/v2/themes/",
        f"/api/v2/themes/{english_theme.pk}/",
        "/api/v2/glossary/",
        f"/api/v2/glossary/{terms['en'].pk}/",
    ]:
        response = getattr(client, method)(address, data={"title": "Changed"}, content_type="application/json")
        assert response.status_code == 405, address
        assert response["Content-Type"] == "application/json"
    english_episode.refresh_from_db()
    assert english_episode.title == "Roles and missions"


def test_answers_are_json_whatever_the_browser_accepts(client, english_episode):
    response = client.get(f"/api/v2/pages/{english_episode.pk}/", headers={"Accept": "text/html"})
    assert response.status_code == 200 and response["Content-Type"] == "application/json"


def test_a_missing_slash_is_added(client, english_episode):
    response = client.get(f"/api/v2/pages/{english_episode.pk}")
    assert response.status_code == 301 and response["Location"] == f"/api/v2/pages/{english_episode.pk}/"


def test_an_unknown_address_or_object_is_a_json_404(client):
    for address in ["/api/v2/images/", "/api/v2/documents/1/", "/api/v2/pages/999999/", "/api/v2/themes/999999/"]:
        response = client.get(address)
        assert response.status_code == 404, address
        assert "message" in response.json()
