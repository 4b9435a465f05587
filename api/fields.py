"""The serializer fields of the partner API that are not plain model fields.

Each reads what the endpoint's queryset already fetched (themes prefetched, the series annotated, the
stored JSON of StreamFields), so that a listing costs the same number of queries whatever its length.
"""

from rest_framework.fields import Field

from django.utils import translation

from wagtail.api.utils import get_full_url

from glossary.models import glossary_page_of
from series.signal_handlers import theme_address

from .streams import api_representation

CAPTION_FILES = {
    "vtt": "captions.{language}.vtt",
    "srt": "captions.{language}.srt",
    "text": "transcription.{language}.txt",
}


class InstanceField(Field):
    """A read-only field computed from the whole object rather than one of its attributes."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)


class StreamJSONField(Field):
    """A StreamField as Wagtail's StreamField JSON ([{type, value, id}]), rich text in the requested format."""

    def to_representation(self, value):
        rich_text_format = self.context["_wagtail_rich_text_format"]
        return api_representation(value.stream_block, list(value.raw_data), rich_text_format)


class TranscriptField(Field):
    """The transcript's segments: [{start, end, speaker_role, text}], times in seconds."""

    def to_representation(self, value):
        return [{key: cue[key] for key in ("start", "end", "speaker_role", "text")} for cue in value]


class ThemesField(Field):
    """The episode's themes in order, [{id, name, slug}], from the links the endpoint prefetched."""

    def to_representation(self, value):
        return [{"id": theme.pk, "name": theme.name, "slug": theme.slug} for theme in value]


class SeriesField(InstanceField):
    """The episode's series, {id, title}, from the annotations of the endpoint's queryset."""

    def to_representation(self, episode):
        if not hasattr(episode, "series_id"):
            return {"id": episode.series.pk, "title": episode.series.title}
        return {"id": episode.series_id, "title": episode.series_title}


class VideoField(InstanceField):
    """The episode's main video (its first video block), {url, title}, or null."""

    def to_representation(self, episode):
        for block in episode.body.raw_data:
            if block.get("type") == "video":
                value = block.get("value") or {}
                return {"url": value.get("url"), "title": value.get("title")}
        return None


class CaptionsField(InstanceField):
    """The addresses of the episode's caption files and plain-text transcript in its language, or null when
    it has no transcript (those addresses would answer 404)."""

    def to_representation(self, episode):
        if not episode.transcript:
            return None
        page_url = episode.get_full_url(self.context["request"])
        language = episode.locale.language_code
        return {kind: page_url + name.format(language=language) for kind, name in CAPTION_FILES.items()}


class LocaleCodeField(InstanceField):
    """The object's language code (fr, en)."""

    def to_representation(self, instance):
        return instance.locale.language_code


class ThemeUrlField(InstanceField):
    """The theme's public page (/<language>/themes/<slug>/), as a full address."""

    def to_representation(self, theme):
        return get_full_url(self.context["request"], theme_address(theme.slug, theme.locale.language_code))


class TermUrlField(InstanceField):
    """The term's page under its language's glossary, as a full address; null without a glossary page."""

    def to_representation(self, term):
        glossary = glossary_page_of(term.locale_id)
        if glossary is None:
            return None
        request = self.context["request"]
        return get_full_url(request, glossary.term_url(term, request))


class VariantsField(Field):
    """The term's other forms, one a line in the admin, as a list."""

    def to_representation(self, value):
        return [line.strip() for line in value.splitlines() if line.strip()]


class LinksField(InstanceField):
    """The term's further reading, [{label, url}]: a chosen page in the term's language if it has one live,
    a view of the site, or another site's address."""

    def to_representation(self, term):
        request = self.context["request"]
        found = []
        with translation.override(term.locale.language_code):
            for link in term.links:
                value = link.value
                page = value.get("page")
                if page is not None:
                    page = page.specific_deferred.localized
                    if not page.live:
                        continue
                    url, label = page.get_url(request), value.get("label") or page.title
                else:
                    url, label = value.href(), value.text()
                if url:
                    found.append({"label": label, "url": get_full_url(request, url)})
        return found
