"""Each object is written in its own language, whatever the partner's Accept-Language: a link to a page in
an English episode's rich text leads to the English version of that page, as on the English site."""

from django.utils import translation

from wagtail.api.v2.serializers import BaseSerializer, PageSerializer


class InItsLanguage:
    def to_representation(self, instance):
        with translation.override(instance.locale.language_code):
            return super().to_representation(instance)


class PartnerPageSerializer(InItsLanguage, PageSerializer):
    pass


class PartnerSnippetSerializer(InItsLanguage, BaseSerializer):
    pass
