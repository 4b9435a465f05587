from django.apps import AppConfig


class NavigationConfig(AppConfig):
    """The site's chrome: the main menu and the footer (translatable snippets), and the setting that picks
    them and holds the logo."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "navigation"
    verbose_name = "Navigation"

    def ready(self):
        from . import signal_handlers  # noqa: F401  (connects the receivers)
