"""What every endpoint of the partner API shares, and the two snippet endpoints: themes and glossary terms.

Read only (GET), JSON only, no log-in: nothing differs between visitors, so answers can be cached
(api/cache.py). Only the fields listed here are shown, and only a few of them filter or order.
"""

from rest_framework import status
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from django.core.exceptions import ValidationError
from django.urls import path

from wagtail.api import APIField
from wagtail.api.v2.filters import FieldsFilter, OrderingFilter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet

from glossary.models import GlossaryTerm
from series.models import Theme

from .fields import LinksField, LocaleCodeField, TermUrlField, ThemeUrlField, VariantsField
from .filters import LocaleFilter
from .serializers import PartnerSnippetSerializer

# Wagtail's query parameters, less its search: partners filter by language, theme and a few fields.
READ_ONLY_PARAMETERS = BaseAPIViewSet.known_query_parameters - {"search", "search_operator"}


class AlwaysJSON(BaseContentNegotiation):
    """JSON whatever the Accept header says, as cached answers are (api/cache.py); ?format= may only say json."""

    def select_parser(self, request, parsers):
        return None  # nothing is ever sent to the API

    def select_renderer(self, request, renderers, format_suffix=None):
        if request.query_params.get("format", "json") != "json":
            raise BadRequestError("format must be json")
        return renderers[0], renderers[0].media_type


class PartnerEndpointMixin:
    """Before a Wagtail API v2 endpoint: JSON answers to GET only, for anyone, and 400s for bad input."""

    renderer_classes = [JSONRenderer]
    content_negotiation_class = AlwaysJSON
    authentication_classes = []  # nothing depends on who asks: no session, and no password tried here
    permission_classes = []
    # The database fields a partner may filter (?slug=…) and order (?order=…) by.
    filterable_fields = frozenset(["id"])

    @classmethod
    def get_available_fields(cls, model, db_fields_only=False):
        fields = super().get_available_fields(model, db_fields_only)
        return [field for field in fields if field in cls.filterable_fields] if db_fields_only else fields

    def handle_exception(self, exc):
        if isinstance(exc, ValidationError):  # a filter value the database field refuses (?first_published_at=x)
            return Response({"message": " ".join(exc.messages)}, status=status.HTTP_400_BAD_REQUEST)
        return super().handle_exception(exc)

    @classmethod
    def get_urlpatterns(cls):
        return [
            path("", cls.as_view({"get": "listing_view"}), name="listing"),
            path("<int:pk>/", cls.as_view({"get": "detail_view"}), name="detail"),
        ]


class ThemesEndpoint(PartnerEndpointMixin, BaseAPIViewSet):
    """The themes, in both languages unless ?locale= is given."""

    model = Theme
    base_serializer_class = PartnerSnippetSerializer
    name = "themes"
    filter_backends = [FieldsFilter, OrderingFilter, LocaleFilter]
    known_query_parameters = READ_ONLY_PARAMETERS | {"locale"}
    filterable_fields = frozenset(["id", "name", "slug"])
    body_fields = ["id", "name", "slug", "description"]
    meta_fields = [
        "type",
        "detail_url",
        APIField("html_url", serializer=ThemeUrlField()),
        APIField("locale", serializer=LocaleCodeField()),
    ]
    listing_default_fields = ["id", "type", "detail_url", "html_url", "locale", "name", "slug"]

    def get_queryset(self):
        return Theme.objects.select_related("locale").order_by("name", "pk")


class GlossaryTermsEndpoint(PartnerEndpointMixin, BaseAPIViewSet):
    """The glossary's terms; their explanation and further reading in the detail only (they may link pages)."""

    model = GlossaryTerm
    base_serializer_class = PartnerSnippetSerializer
    name = "glossary"
    filter_backends = [FieldsFilter, OrderingFilter, LocaleFilter]
    known_query_parameters = READ_ONLY_PARAMETERS | {"locale"}
    filterable_fields = frozenset(["id", "term", "slug"])
    body_fields = [
        "id",
        "term",
        "slug",
        "expansion",
        APIField("variants", serializer=VariantsField()),
        "definition",
        "explanation",
        APIField("links", serializer=LinksField()),
    ]
    meta_fields = [
        "type",
        "detail_url",
        APIField("html_url", serializer=TermUrlField()),
        APIField("locale", serializer=LocaleCodeField()),
    ]
    listing_default_fields = [
        *("id", "type", "detail_url", "html_url", "locale"),
        *("term", "slug", "expansion", "definition"),
    ]
    detail_only_fields = ["explanation", "links"]

    def get_queryset(self):
        return GlossaryTerm.objects.select_related("locale").order_by("term", "pk")
