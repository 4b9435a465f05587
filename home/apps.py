from django.apps import AppConfig


class HomeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "home"

    def ready(self):
        from . import admin_language, language_trees, withdrawal  # noqa: F401  (connect their receivers)
