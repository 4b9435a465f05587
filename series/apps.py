from django.apps import AppConfig


class SeriesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "series"

    def ready(self):
        from . import signal_handlers  # noqa: F401  (connects the signal receivers)
