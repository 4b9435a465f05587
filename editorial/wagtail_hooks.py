from django.core.exceptions import PermissionDenied
from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext, gettext_lazy

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Locale, TranslatableMixin
from wagtail.snippets.models import register_snippet

from . import guards, views
from .groups import may_edit_in_locale
from .reports import TranslationStatusReport
from .translation_shortcuts import EditorialPageViewSet, bring_out_page_translate_button
from .viewsets import AuthorViewSet, EpisodeListingViewSet, GlossaryViewSet, ThemeViewSet

register_snippet(ThemeViewSet)
register_snippet(AuthorViewSet)
register_snippet(GlossaryViewSet)

# Registered before wagtail-localize's own addresses (this app comes first in INSTALLED_APPS and the
# hook runs first), so these guarded views answer at wagtail-localize's addresses (see guards.py).
GUARDED_LOCALIZE_URLS = [
    path("update/<int:translation_source_id>/", guards.GuardedUpdateTranslationsView.as_view()),
    path(
        "translate/<int:translation_id>/strings/<int:string_segment_id>/edit/",
        guards.edit_string_translation,
    ),
    path(
        "translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/",
        guards.edit_override,
    ),
    path("translate/<int:translation_id>/pofile/upload/", guards.upload_pofile),
    path("translate/<int:translation_id>/machine_translate/", guards.machine_translate),
    path("translate/<int:translation_id>/disable/", guards.stop_translation),
    path("page/<int:page_id>/convert_to_alias/", guards.convert_to_alias),
]
HAND_OFF_URLS = [
    path("<int:translation_id>/", views.hand_off_translation, name="hand_off_translation"),
]


@hooks.register("register_admin_urls", order=-1)
def register_guarded_localize_urls():
    return [
        path("localize/", include((GUARDED_LOCALIZE_URLS, "guarded_localize"))),
        path("translation-hand-off/", include((HAND_OFF_URLS, "editorial"))),
    ]


@hooks.register("insert_editor_js")
def required_fields_say_so_when_left_empty():
    return format_html(
        '<script src="{}" data-required-message="{}" defer></script>',
        static("editorial/required_fields.js"),
        gettext("Ce champ est obligatoire."),
    )


@hooks.register("insert_editor_js")
def relabel_wagtail_localize_english_labels():
    """Two labels wagtail-localize's translation editor writes in English, outside gettext (see the script)."""
    return format_html('<script src="{}" defer></script>', static("editorial/localize_labels.js"))


@hooks.register("register_admin_viewset")
def register_episode_listing():
    return EpisodeListingViewSet()


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [
        path("translation-status/", TranslationStatusReport.as_view(), name="translation_status"),
        path(
            "translation-status/results/",
            TranslationStatusReport.as_view(results_only=True),
            name="translation_status_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem(gettext_lazy("État des traductions"), reverse("translation_status"), icon_name="site", order=100)


@hooks.register("before_edit_snippet", order=-1)
def keep_each_group_to_its_language(request, instance):
    """Translators may not change French themes, nor editors English ones (see editorial/groups.py).

    Runs before wagtail-localize's own hook, which would otherwise open its translation editor.
    """
    locale = getattr(instance, "locale", None)
    if locale is not None and not may_edit_in_locale(request.user, locale):
        raise PermissionDenied


@hooks.register("before_create_snippet", order=-1)
def create_only_in_own_language(request, model):
    """Adding a theme in a language follows the rule for changing one: no English theme from an editor."""
    if not issubclass(model, TranslatableMixin):
        return
    # Wagtail's create view reads the language from ?locale=, the default language without it.
    code = request.GET.get("locale") or Locale.get_default().language_code
    locale = Locale.objects.filter(language_code=code).first()
    if locale is not None and not may_edit_in_locale(request.user, locale):
        raise PermissionDenied


@hooks.register("before_delete_snippet", order=-1)
def keep_deletions_to_own_language(request, instances):
    for instance in instances:
        keep_each_group_to_its_language(request, instance)


@hooks.register("register_admin_viewset")
def register_page_views():
    """Every page type's admin views, the editor showing « Traduire » in its header bar."""
    return EditorialPageViewSet()


hooks.register("construct_page_listing_buttons", bring_out_page_translate_button)
