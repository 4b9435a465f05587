"""The Plateforme's own pages: a standard page (about, legal notice, privacy, and any page editors add under a
home page) and the contact page, a Wagtail form page protected against spam without any third-party script."""

from django.db import models
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from series.models import PAGE_TRANSLATABLE_FIELDS, editor_tabs

from .blocks import StandardBodyBlock
from .contact import ContactForm, visitor_address

PLACES = ["home.HomePage", "organisation.StandardPage"]


class StandardPage(Page):
    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("Une ou deux phrases en tête de page, reprises par les moteurs.")
    )
    body = StreamField(StandardBodyBlock(), verbose_name=_("contenu"), blank=True)

    edit_handler = editor_tabs((_("Contenu"), [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]))
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [TranslatableField("introduction"), TranslatableField("body")]
    parent_page_types = PLACES
    subpage_types = ["organisation.StandardPage", "organisation.ContactPage"]

    class Meta:
        verbose_name = _("page simple")
        verbose_name_plural = _("pages simples")


class ContactField(TranslatableMixin, AbstractFormField):
    """A field of the contact form; translatable so that translators give it its English label."""

    page = ParentalKey("ContactPage", on_delete=models.CASCADE, related_name="form_fields")

    # The stored name of an answer stays the French one, so both languages' messages share their columns.
    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        pass


class ContactPage(AbstractEmailForm):
    """Messages are stored (Formulaires in the admin) and e-mailed to the address set on the page."""

    introduction = models.TextField(_("introduction"), blank=True)
    thank_you_text = models.TextField(
        _("message de remerciement"), help_text=_("Ce que lit la personne après l’envoi de son message.")
    )

    edit_handler = editor_tabs(
        (
            _("Contenu"),
            [
                FormSubmissionsPanel(),
                *Page.content_panels,
                FieldPanel("introduction"),
                InlinePanel("form_fields", label=_("Champs du formulaire")),
                FieldPanel("thank_you_text"),
                MultiFieldPanel(
                    [
                        FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                        FieldPanel("subject"),
                    ],
                    heading=_("Envoi par e-mail"),
                ),
            ],
        )
    )
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("introduction"),
        TranslatableField("thank_you_text"),
        TranslatableField("form_fields"),
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
        TranslatableField("subject"),
    ]
    parent_page_types = PLACES
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("page de contact")

    def get_form_class(self):
        return type("ContactPageForm", (ContactForm, super().get_form_class()), {})

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        form.visitor_address = getattr(self, "visitor_address", None)
        return form

    def serve(self, request, *args, **kwargs):
        self.visitor_address = visitor_address(request)
        response = super().serve(request, *args, **kwargs)
        patch_cache_control(response, private=True, no_store=True)  # a form with its own CSRF token
        return response
