from django.apps import AppConfig


class EditorialWorkflowConfig(AppConfig):
    """How work moves from the person who writes to the moderator who publishes.

    Required fields say so as the editor leaves them; translators save their translation as a draft
    and submit it for review through Wagtail's workflow; wagtail-localize's actions that undo a
    translation (stop synchronising, convert to an alias) stay with moderators and administrators.
    """

    default_auto_field = "django.db.models.BigAutoField"
    name = "editorial_workflow"
    verbose_name = "Flux éditorial"
