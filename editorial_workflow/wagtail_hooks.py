from django.templatetags.static import static
from django.urls import include, path
from django.utils.html import format_html
from django.utils.translation import gettext

from wagtail import hooks

from . import guards, views

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
        path("translation-hand-off/", include((HAND_OFF_URLS, "editorial_workflow"))),
    ]


@hooks.register("insert_editor_js")
def required_fields_say_so_when_left_empty():
    return format_html(
        '<script src="{}" data-required-message="{}" defer></script>',
        static("editorial_workflow/required_fields.js"),
        gettext("Ce champ est obligatoire."),
    )


@hooks.register("insert_editor_js")
def relabel_wagtail_localize_english_labels():
    """Two labels wagtail-localize's translation editor writes in English, outside gettext (see the script)."""
    return format_html('<script src="{}" defer></script>', static("editorial_workflow/localize_labels.js"))
