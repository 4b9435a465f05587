"""Which addresses a page may carry: web and e-mail links only, and only YouTube or Vimeo for its videos.

Checked whatever the way a page is saved (the page form, wagtail-localize's editor and its overrides,
a PO upload, a script), so that no `javascript:` or look-alike address is ever published.
"""

import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from .video import parse_video_url

SAFE_SCHEMES = {"http", "https", "mailto"}
# Browsers ignore whitespace and control characters inside a scheme ("java\tscript:"): so do we.
INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")
HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*(["'])(.*?)\1""", re.IGNORECASE | re.DOTALL)

NOT_LATIN_SLUG = _("Écrivez-le en lettres latines, chiffres et tirets, par exemple « faire-du-lien ».")


def ascii_slug(slug):
    """A slug typed in the admin or in wagtail-localize's editor, stored in ASCII: « rôles » gives "roles";
    refused when nothing Latin is left."""
    if not slug or slug.isascii():
        return slug
    transliterated = slugify(slug)
    if not transliterated:
        raise ValidationError(NOT_LATIN_SLUG)
    return transliterated


UNSAFE_LINK = _("Seuls les liens web (https://…) ou e-mail (mailto:…) sont acceptés : « %(link)s » ne l’est pas.")
UNSUPPORTED_VIDEO = _(
    "Seules les vidéos YouTube (youtube.com/watch?v=…, youtu.be/…) et Vimeo (vimeo.com/…) sont acceptées."
)


def is_safe_link(address):
    """Whether a link may be published: a web or e-mail address, or one on this site (no scheme)."""
    compact = INVISIBLE.sub("", address or "")
    scheme = urlsplit(compact).scheme.lower() if ":" in compact.split("/", 1)[0] else ""
    return not scheme or scheme in SAFE_SCHEMES


def is_web_link(address):
    """Whether an address is an absolute http(s) one, as a URL field asks."""
    return urlsplit(INVISIBLE.sub("", address or "")).scheme.lower() in {"http", "https"}


def links_in(html):
    """Every href of a piece of rich text (Wagtail stores external links as plain hrefs)."""
    return [match.group(2) for match in HREF.finditer(html or "")]


def body_problems(raw_blocks):
    """What is wrong with the addresses of an episode's body, as form messages (empty when all is well)."""
    problems = []
    for block in raw_blocks:
        kind, value = block.get("type"), block.get("value") or {}
        if kind == "video":
            if value.get("url") and parse_video_url(value["url"]) is None:
                problems.append(str(UNSUPPORTED_VIDEO))
            captions = value.get("captions_url")
            if captions and not is_web_link(captions):
                problems.append(str(UNSAFE_LINK % {"link": captions}))
        elif kind == "paragraph":
            problems += rich_text_problems(value)
    return problems


def rich_text_problems(html):
    return [str(UNSAFE_LINK % {"link": link}) for link in links_in(html) if not is_safe_link(link)]
