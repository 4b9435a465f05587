"""Save a translated page as a draft without touching what visitors see."""

from wagtail_localize.models import TranslationLog


def save_translation_draft(translation, user):
    """Apply the translated segments to a new revision of the target page; return that revision.

    wagtail-localize's own `save_target(publish=False)` writes the page's row before saving the
    revision, so on a live page the "draft" would already be what visitors read. Here a live page
    gets a revision only (as Wagtail's editor does for drafts of live pages); a page that is not live
    yet is saved by wagtail-localize as usual.
    """
    page = translation.get_target_instance()
    if not page.live or page.alias_of_id:
        translation.save_target(user=user, publish=False)
        return page.specific_class.objects.get(pk=page.pk).latest_revision
    draft = translation.source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
    revision = draft.save_revision(user=user)
    TranslationLog.objects.create(source=translation.source, locale=translation.target_locale, revision=revision)
    return revision
