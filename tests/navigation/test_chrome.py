"""The header and the footer: edited in the admin, translated with wagtail-localize, shown in the visitor's
language on every page, and leaving the caches warm while they are only drafts."""

import pytest

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.blocks import StructBlockValidationError
from wagtail.models import Page, Site
from wagtail.test.utils.form_data import nested_form_data

from caching.version import content_version
from navigation.blocks import LinkBlock
from navigation.chrome import chrome_of
from navigation.models import Footer, Menu
from tests.support.forms import streamfield
from tests.support.localize import publish_translation, segments, translate_string, translation_for

EVERY_PAGE_TYPE = {
    "fr": [
        "/fr/",
        "/fr/raconter-le-travail-pair/",
        "/fr/raconter-le-travail-pair/faire-du-lien/",
        "/fr/videos/",
        "/fr/themes/",
        "/fr/themes/faire-du-lien/",
        "/fr/recherche/?q=lien",
        "/fr/a-propos/",
        "/fr/contact/",
    ],
    "en": [
        "/en/",
        "/en/peer-work-in-their-own-words/",
        "/en/peer-work-in-their-own-words/building-connection/",
        "/en/videos/",
        "/en/themes/",
        "/en/themes/building-connection/",
        "/en/search/?q=link",
        "/en/about/",
        "/en/contact/",
    ],
}
FOOTER_PAGES = {
    "fr": ["/fr/a-propos/", "/fr/mentions-legales/", "/fr/confidentialite/", "/fr/contact/"],
    "en": ["/en/about/", "/en/legal-notice/", "/en/privacy/", "/en/contact/"],
}


def french_footer():
    return Footer.objects.get(locale__language_code="fr")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_page_type_links_to_about_legal_notice_privacy_and_contact_in_its_language(client, language):
    for address in EVERY_PAGE_TYPE[language]:
        html = client.get(address).content.decode()
        footer = html[html.index('<footer class="site-footer"') :]
        for target in FOOTER_PAGES[language]:
            assert f'href="{target}"' in footer, (address, target)


def test_english_pages_show_the_english_menu_and_footer_not_the_french_ones(client):
    html = client.get("/en/").content.decode()
    assert ">Legal notice</a>" in html and ">Mentions légales</a>" not in html
    assert ">The series</a>" in html and ">La série</a>" not in html
    assert "supports social-work organisations that employ peer workers" in html


def test_a_link_without_a_label_shows_the_page_title_in_the_visitors_language(client):
    html = client.get("/en/").content.decode()
    assert '<a href="/en/videos/">Videos</a>' in html
    assert '<a href="/en/about/">About</a>' in html


def test_the_menu_marks_the_page_the_visitor_is_on(client):
    html = client.get("/fr/videos/").content.decode()
    assert '<a href="/fr/videos/" aria-current="page">Vidéos</a>' in html


def footer_form_data(footer, columns):
    """The footer editor's form: columns as (heading, [(label, url) or page], ids kept)."""
    blocks = []
    for block, (heading, links) in zip(footer.columns, columns, strict=True):
        items = {"count": str(len(links))}
        for index, link in enumerate(links):
            page = link if isinstance(link, Page) else None
            label, url = ("", "") if page else link
            items[str(index)] = {
                "value": {"page": page.pk if page else "", "view": "", "url": url, "label": label},
                "deleted": "",
                "order": str(index),
                "id": "",
            }
        blocks.append(("column", {"heading": heading, "links": items}, block.id))
    data = {"name": footer.name, "description": footer.description, "columns": streamfield(blocks)}
    return nested_form_data(data)


def test_a_moderator_changes_a_footer_link_in_the_admin_and_visitors_see_it_then_its_english_version(
    admin_client, client, english
):
    footer = french_footer()
    columns = [
        (block.value["heading"], [link["page"] or (link["label"], link["url"]) for link in block.value["links"]])
        for block in footer.columns
    ]
    columns[-1] = (columns[-1][0], [("Fédération Addiction", "https://www.federationaddiction.fr/")])
    response = admin_client.post(
        f"/admin/snippets/navigation/footer/edit/{footer.pk}/",
        footer_form_data(footer, columns) | {"action-publish": "1"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert (
        '<a href="https://www.federationaddiction.fr/" rel="noopener">Fédération Addiction</a>'
        in client.get("/fr/").content.decode()
    )
    english_page = client.get("/en/").content.decode()
    assert "federationaddiction" not in english_page  # the English footer changes once translated

    translation = translation_for(footer, english)
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.source.update_from_db()  # « Synchroniser les traductions »
    new = [segment for segment in segments(translation) if segment.string.data == "Fédération Addiction"]
    assert len(new) == 1
    translate_string(admin_client, translation, new[0], "French Addiction Federation")
    publish_translation(admin_client, footer.get_translation(english))
    english_page = client.get("/en/").content.decode()
    assert (
        '<a href="https://www.federationaddiction.fr/" rel="noopener">French Addiction Federation</a>' in english_page
    )
    assert ">Legal notice</a>" in english_page


def test_a_draft_of_the_menu_changes_neither_the_pages_nor_the_caches(client):
    menu = Menu.objects.get(locale__language_code="fr")
    client.get("/fr/")
    version = content_version()
    menu.links = [("link", {"page": None, "view": "search", "url": "", "label": "Brouillon"})]
    menu.save_revision()
    assert content_version() == version
    assert "Brouillon" not in client.get("/fr/").content.decode()
    menu.get_latest_revision().publish()
    assert content_version() != version
    assert ">Brouillon</a>" in client.get("/fr/").content.decode()


@pytest.mark.parametrize(
    "value, field",
    [
        ({"page": None, "view": "", "url": "", "label": "Rien"}, "page"),
        ({"page": None, "view": "search", "url": "https://example.org/", "label": "Deux"}, "view"),
        ({"page": None, "view": "", "url": "https://example.org/", "label": ""}, "label"),
    ],
)
def test_a_link_leads_to_exactly_one_place_and_an_outside_address_has_a_label(value, field):
    block = LinkBlock()
    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(block.to_python(value))
    assert field in refused.value.block_errors


def chrome_queries(site):
    with CaptureQueriesContext(connection) as captured:
        chrome_of(site)
    return len(captured.captured_queries)


def test_the_chrome_costs_the_same_queries_however_many_links(english):
    site = Site.objects.get(is_default_site=True)
    with translation.override("en"):
        chrome_of(site)  # the locales, then remembered
        few = chrome_queries(site)
        menu = Menu.objects.get(locale__language_code="fr")
        pages = Page.objects.filter(locale__language_code="fr", depth__gt=2)
        menu.links = [("link", {"page": page, "view": "", "url": "", "label": ""}) for page in pages]
        menu.save_revision().publish()
        assert len(menu.links) > 5
        chrome_of(site)  # the locales again: publishing made every cached lookup stale
        assert chrome_queries(site) == few
