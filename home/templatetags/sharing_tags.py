"""What a shared link shows: description, image, Open Graph type, and JSON-LD for episodes."""

import json
from urllib.parse import quote

from django import template
from django.templatetags.static import static
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from wagtail.models import Page

from series.models import EpisodePage, SeriesPage
from series.templatetags.episode_tags import iso_duration

from .navigation_tags import canonical_url

register = template.Library()

OG_LOCALES = {"fr": "fr_FR", "en": "en_GB"}
SHARE_IMAGE_SPEC = "fill-1200x630"


def share_image(page):
    """The image that represents a page when shared: its own picture, else the site's."""
    if isinstance(page, EpisodePage) and page.poster:
        return page.poster
    if isinstance(page, SeriesPage) and page.cover_image:
        return page.cover_image
    return None


def page_description(page):
    for attribute in ("search_description", "summary", "introduction"):
        text = getattr(page, attribute, "")
        if text:
            return strip_tags(text)
    return ""


@register.simple_tag(takes_context=True)
def share_meta(context):
    """Title, description, image and type for the meta description, Open Graph and Twitter cards."""
    request = context["request"]
    page = context.get("page")
    image = share_image(page)
    image_url = image.get_rendition(SHARE_IMAGE_SPEC).url if image else static("img/share.png")
    language = get_language()
    return {
        "title": (page.seo_title or page.title) if isinstance(page, Page) else "",
        "description": page_description(page) if isinstance(page, Page) else "",
        "image": request.build_absolute_uri(image_url),
        "type": "video.episode" if isinstance(page, EpisodePage) else "website",
        "locale": OG_LOCALES.get(language, language),
        "alternate_locales": [code for lang, code in OG_LOCALES.items() if lang != language],
    }


@register.simple_tag(takes_context=True)
def episode_structured_data(context):
    """schema.org data for an episode: its video, as part of its series."""
    request = context["request"]
    page = context["page"]
    series = page.series
    video = page.video
    image = share_image(page)
    image_url = image.get_rendition(SHARE_IMAGE_SPEC).url if image else static("img/share.png")
    data = {
        "@context": "https://schema.org",
        "@type": "VideoObject",
        "name": video["title"] if video else page.title,
        "description": page.summary,
        "thumbnailUrl": [request.build_absolute_uri(image_url)],
        "uploadDate": page.first_published_at.isoformat() if page.first_published_at else None,
        "inLanguage": page.locale.language_code,
        "url": request.build_absolute_uri(page.url),
        "isPartOf": {
            "@type": "CreativeWorkSeries",
            "name": series.title,
            "url": request.build_absolute_uri(series.url),
        },
    }
    if page.video_duration:
        data["duration"] = iso_duration(page.video_duration)
    if video and video.video:
        data["embedUrl"] = video.video.embed_url(autoplay=False)
        data["contentUrl"] = video.watch_url
    if page.transcript:
        data["transcript"] = " ".join(text for _start, _end, _role, text in page.transcript_cues())
    clips = quote_clips(page, request)
    if clips:
        data["hasPart"] = clips
    return {key: value for key, value in data.items() if value is not None}


def quote_clips(page, request):
    """A schema.org Clip for each quote said at a moment of the video, pointing at that moment."""
    clips = []
    for block in page.body:
        value = block.value
        if block.block_type != "quote" or value.seconds is None:
            continue
        clips.append(
            {
                "@type": "Clip",
                "name": value["text"][:110],
                "startOffset": value.seconds,
                "url": request.build_absolute_uri(f"{page.url}#t={value.seconds}"),
            }
        )
    return clips


@register.filter
def ld_json(data):
    """JSON safe to place inside <script type="application/ld+json">."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escaped)
    return mark_safe(text)  # noqa: S308 (escaped above)


# Where a visitor may share a page: plain links, nothing requested from these hosts before a click.
SHARE_TARGETS = [
    ("WhatsApp", "https://wa.me/?text={text}%20{url}"),
    ("Facebook", "https://www.facebook.com/sharer/sharer.php?u={url}"),
    ("LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url={url}"),
    ("Bluesky", "https://bsky.app/intent/compose?text={text}%20{url}"),
]


@register.simple_tag(takes_context=True)
def share_links(context, title):
    """The e-mail and network links that share this page, its address and title encoded."""
    url = quote(canonical_url(context), safe="")
    text = quote(title, safe="")
    return {
        "url": canonical_url(context),
        "email": f"mailto:?subject={text}&body={url}",
        "networks": [(name, pattern.format(url=url, text=text)) for name, pattern in SHARE_TARGETS],
    }
