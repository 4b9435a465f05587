from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate


class CachingConfig(AppConfig):
    """The content version behind every cache, the whole-page cache, remembered lookups and routes.

    Depends on Django and Wagtail only; the apps above it tell it when their own content changes.
    """

    default_auto_field = "django.db.models.BigAutoField"
    name = "caching"

    def ready(self):
        from . import signal_handlers  # noqa: F401  (connects the receivers)
        from .version import create_cache_table

        # Django sends post_migrate only to apps with models; this one has none, Wagtail's core has.
        post_migrate.connect(create_cache_table, sender=apps.get_app_config("wagtailcore"))
