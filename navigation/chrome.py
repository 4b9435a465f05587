"""What the header and the footer show, in the visitor's language, worked out once per site and language
until the content changes (a menu, footer, page or setting published: caching/version.py)."""

from django.utils.translation import get_language

from wagtail.models import Site

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
    return [link for link in (link_data(block.value) for block in stream) if link]


def link_data(value):
    """A link as the templates need it, or None when it leads to a page visitors cannot see."""
    page = value.target_page()
    if page is not None and not page.live:
        return None
    return {"text": value.text(), "href": value.href(), "external": value.is_external()}


def footer_of(footer):
    columns = [
        {"heading": block.value["heading"], "links": links_of_list(block.value["links"])} for block in footer.columns
    ]
    return {"description": footer.description, "columns": [column for column in columns if column["links"]]}


def links_of_list(values):
    return [link for link in (link_data(value) for value in values) if link]


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
