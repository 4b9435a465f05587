"""The comment form: the same fields on the cached episode page (no ticket: comments.js fetches one) and on the
uncached form page (with a ticket). Every refusal is an error that says what to do, and the form comes back
with everything typed."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from .models import NAME_LENGTH, TEXT_LENGTH, Comment
from .protection import address_hash, count_links, issue_ticket, setting, ticket_age, too_many_comments

HONEYPOT = "website"
TICKET = "ticket"


class CommentTextField(forms.CharField):
    """Line breaks as one character each before the length is checked, as the textarea's maxlength counts
    them: browsers post CRLF, which would make a text of 2,000 signs with line breaks too long."""

    def to_python(self, value):
        return super().to_python(value).replace("\r\n", "\n").replace("\r", "\n")


class CommentForm(forms.Form):
    name = forms.CharField(
        label=_("Votre prénom ou un pseudonyme"),
        max_length=NAME_LENGTH,
        help_text=_(
            "Il sera affiché avec votre commentaire. N’écrivez pas votre nom complet, ni celui d’une autre personne."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )
    text = CommentTextField(
        label=_("Votre commentaire"),
        max_length=TEXT_LENGTH,
        help_text=_(
            "Au plus 2 000 signes, sans mise en forme. Ne nommez personne sans son accord. "
            "Un modérateur le lit avant sa publication."
        ),
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    email = forms.EmailField(
        label=_("Votre adresse électronique (facultatif)"),
        required=False,
        help_text=_("Jamais affichée : elle sert seulement si la Plateforme veut vous répondre."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    consent = forms.BooleanField(
        label=_("J’accepte que mon commentaire et le nom choisi soient publiés après relecture."),
        error_messages={"required": _("Cochez cette case pour envoyer votre commentaire.")},
    )
    website = forms.CharField(
        label=_("Ne remplissez pas ce champ"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    ticket = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, episode, address=None, with_ticket=True, **kwargs):
        kwargs.setdefault("auto_id", "comment-%s")
        super().__init__(*args, **kwargs)
        self.episode = episode
        self.address = address
        if with_ticket and not self.is_bound:
            self.initial[TICKET] = issue_ticket(episode.pk)
        self.fields["name"].error_messages["max_length"] = _("Au plus %(limit_value)d signes pour le nom.")
        self.fields["text"].error_messages["max_length"] = _(
            "Au plus %(limit_value)d signes : votre texte en compte %(show_value)d. Raccourcissez-le un peu."
        )
        self.fields["email"].error_messages["invalid"] = _("Cette adresse électronique semble incomplète.")
        for name in ("name", "text"):
            self.fields[name].error_messages["required"] = _("Ce champ est obligatoire.")

    def full_clean(self):
        super().full_clean()
        self.describe_fields()

    def describe_fields(self):
        """Each field points to its help text and its error (aria-describedby) and says when it is wrong."""
        for name, field in self.fields.items():
            if name in (HONEYPOT, TICKET):
                continue
            bound = self[name]
            described_by = [f"{bound.auto_id}_helptext"] if field.help_text else []
            if self.is_bound and name in self.errors:
                described_by.append(f"{bound.auto_id}_error")
                field.widget.attrs["aria-invalid"] = "true"
            if described_by:
                field.widget.attrs["aria-describedby"] = " ".join(described_by)

    def renew_ticket(self):
        """A fresh ticket in the form sent back, so the next attempt can pass."""
        self.data = self.data.copy()
        self.data[TICKET] = issue_ticket(self.episode.pk)

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        limit = setting("MAX_LINKS")
        if count_links(text) > limit:
            raise ValidationError(
                ngettext_lazy(
                    "Pas plus de %(limit)d lien par commentaire : retirez-en pour l’envoyer.",
                    "Pas plus de %(limit)d liens par commentaire : retirez-en pour l’envoyer.",
                    limit,
                ),
                params={"limit": limit},
            )
        return text

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean(self):
        cleaned = super().clean()
        if cleaned.get(HONEYPOT):
            raise ValidationError(
                _(
                    "Commentaire non envoyé : le champ « Ne remplissez pas ce champ », que seuls les robots voient, "
                    "est rempli. Videz-le et envoyez à nouveau."
                )
            )
        age = ticket_age(cleaned.get(TICKET), self.episode.pk)
        if age is None:
            self.renew_ticket()
            raise ValidationError(
                _("Pour protéger le site des robots, vérifiez votre commentaire ci-dessous, puis envoyez-le à nouveau.")
            )
        if age < setting("MINIMUM_SECONDS"):
            raise ValidationError(
                _("Commentaire envoyé trop vite pour avoir été écrit : relisez-le, puis envoyez-le à nouveau.")
            )
        if not self.errors and too_many_comments(self.address, self.episode.pk):
            raise ValidationError(
                _(
                    "Trop de commentaires envoyés en une minute. Votre texte est gardé ci-dessous : "
                    "attendez une minute, puis envoyez-le à nouveau."
                )
            )
        return cleaned

    def save(self):
        return Comment.objects.create(
            episode=self.episode,
            language=self.episode.locale.language_code,
            name=self.cleaned_data["name"],
            text=self.cleaned_data["text"],
            email=self.cleaned_data["email"],
            address_hash=address_hash(self.address) if self.address else "",
        )
