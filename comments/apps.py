from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    """Visitors' comments under the episodes, published once a moderator has read them."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "comments"
    verbose_name = _("Commentaires")

    def ready(self):
        from . import signal_handlers  # noqa: F401  (connects the signal receivers)
