from django.apps import AppConfig


class EditorialConfig(AppConfig):
    """The editorial team's side of the site: who may do what (groups, workflow, the admin's language,
    new language trees), translation (synchronisation, status report, the translators' hand-off, guards
    on wagtail-localize's endpoints, withdrawal following the French source) and the admin's own
    screens (themes and episodes listings, image form, ASCII slugs, required-field hints)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "editorial"
    verbose_name = "Travail éditorial"

    def ready(self):
        from . import admin_language, language_trees, translation_sync, withdrawal  # noqa: F401  (receivers)
        from .slugs import use_ascii_slugs

        use_ascii_slugs()
