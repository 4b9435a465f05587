"""What the header and the footer show, in the visitor's language, worked out once per site and language
until the content changes (a menu, footer, page or setting published: caching/version.py).

The linked pages' versions in the visitor's language are looked up together, in one query, rather than
through each page's `.localized` (two queries a link)."""

from django.utils.translation import get_language

from wagtail.models import Page, Site

from caching.lookups import active_locale
from caching.version import cached

from .models import SiteChrome


def site_chrome(request):
    """The logo, the menu's links and the footer of the site answering this request, as plain data."""
    site = Site.find_for_request(request)
    if site is None:
        return {"logo": None, "menu": [], "footer": None}
    return cached(f"chrome:{site.pk}:{get_language()}", lambda: chrome_of(site))


def chrome_of(site):
    setting = SiteChrome.for_site(site)
    menu, footer = shown(setting.menu), shown(setting.footer)
    return {
        "logo": logo_of(setting.logo),
        "menu": links_of(menu.links) if menu else [],
        "footer": footer_of(footer) if footer else None,
    }


def shown(part):
    """The part in the visitor's language once that version is live, else the source while it is live."""
    if part is None:
        return None
    localized = part.localized
    if localized.live:
        return localized
    return part if part.live else None


def links_of(stream):
    values = [block.value for block in stream]
    return resolved(values, localized_pages(values))


def footer_of(footer):
    columns = [(block.value["heading"], list(block.value["links"])) for block in footer.columns]
    pages = localized_pages([value for _heading, values in columns for value in values])
    found = [{"heading": heading, "links": resolved(values, pages)} for heading, values in columns]
    return {"description": footer.description, "columns": [column for column in found if column["links"]]}


def localized_pages(values):
    """For each linked page id, the page visitors of the active language get: its live translation, else itself."""
    chosen = [value["page"] for value in values if value.get("page") is not None]
    if not chosen:
        return {}
    translations = Page.objects.filter(
        translation_key__in={page.translation_key for page in chosen}, locale=active_locale(), live=True
    )
    by_key = {page.translation_key: page for page in translations}
    return {page.pk: by_key.get(page.translation_key, page) for page in chosen}


def resolved(values, pages):
    return [link for link in (link_data(value, pages) for value in values) if link]


def link_data(value, pages):
    """A link as the templates need it, or None when it leads to a page visitors cannot see."""
    if value.get("page") is not None:
        page = pages[value["page"].pk]
        if not page.live:
            return None
        return {"text": value.get("label") or page.title, "href": page.url, "external": False}
    return {"text": value.text(), "href": value.href(), "external": value.is_external()}


def logo_of(image):
    if image is None:
        return None
    if image.is_svg():
        return {"url": image.file.url, "width": image.width, "height": image.height, "alt": image.default_alt_text}
    rendition = image.get_rendition("height-112|format-webp")
    return {
        "url": rendition.url,
        "width": rendition.width // 2,
        "height": rendition.height // 2,
        "alt": image.default_alt_text,
    }
