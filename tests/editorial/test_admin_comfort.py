"""The editors' comfort in the admin: tabs, help everywhere, themes and episodes listed, images described."""

import re

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.admin.panels import ObjectList, get_edit_handler
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

from home.models import HomePage
from series.models import EpisodePage, EpisodeTheme, SeriesPage, Theme
from tests.support.english import translate_into_english
from tests.support.factories import EpisodePageFactory, SeriesPageFactory, ThemeFactory
from tests.support.forms import episode_form_data_from_page

IMAGE_FORM = "editorial.forms.ImageForm"


def tabs_of(model):
    """{tab heading: (fields, formsets)} of a page type's editor."""
    tabs = {}
    for tab in model.get_edit_handler().children:
        options = tab.get_form_options()
        tabs[str(tab.heading)] = (set(options.get("fields", [])), set(options.get("formsets", {})))
    return tabs


def test_the_episode_editor_is_split_into_tabs():
    tabs = tabs_of(EpisodePage)
    assert list(tabs) == ["Contenu", "Vidéo", "Thèmes", "Promotion et référencement", "Paramètres"]
    assert tabs["Contenu"][0] == {"title", "number", "summary", "author", "body"}
    assert tabs["Vidéo"][0] == {"video_duration", "audio", "captions_file", "transcript"}
    assert tabs["Thèmes"][1] == {"episode_themes"}
    assert {"slug", "seo_title", "search_description", "show_in_menus"} <= tabs["Promotion et référencement"][0]
    assert {"go_live_at", "expire_at"} <= tabs["Paramètres"][0]


def test_the_series_and_home_editors_are_split_into_tabs():
    series_tabs = tabs_of(SeriesPage)
    assert list(series_tabs) == ["Contenu", "Image", "Promotion et référencement", "Paramètres"]
    assert series_tabs["Image"][0] == {"cover_image", "cover_image_alt"}
    assert list(tabs_of(HomePage)) == ["Contenu", "Promotion et référencement", "Paramètres"]


@pytest.fixture
def episode(french):
    """A published French episode with a video, a quote and a theme."""
    return EpisodePageFactory(body__0="video", body__1="quote", themes=[ThemeFactory()], published=True)


def test_the_episode_edit_page_shows_its_tabs(admin_client, episode):
    html = admin_client.get(f"/admin/pages/{episode.pk}/edit/").content.decode()
    tabs = [" ".join(label.split()) for label in re.findall(r'<a[^>]*role="tab"[^>]*>([^<]*)<', html)]
    assert tabs == ["Contenu", "Vidéo", "Thèmes", "Promotion et référencement"]


def test_the_episode_edit_page_offers_the_dates_in_the_scheduling_dialog(admin_client, episode):
    """Wagtail draws the « Paramètres » tab, go-live and expiry dates, as the status panel's scheduling dialog."""
    html = admin_client.get(f"/admin/pages/{episode.pk}/edit/").content.decode()
    dialog = html[html.index('<div id="schedule-publishing-dialog"') :]
    assert 'name="go_live_at"' in dialog and 'name="expire_at"' in dialog


def test_the_episode_edit_page_still_saves_across_its_tabs(admin_client, episode):
    data = episode_form_data_from_page(episode)
    data["summary"] = "Un résumé revu."
    assert admin_client.post(f"/admin/pages/{episode.pk}/edit/", data).status_code == 302
    assert EpisodePage.objects.get(pk=episode.pk).get_latest_revision_as_object().summary == "Un résumé revu."


def own_fields_in_editor(model, panel):
    """The fields of the editor's form that the model itself declares (Wagtail's Page fields apart)."""
    own = {field.name: field for field in model._meta.get_fields() if getattr(field, "model", None) is model}
    return [own[name] for name in panel.get_form_options()["fields"] if name in own]


@pytest.mark.parametrize(
    ("model", "panel"),
    [
        (EpisodePage, lambda: EpisodePage.get_edit_handler()),
        (SeriesPage, lambda: SeriesPage.get_edit_handler()),
        (HomePage, lambda: HomePage.get_edit_handler()),
        (Theme, lambda: get_edit_handler(Theme)),
        (EpisodeTheme, lambda: ObjectList(EpisodeTheme.panels).bind_to_model(EpisodeTheme)),
    ],
    ids=lambda value: getattr(value, "__name__", ""),
)
def test_every_field_an_editor_sees_has_help(model, panel):
    fields = own_fields_in_editor(model, panel())
    assert fields
    for field in fields:
        assert str(field.help_text).strip(), f"{model.__name__}.{field.name} has no help text"


def help_text_of(block):
    """A structural block keeps its help text in Meta, a field block on its form field."""
    field = getattr(block, "field", None)
    return str(getattr(block.meta, "help_text", None) or getattr(field, "help_text", "") or "").strip()


def walk(block, path):
    yield path, block
    for name, child in getattr(block, "child_blocks", {}).items():
        yield from walk(child, f"{path}.{name}")


def body_blocks():
    return EpisodePage._meta.get_field("body").stream_block.child_blocks


def test_every_block_and_sub_block_has_help():
    for name, block in body_blocks().items():
        for path, inner in walk(block, name):
            assert help_text_of(inner), f"{path} has no help text"


@pytest.mark.parametrize("name", ["video", "quote", "recommendation", "paragraph"])
def test_every_block_is_described_and_previewed_in_the_block_picker(admin_client, name):
    block = body_blocks()[name]
    assert str(block.meta.description).strip()
    assert block.meta.preview_value
    assert block.is_previewable
    response = admin_client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
    assert response.status_code == 200
    html = response.content.decode()
    assert "css/site.css" in html
    if name == "quote":
        assert "On avance à son rythme à elle, pas au nôtre." in html


def test_the_themes_have_their_own_menu_item(admin_client):
    html = admin_client.get("/admin/").content.decode()
    assert reverse(Theme.snippet_viewset.get_url_name("list")) in html
    assert reverse("episodes:index") in html


def theme_listing(client, **params):
    response = client.get(reverse(Theme.snippet_viewset.get_url_name("list")), params)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def themes(french):
    """Two French themes, the first translated into English: (« Pair-aidance », « Expérience vécue », English)."""
    first = ThemeFactory(name="Pair-aidance", slug="pair-aidance")
    second = ThemeFactory(name="Expérience vécue", slug="savoir-vecu")
    english = translate_into_english(first, {"Pair-aidance": "Peer support", "pair-aidance": "peer-support"})
    return first, second, english


def test_the_theme_listing_shows_the_french_themes_names_and_slugs_first(admin_client, themes):
    first, _second, english = themes
    html = theme_listing(admin_client)
    assert first.name in html and first.slug in html
    assert english.name not in html


def test_the_theme_listing_offers_the_other_language_as_a_filter(admin_client, themes):
    html = theme_listing(admin_client)
    assert "Langue" in html and "anglais" in html


def test_the_theme_listing_filters_by_language(admin_client, themes):
    first, _second, english = themes
    html = theme_listing(admin_client, locale="en")
    assert english.name in html and english.slug in html
    assert first.name not in html


def test_the_theme_listing_finds_a_theme_by_name(admin_client, themes):
    first, second, english = themes
    html = theme_listing(admin_client, q="aidance")
    assert first.name in html
    assert second.name not in html and english.name not in html


def test_the_theme_listing_finds_a_theme_by_slug(admin_client, themes):
    first, second, _english = themes
    html = theme_listing(admin_client, q="vecu")
    assert second.name in html and first.name not in html


def test_a_new_french_theme_can_still_be_sent_for_translation(admin_client, french):
    theme = ThemeFactory(locale=french, name="Pair-aidance", slug="pair-aidance")
    html = theme_listing(admin_client, q="aidance")
    submit_url = reverse("wagtail_localize:submit_snippet_translation", args=["series", "theme", theme.pk])
    assert submit_url in html


def episode_rows(client, **params):
    """{edit URL: row HTML} of the episode listing."""
    response = client.get(reverse("episodes:index"), params)
    assert response.status_code == 200
    rows = re.findall(r"<tr\b.*?</tr>", response.content.decode(), flags=re.S)
    return {match.group(0): row for row in rows if (match := re.search(r"/admin/pages/\d+/edit/", row)) is not None}


def cell_text(row):
    cell = re.search(r"<td[^>]*data-translation-state[^>]*>(.*?)</td>", row, flags=re.S)
    return re.sub(r"<[^>]+>|\s+", " ", cell.group(1)).strip() if cell else None


@pytest.fixture
def bilingual_episode(episode):
    """The published French episode, with its theme and its series translated into English."""
    translate_into_english(episode.themes[0])
    translate_into_english(episode.get_parent())
    return episode, translate_into_english(episode)


def test_the_episode_listing_shows_number_title_status_and_translation(admin_client, french, bilingual_episode):
    rows = episode_rows(admin_client)
    episodes = EpisodePage.objects.all()
    assert len(rows) == episodes.count()
    assert {f"/admin/pages/{page.pk}/edit/" for page in bilingual_episode} <= set(rows)
    for episode in episodes:
        row = rows[f"/admin/pages/{episode.pk}/edit/"]
        assert episode.title in row
        assert re.search(rf"<td[^>]*>\s*{episode.number}\s*</td>", row)
        status = re.search(r"Stat(?:us|ut) actuel de la page\W*</span>\s*(\w+)", row).group(1)
        assert status == ("publiée" if episode.live else "brouillon")
        if episode.locale == french:
            assert cell_text(row) == "À jour"
            assert 'data-translation-state="up_to_date"' in row
        else:
            assert "anglais" in row and "data-translation-state" not in row


def test_an_edited_french_episode_shows_its_translation_is_out_of_date(admin_client, bilingual_episode):
    episode, translation = bilingual_episode
    data = episode_form_data_from_page(episode)
    data["summary"] = "Un résumé réécrit, que la version anglaise ne dit pas encore."
    data["action-publish"] = "action-publish"
    assert admin_client.post(f"/admin/pages/{episode.pk}/edit/", data).status_code == 302

    row = episode_rows(admin_client)[f"/admin/pages/{episode.pk}/edit/"]
    assert cell_text(row) == "À mettre à jour"
    assert f'href="/admin/pages/{translation.pk}/edit/"' in row


def test_a_french_episode_without_translation_is_to_translate(admin_client, french):
    episode = EpisodePageFactory(title="Pair-aidance et santé")
    row = episode_rows(admin_client)[f"/admin/pages/{episode.pk}/edit/"]
    assert cell_text(row) == "À traduire"
    assert reverse("wagtail_localize:submit_page_translation", args=[episode.pk]) in row


def test_the_episode_listing_is_ordered_by_number(admin_client, french):
    series = SeriesPageFactory()
    for number in (7, 3, 5):
        EpisodePageFactory(parent=series, number=number)
    rows = list(episode_rows(admin_client))
    numbers = [EpisodePage.objects.get(pk=re.search(r"\d+", url).group(0)).number for url in rows]
    assert numbers == sorted(numbers) and {3, 5, 7} <= set(numbers)


def test_the_episode_listing_finds_an_episode_by_its_title(admin_client, french):
    wanted = EpisodePageFactory(title="La boussole")
    EpisodePageFactory(title="Le sémaphore")
    found = episode_rows(admin_client, q="boussole")
    assert list(found) == [f"/admin/pages/{wanted.pk}/edit/"]


@pytest.fixture
def image_form(settings, tmp_path):
    settings.WAGTAILIMAGES_IMAGE_FORM_BASE = IMAGE_FORM
    settings.MEDIA_ROOT = tmp_path


def png(filename):
    """An uploaded PNG (Wagtail's test image, read from its start)."""
    return SimpleUploadedFile(filename, get_test_image_file().file.getvalue(), content_type="image/png")


def image_data(**extra):
    return {"title": "Réunion d’équipe", "collection": Collection.get_first_root_node().pk, **extra}


def test_an_image_without_description_is_refused(admin_client, image_form):
    Image = get_image_model()
    response = admin_client.post(reverse("wagtailimages:add"), {**image_data(), "file": png("equipe.png")})
    assert response.status_code == 200
    assert "description" in response.context["form"].errors
    assert not Image.objects.filter(title="Réunion d’équipe").exists()


def test_an_image_with_a_description_is_created(admin_client, image_form):
    Image = get_image_model()
    description = "Quatre personnes assises autour d’une table de réunion."
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {**image_data(description=description), "file": png("equipe.png")},
    )
    assert response.status_code == 302
    assert Image.objects.get(title="Réunion d’équipe").description == description


def test_the_description_is_asked_for_in_the_image_form(admin_client, image_form):
    html = admin_client.get(reverse("wagtailimages:add")).content.decode()
    assert "pour les personnes qui ne la voient pas" in html
    assert re.search(r'<input[^>]*name="description"[^>]*required', html)


def test_the_multiple_uploader_asks_for_a_description_before_creating_the_image(admin_client, image_form):
    Image = get_image_model()
    count = Image.objects.count()
    response = admin_client.post(reverse("wagtailimages:add_multiple"), {"files[]": png("atelier.png")})
    assert response.status_code == 200
    assert Image.objects.count() == count
    assert "uploaded_file_id" in response.json()


@pytest.fixture
def covered_series(image_form):
    """An unsaved series whose cover image is described « Trois travailleuses paires en réunion. »."""
    image = get_image_model().objects.create(
        title="Couverture", file=get_test_image_file(), description="Trois travailleuses paires en réunion."
    )
    return SeriesPageFactory.build(cover_image=image, cover_image_alt="")


def test_the_series_cover_falls_back_on_the_image_description(covered_series):
    assert covered_series.cover_image_alt_text == "Trois travailleuses paires en réunion."


def test_the_series_cover_s_own_alt_text_comes_before_the_image_description(covered_series):
    covered_series.cover_image_alt = "L’équipe de la Plateforme."
    assert covered_series.cover_image_alt_text == "L’équipe de la Plateforme."


def test_a_series_without_cover_has_no_alt_text(covered_series):
    covered_series.cover_image_alt = "L’équipe de la Plateforme."
    covered_series.cover_image = None
    assert covered_series.cover_image_alt_text == ""
