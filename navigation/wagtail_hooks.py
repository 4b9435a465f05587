from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Footer, Menu


class MenuViewSet(SnippetViewSet):
    model = Menu
    icon = "list-ul"
    list_display = ["name", "live"]


class FooterViewSet(SnippetViewSet):
    model = Footer
    icon = "doc-full"
    list_display = ["name", "live"]


class ChromeViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Menu et pied de page")
    menu_icon = "list-ul"
    menu_order = 250
    items = (MenuViewSet, FooterViewSet)


register_snippet(ChromeViewSetGroup)
