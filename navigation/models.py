"""The main menu and the footer are translatable snippets (drafts, revisions, preview, wagtail-localize),
picked for each site by the SiteChrome setting, as foundation.mozilla.org does: Wagtail's settings have
no locale, so a setting cannot be translated, but what it points to can."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, PreviewableMixin, RevisionMixin, TranslatableMixin

from .blocks import LinkBlock, LinkColumnBlock


class ChromePart(TranslatableMixin, DraftStateMixin, RevisionMixin, PreviewableMixin, models.Model):
    name = models.CharField(
        _("nom"),
        max_length=80,
        help_text=_("Pour le retrouver dans l’administration ; les visiteurs ne le lisent pas."),
    )

    class Meta(TranslatableMixin.Meta):
        abstract = True

    def __str__(self):
        return self.name

    def get_preview_template(self, request, mode_name):
        return "navigation/preview.html"


class Menu(ChromePart):
    links = StreamField([("link", LinkBlock())], verbose_name=_("liens"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("links")]

    class Meta(ChromePart.Meta):
        verbose_name = _("menu")
        verbose_name_plural = _("menus")

    def get_preview_context(self, request, mode_name):
        return {"preview_menu": self}


class Footer(ChromePart):
    description = models.TextField(
        _("présentation"),
        max_length=400,
        help_text=_("Ce qu’est la Plateforme, en une ou deux phrases."),
    )
    columns = StreamField([("column", LinkColumnBlock())], verbose_name=_("colonnes de liens"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("columns")]

    class Meta(ChromePart.Meta):
        verbose_name = _("pied de page")
        verbose_name_plural = _("pieds de page")

    def get_preview_context(self, request, mode_name):
        return {"preview_footer": self}


@register_setting(icon="site")
class SiteChrome(BaseSiteSetting):
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("SVG de préférence. Sans logo, le nom de la Plateforme s’affiche."),
    )
    menu = models.ForeignKey(
        Menu,
        verbose_name=_("menu principal"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Sa version dans la langue du visiteur s’affiche, une fois traduite et publiée."),
    )
    footer = models.ForeignKey(
        Footer,
        verbose_name=_("pied de page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Sa version dans la langue du visiteur s’affiche, une fois traduite et publiée."),
    )

    panels = [FieldPanel("logo"), FieldPanel("menu"), FieldPanel("footer")]

    class Meta:
        verbose_name = _("en-tête et pied de page")
