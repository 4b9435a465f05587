"""Keep English translations in step with their French source.

When a French page is published (or a French theme saved), its wagtail-localize translation source
is refreshed, exactly as the "Sync translated pages" action does without publishing: segments whose
French text changed lose their English text and are marked for translation, unchanged segments keep
it, and the English page itself stays as it is until a translator publishes it.
"""

import json
import re

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models.signals import post_save
from django.dispatch import receiver

from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.signals import page_published
from wagtail_localize.models import TranslationSource

from series.models import Theme

# Fields that change on every publish or move without changing what there is to translate.
VOLATILE_FIELDS = {
    "live",
    "has_unpublished_changes",
    "first_published_at",
    "last_published_at",
    "live_revision",
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "locked",
    "locked_at",
    "locked_by",
    "owner",
    "path",
    "depth",
    "numchild",
    "url_path",
    "expired",
    "sort_order",
}
BLOCK_KEY = re.compile(r' data-block-key="[^"]*"')


def translatable_content(instance):
    """The object's content as wagtail-localize stores it, normalised (see `normalise`)."""
    if isinstance(instance, ClusterableModel):
        data = json.loads(instance.to_json())
    else:
        data = json.loads(json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder))
    return normalise(data)


def normalise(value):
    """Drop what saving through the editor adds without changing the content.

    Publishing fields, child sort orders, empty values, and Draftail's data-block-key attributes are
    ignored, so republishing an unchanged page is not taken for a change.
    """
    if isinstance(value, dict):
        items = ((key, normalise(item)) for key, item in value.items() if key not in VOLATILE_FIELDS)
        return {key: item for key, item in items if item not in (None, "", [], {})}
    if isinstance(value, list):
        return [normalise(item) for item in value]
    if isinstance(value, str):
        if value[:1] in "[{":
            try:
                return normalise(json.loads(value))
            except ValueError:
                pass
        value = BLOCK_KEY.sub("", value)
        return "" if value in ("<p></p>", "") else value
    return value


def sync_translation_source(instance):
    """Refresh the translation source of a French object if its content changed; True if it did."""
    if not isinstance(instance, TranslatableMixin) or instance.locale_id != Locale.get_default().pk:
        return False
    source = TranslationSource.objects.get_for_instance_or_none(instance)
    if source is None or not source.translations.filter(enabled=True).exists():
        return False
    if normalise(json.loads(source.content_json)) == translatable_content(instance):
        return False
    source.update_from_db()
    for translation in source.translations.filter(enabled=True).select_related("target_locale"):
        if isinstance(instance, Page):
            source.update_target_view_restrictions(translation.target_locale)
    return True


@receiver(page_published)
def sync_page_translations(sender, instance, **kwargs):
    sync_translation_source(instance.specific)


@receiver(post_save, sender=Theme)
def sync_theme_translations(sender, instance, raw=False, **kwargs):
    if not raw:
        sync_translation_source(instance)
