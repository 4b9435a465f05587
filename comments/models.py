"""A visitor's comment under an episode, in the episode's language: a display name, the text, an optional
e-mail address never shown (for the Plateforme's answer), and a keyed hash of the visitor's address (to see
floods from one connection). Nothing is shown before a moderator approves it (comments/moderation.py);
`purge_comments` deletes rejected comments and clears personal data after the privacy page's periods."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

NAME_LENGTH = 40
TEXT_LENGTH = 2000


class Comment(models.Model):
    class State(models.TextChoices):
        PENDING = "pending", _("En attente")
        APPROVED = "approved", _("Publié")
        REJECTED = "rejected", _("Refusé")

    episode = models.ForeignKey(
        "series.EpisodePage", on_delete=models.CASCADE, related_name="comments", verbose_name=_("épisode")
    )
    language = models.CharField(_("langue"), max_length=8, choices=settings.LANGUAGES, editable=False)
    name = models.CharField(
        _("nom affiché"), max_length=NAME_LENGTH, help_text=_("Un prénom ou un pseudonyme, jamais un nom complet.")
    )
    text = models.TextField(_("texte"), max_length=TEXT_LENGTH)
    email = models.EmailField(
        _("adresse électronique"), blank=True, help_text=_("Jamais affichée ; seulement pour répondre à la personne.")
    )
    address_hash = models.CharField(_("empreinte de la connexion"), max_length=64, blank=True, editable=False)
    state = models.CharField(_("état"), max_length=10, choices=State.choices, default=State.PENDING, db_index=True)
    reply = models.TextField(
        _("réponse de la Plateforme"),
        blank=True,
        help_text=_("Facultatif : affichée sous le commentaire, au nom de la Plateforme, une fois celui-ci publié."),
    )
    created_at = models.DateTimeField(_("envoyé le"), auto_now_add=True, db_index=True)
    moderated_at = models.DateTimeField(_("modéré le"), null=True, blank=True, editable=False)

    panels = [
        FieldPanel("state"),
        FieldPanel("name"),
        FieldPanel("text", read_only=True),
        FieldPanel("email", read_only=True),
        FieldPanel("reply"),
    ]

    class Meta:
        verbose_name = _("commentaire")
        verbose_name_plural = _("commentaires")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["episode", "state", "created_at"])]

    def __str__(self):
        return f"{self.name} : {Truncator(self.text).chars(60)}"

    def save(self, *args, **kwargs):
        if self.pk and self.state != getattr(self, "loaded_state", self.state):
            self.moderated_at = timezone.now()
        super().save(*args, **kwargs)

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance.loaded_state = instance.__dict__.get("state")  # to tell, once saved, whether the state changed
        return instance

    @property
    def excerpt(self):
        return Truncator(self.text).chars(120)
