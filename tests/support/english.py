"""English versions made the way wagtail-localize makes them: submitted, every segment translated, published."""

from django.test import TestCase

from wagtail.models import Locale
from wagtail_localize.models import StringTranslation
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.strings import StringValue

from tests.support.localize import segments, translation_for


def stand_in_english(path, french):
    """What a test that did not say gets for a French text: marked as English, a slug still a slug."""
    return f"{french}-en" if path.endswith("slug") else f"{french} (EN)"


def translate_into_english(instance, texts=None):
    """Translate a French page or theme into English and publish it; returns the English version.

    `texts` maps French texts to their English; the others get stand_in_english(). A page's parent,
    and the themes an episode links to, must have their English version first, as in the admin.
    """
    english = Locale.objects.get(language_code="en")
    texts = texts or {}
    TranslationCreator(user=None, target_locales=[english]).create_translations(instance)
    translation = translation_for(instance, english)
    for segment in segments(translation):
        french = segment.string.as_value().render_text()
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=english,
            context=segment.context,
            defaults={
                "data": StringValue.from_plaintext(
                    texts.get(french) or stand_in_english(segment.context.path, french)
                ).data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    with TestCase.captureOnCommitCallbacks(execute=True):  # wagtail-localize publishes pages on commit
        translation.save_target(publish=True)
    translated = instance.get_translation(english)
    return translated.specific if hasattr(translated, "specific") else translated
