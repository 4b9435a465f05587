from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from . import views
from .viewsets import EpisodeListingViewSet, ThemeViewSet

register_snippet(ThemeViewSet)


@hooks.register("register_admin_viewset")
def register_episode_listing():
    return EpisodeListingViewSet()


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [path("translation-status/", views.translation_status, name="translation_status")]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem(_("État des traductions"), reverse("translation_status"), icon_name="site", order=100)
