"""The pages endpoint of the partner API: live, public series and episodes, never drafts, private pages,
aliases or other page types.

Pages are found the way visitors find them (caching.lookups.published: live, outside every view
restriction, not an alias), whatever the partner asks; ?type= picks series or episodes and gives their
own fields. Episodes come with their themes and series in the same few queries however many there are.
"""

from django.db.models import OuterRef, Subquery
from django.db.models.functions import Substr

from wagtail.api import APIField
from wagtail.api.v2.filters import (
    AncestorOfFilter,
    ChildOfFilter,
    DescendantOfFilter,
    FieldsFilter,
    OrderingFilter,
    TranslationOfFilter,
)
from wagtail.api.v2.utils import BadRequestError, page_models_from_string
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import Page

from caching.lookups import published
from series.listings import with_themes
from series.models import EpisodePage, SeriesPage

from .endpoints import READ_ONLY_PARAMETERS, PartnerEndpointMixin
from .fields import CaptionsField, SeriesField, StreamJSONField, ThemesField, TranscriptField, VideoField
from .filters import LocaleFilter, ThemeFilter
from .serializers import PartnerPageSerializer

PAGE_TYPES = (SeriesPage, EpisodePage)
TYPE_NAMES = ", ".join(f"{model._meta.app_label}.{model.__name__}" for model in PAGE_TYPES)

# Each page type's own fields, after id and title; then those a listing shows unless ?fields= says otherwise.
API_FIELDS = {
    SeriesPage: ["introduction", "description", "planned_episodes"],
    EpisodePage: [
        "number",
        "summary",
        APIField("series", serializer=SeriesField()),
        APIField("themes", serializer=ThemesField()),
        "video_duration",
        APIField("video", serializer=VideoField()),
        APIField("body", serializer=StreamJSONField()),
        APIField("transcript", serializer=TranscriptField()),
        APIField("captions", serializer=CaptionsField()),
    ],
}
LISTING_FIELDS = {
    SeriesPage: ["introduction", "planned_episodes"],
    EpisodePage: ["number", "summary", "series", "themes", "video", "body", "captions"],
}


def with_series(episodes):
    """The episodes with their series' id and title (their parent page), in the same query."""
    parent = Page.objects.filter(path=Substr(OuterRef("path"), 1, (OuterRef("depth") - 1) * Page.steplen))
    return episodes.annotate(
        series_id=Subquery(parent.values("pk")[:1]), series_title=Subquery(parent.values("title")[:1])
    )


def prepared(queryset):
    """What the serializer reads, fetched with the pages rather than once for each."""
    queryset = queryset.select_related("locale")
    if issubclass(queryset.model, EpisodePage):
        queryset = with_themes(with_series(queryset))
    return queryset


class PagesEndpoint(PartnerEndpointMixin, PagesAPIViewSet):
    base_serializer_class = PartnerPageSerializer
    filter_backends = [
        FieldsFilter,
        ChildOfFilter,
        AncestorOfFilter,
        DescendantOfFilter,
        OrderingFilter,
        TranslationOfFilter,
        LocaleFilter,
        ThemeFilter,
    ]
    known_query_parameters = READ_ONLY_PARAMETERS | {
        "type",
        "child_of",
        "ancestor_of",
        "descendant_of",
        "translation_of",
        "locale",
        "theme",
    }
    filterable_fields = frozenset(["id", "title", "slug", "number", "first_published_at", "last_published_at"])
    body_fields = ["id", "title"]
    meta_fields = ["type", "detail_url", "html_url", "slug", "first_published_at", "last_published_at", "locale"]
    listing_default_fields = ["id", "type", "detail_url", "html_url", "slug", "first_published_at", "locale", "title"]
    nested_default_fields = ["id", "type", "detail_url", "title"]
    detail_only_fields = []

    @classmethod
    def get_body_fields(cls, model):
        return cls._convert_api_fields(cls.body_fields + API_FIELDS.get(model, []))

    @classmethod
    def get_listing_default_fields(cls, model):
        return cls.listing_default_fields + LISTING_FIELDS.get(model, [])

    def get_base_queryset(self):
        return published(Page.objects.type(*PAGE_TYPES))

    def get_queryset(self):
        models = self.requested_types()
        if len(models) == 1:
            model = models[0]
            return prepared(model.objects.filter(pk__in=self.get_base_queryset().values("pk")))
        return self.get_base_queryset().select_related("locale")

    def requested_types(self):
        """The page types of ?type=, each one of PAGE_TYPES, or a 400."""
        asked = self.request.GET.get("type")
        if not asked:
            return ()
        try:
            models = page_models_from_string(asked)
        except (LookupError, ValueError) as error:
            raise BadRequestError(f"type doesn't exist: use one of {TYPE_NAMES}") from error
        if not set(models) <= set(PAGE_TYPES):
            raise BadRequestError(f"type not available: use one of {TYPE_NAMES}")
        return models

    def get_object(self):
        """The specific page, with its themes and series, fetched once for the serializer and its class."""
        if not hasattr(self, "_specific_object"):
            page = super(PagesAPIViewSet, self).get_object()
            if type(page) is not page.specific_class:  # found among pages of every type: fetch its own fields
                page = prepared(page.specific_class.objects.filter(pk=page.pk)).get()
            self._specific_object = page
        return self._specific_object
