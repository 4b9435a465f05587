from django.apps import AppConfig


class EditorialWorkflowConfig(AppConfig):
    """How work moves from the person who writes to the moderator who publishes.

    Required fields say so as the editor leaves them; slugs are ASCII; translators save their translation as a draft
    and submit it for review through Wagtail's workflow; wagtail-localize's actions that undo a
    translation (stop synchronising, convert to an alias) stay with moderators and administrators.
    """

    default_auto_field = "django.db.models.BigAutoField"
    name = "editorial_workflow"
    verbose_name = "Flux éditorial"

    def ready(self):
        from .slugs import use_ascii_slugs

        use_ascii_slugs()
