"""A link of the menu or the footer: to a page, to one of the site's own views, or to another site."""

from django.forms.utils import ErrorList
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

# Addresses of the site that are views, not pages (site_config/urls.py), by URL name.
SITE_VIEWS = [("themes", _("Les thèmes")), ("search", _("Recherche"))]


class LinkValue(blocks.StructValue):
    """A link to a site view or another site; links to pages are resolved for the visitor's language, all
    together, by navigation/chrome.py."""

    def href(self):
        if self.get("view"):
            return reverse(self["view"])
        return self.get("url") or ""

    def text(self):
        return self.get("label") or dict(SITE_VIEWS).get(self.get("view"), "")

    def is_external(self):
        return bool(self.get("url")) and not self.get("view")


class LinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(
        required=False,
        label=_("Page"),
        help_text=_("Une page du site : les visiteurs anglais arrivent sur sa version anglaise."),
    )
    view = blocks.ChoiceBlock(
        choices=SITE_VIEWS,
        required=False,
        label=_("Ou une page du site qui n’est pas dans l’arbre"),
    )
    url = blocks.URLBlock(required=False, label=_("Ou une adresse externe"), help_text=_("Par exemple https://…"))
    label = blocks.CharBlock(
        required=False,
        max_length=60,
        label=_("Libellé"),
        help_text=_("Facultatif pour une page : son titre, dans la langue du visiteur, sinon."),
    )

    class Meta:
        icon = "link"
        label = _("Lien")
        value_class = LinkValue
        label_format = "{label}"

    def clean(self, value):
        value = super().clean(value)
        chosen = [name for name in ("page", "view", "url") if value.get(name)]
        errors = {}
        if len(chosen) != 1:
            message = _("Choisissez une page, une page du site ou une adresse externe : une seule.")
            errors = {name: ErrorList([message]) for name in chosen or ["page"]}
        elif value.get("url") and not value.get("label"):
            errors["label"] = ErrorList([_("Donnez un libellé au lien vers une adresse externe.")])
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value


class LinkColumnBlock(blocks.StructBlock):
    """A titled group of footer links."""

    heading = blocks.CharBlock(max_length=60, label=_("Titre de la colonne"))
    links = blocks.ListBlock(LinkBlock(), label=_("Liens"))

    class Meta:
        icon = "list-ul"
        label = _("Colonne")
        label_format = "{heading}"
