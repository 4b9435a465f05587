from django.apps import AppConfig


class OrganisationConfig(AppConfig):
    """The Plateforme's own pages: about, legal notice, privacy (standard pages) and the contact form."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "organisation"
    verbose_name = "Pages de la Plateforme"
