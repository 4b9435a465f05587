"""Where each page type may live, and the rules an episode must follow."""

import json

import pytest

from django.core.exceptions import ValidationError
from django.test import RequestFactory
from django.utils import translation

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from glossary.models import GlossaryPage
from home.models import HomePage
from organisation.models import ContactPage, StandardPage
from series.models import EpisodePage, SeriesPage, VideosPage
from tests.support.factories import EpisodePageFactory
from tests.support.forms import episode_form_data, episode_form_data_from_page
from tests.support.forms import standard_page_form_data_from_page as standard_form_data


class PageTreeRulesTests(WagtailPageTestCase):
    def login(self, user=None, username=None, password="password"):  # noqa: S107
        """force_login: django-axes refuses Client.login(), which authenticates without a request."""
        user = user or self.create_test_user()
        self.client.force_login(user)
        return user

    def test_home_holds_series_the_videos_and_glossary_pages_and_the_organisations_pages(self):
        self.assertCanCreateAt(HomePage, SeriesPage)
        self.assertCanNotCreateAt(HomePage, EpisodePage)
        self.assertAllowedSubpageTypes(HomePage, {SeriesPage, VideosPage, GlossaryPage, StandardPage, ContactPage})
        self.assertAllowedSubpageTypes(GlossaryPage, set())

    def test_standard_pages_nest_and_hold_a_contact_page_but_no_episode(self):
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage, ContactPage})
        self.assertAllowedParentPageTypes(ContactPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(VideosPage, set())

    def test_series_holds_episodes_only(self):
        self.assertCanCreateAt(SeriesPage, EpisodePage)
        self.assertCanNotCreateAt(SeriesPage, SeriesPage)
        self.assertAllowedSubpageTypes(SeriesPage, {EpisodePage})
        self.assertAllowedParentPageTypes(SeriesPage, {HomePage})

    def test_episode_lives_under_a_series_and_has_no_children(self):
        self.assertAllowedParentPageTypes(EpisodePage, {SeriesPage})
        self.assertAllowedSubpageTypes(EpisodePage, set())
        self.assertCanNotCreateAt(HomePage, EpisodePage)
        self.assertCanNotCreateAt(Page, EpisodePage)

    def test_home_is_created_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanNotCreateAt(SeriesPage, HomePage)

    def test_demo_pages_are_routable_renderable_editable_and_previewable(self):
        editor = self.login()
        for page in Page.objects.filter(depth__gt=1).specific():
            with self.subTest(page=page.url):
                self.assert_routes_to_itself(page)
                self.assertPageIsRenderable(page)
                if page.locale.language_code == "en":
                    # English pages are edited and previewed in wagtail-localize's translation editor.
                    self.client.force_login(editor)
                    response = self.client.get(f"/admin/pages/{page.pk}/edit/")
                    self.assertContains(response, 'class="js-translation-editor"', status_code=200)
                elif isinstance(page, EpisodePage | StandardPage):
                    # StreamFields are drawn by JavaScript, so the form data is built, not scraped.
                    build = episode_form_data_from_page if isinstance(page, EpisodePage) else standard_form_data
                    post_data = build(page)
                    self.assertPageIsEditable(page, post_data=post_data)
                    self.assertPageIsPreviewable(page, post_data=post_data)
                else:
                    self.assertPageIsEditable(page)
                    self.assertPageIsPreviewable(page)

    def assert_routes_to_itself(self, page):
        """Wagtail's assertPageIsRoutable does not strip the /fr/ or /en/ prefix, so route here."""
        language, *components = [part for part in page.url.split("/") if part]
        self.assertEqual(language, page.locale.language_code)
        with translation.override(language):
            request = RequestFactory().get(page.url)
            routed, _args, _kwargs = page.get_site().root_page.localized.specific.route(request, components)
        self.assertEqual(routed.pk, page.pk)


def test_episode_number_is_unique_within_its_series(french_series):
    duplicate = EpisodePage(title="Doublon", slug="doublon", number=1, summary="Même numéro que le premier.")
    with pytest.raises(ValidationError) as error:
        french_series.add_child(instance=duplicate)
    assert "number" in error.value.message_dict


def test_same_number_is_allowed_in_another_series(french_home):
    other = SeriesPage(title="Autre série", slug="autre-serie", introduction="Une autre série.")
    french_home.add_child(instance=other)
    episode = EpisodePageFactory(parent=other, number=1)
    assert episode.pk and episode.number == 1


def test_admin_refuses_a_new_episode_with_a_taken_number(admin_client, french_series):
    url = f"/admin/pages/add/series/episodepage/{french_series.pk}/"
    data = episode_form_data(
        title="Doublon", slug="doublon", number=2, summary="Un résumé.", body=[("paragraph", "<p>Du texte.</p>")]
    )
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert response.context["form"].errors["number"] == ["Un autre épisode de cette série porte déjà ce numéro."]
    assert not EpisodePage.objects.filter(slug="doublon").exists()


def test_admin_refuses_a_video_from_another_host(admin_client, french_series):
    url = f"/admin/pages/add/series/episodepage/{french_series.pk}/"
    data = episode_form_data(
        title="Vidéo ailleurs",
        slug="video-ailleurs",
        number=5,
        summary="Un résumé.",
        body=[("video", {"url": "https://www.dailymotion.com/video/x7tgad0", "title": "Une vidéo", "poster": None})],
    )
    response = admin_client.post(url, data)
    assert response.status_code == 200
    body_errors = json.dumps(response.context["form"].errors.as_data()["body"][0].as_json_data(), ensure_ascii=False)
    assert "Seules les vidéos YouTube" in body_errors
    assert not EpisodePage.objects.filter(slug="video-ailleurs").exists()


def test_admin_creates_an_episode_with_a_free_number(admin_client, french_series):
    url = f"/admin/pages/add/series/episodepage/{french_series.pk}/"
    data = episode_form_data(
        title="Troisième épisode",
        slug="troisieme-episode",
        number=3,
        summary="Un résumé.",
        body=[
            ("quote", {"text": "Des mots.", "speaker_role": "Travailleuse paire", "moment": "01:10"}),
            ("paragraph", "<p>Du texte.</p>"),
        ],
        duration="04:30",
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    episode = EpisodePage.objects.get(slug="troisieme-episode")
    assert episode.get_parent().pk == french_series.pk
    assert episode.video_duration.total_seconds() == 270
    assert [block.block_type for block in episode.body] == ["quote", "paragraph"]
