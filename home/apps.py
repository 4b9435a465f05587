from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HomeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "home"

    def ready(self):
        from . import admin_language, content_version, language_trees, withdrawal  # noqa: F401  (connect their receivers)

        post_migrate.connect(content_version.create_cache_table, sender=self)
