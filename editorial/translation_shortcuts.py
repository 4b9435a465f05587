"""« Traduire » in one click: wagtail-localize's own button, brought out of the "…" menus.

wagtail-localize offers "Translate this page" through `register_page_header_buttons` and
`register_page_listing_more_buttons`, and "Translate" through `register_snippet_listing_buttons`,
yielding it only to users who may submit translations and only while a language still lacks a
translation. Wagtail 8 puts everything those hooks yield in a "…" dropdown. Rather than decide a
second time who may translate what, the views and hooks here take wagtail-localize's button where
it is, take it out of the dropdown and show it as a top-level « Traduire » button, its link ticking
the target language when only one remains (wagtail-localize's own `select_locale` parameter).
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.utils import set_query_params
from wagtail.admin.views.pages.edit import EditView
from wagtail.admin.views.pages.listing import ExplorableIndexView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.admin.widgets.button import ButtonWithDropdownFromHook, HeaderButton, ListingButton
from wagtail.models import Locale, Page

from .withdrawal import SourcePrivacyView

ICON = "wagtail-localize-language"
# Just before a listing row's "…" menu (priority 50), as in the header bar.
LISTING_PRIORITY = 40


def submit_url(obj):
    """wagtail-localize's address for sending this page or snippet to translation (an alias: its original)."""
    if isinstance(obj, Page):
        return reverse("wagtail_localize:submit_page_translation", args=[obj.alias_of_id or obj.pk])
    meta = obj._meta
    return reverse("wagtail_localize:submit_snippet_translation", args=[meta.app_label, meta.model_name, obj.pk])


def missing_locales(obj):
    """The languages with no translation of this page or snippet yet; an alias is no translation."""
    translations = obj.get_translations(inclusive=True)
    if isinstance(obj, Page):
        translations = translations.exclude(alias_of__isnull=False)
    return Locale.objects.exclude(pk__in=translations.values("locale_id"))


def translate_url(obj):
    """The submit address, with the only language left to translate into ticked in advance."""
    url = submit_url(obj)
    missing = list(missing_locales(obj).values_list("language_code", flat=True)[:2])
    if len(missing) == 1:
        url = set_query_params(url, {"select_locale": missing[0]})
    return url


def where_to_translate(page, user):
    """For someone who may send pages to translation but not edit this one: the form that sends it while a
    language lacks a translation, else the first translation they may edit; None when neither."""
    if not user.has_perm("wagtail_localize.submit_translation") or page.is_root():
        return None
    if missing_locales(page).exists():
        return translate_url(page)
    for translation in page.get_translations().filter(alias_of__isnull=True).specific():
        if translation.permissions_for_user(user).can_edit():
            return reverse("wagtailadmin_pages:edit", args=[translation.pk])
    return None


def take_translate_button(buttons, obj):
    """Remove wagtail-localize's translate button for `obj` from `buttons`; whether it was there."""
    url = submit_url(obj)
    found = [button for button in buttons if button.url == url]
    for button in found:
        buttons.remove(button)
    return bool(found)


def listing_button(obj, title):
    return ListingButton(
        _("Traduire"),
        translate_url(obj),
        icon_name=ICON,
        attrs={"aria-label": _("Traduire « %(title)s »") % {"title": title}},
        priority=LISTING_PRIORITY,
    )


def bring_out_page_translate_button(buttons, page, user, context=None):
    """`construct_page_listing_buttons`: a page row's « Traduire » next to its "…" menu instead of inside."""
    for button in buttons:
        if isinstance(button, ButtonWithDropdownFromHook) and take_translate_button(button.dropdown_buttons, page):
            buttons.append(listing_button(page, page.get_admin_display_title()))
            buttons.sort()
            return


class TranslateInHeaderMixin:
    """« Traduire » in a page view's header bar, beside the "…" menu rather than in it.

    Wagtail 8 renders every `register_page_header_buttons` button inside the header's "…" dropdown
    and has no hook for the bar itself: the bar shows a view's `header_buttons`, the dropdown its
    `header_more_buttons`. A `PageViewSet` may give every page type its own views, so the editor and
    the explorer below move wagtail-localize's button from the one to the other.
    """

    offers_translation = False

    def get_header_page(self):
        raise NotImplementedError

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        self.offers_translation = take_translate_button(buttons, self.get_header_page())
        return buttons

    def get_header_buttons(self):
        buttons = super().get_header_buttons()  # reads header_more_buttons, which sets offers_translation
        if self.offers_translation:
            url = translate_url(self.get_header_page())
            buttons.insert(0, HeaderButton(_("Traduire"), url=url, icon_name=ICON))
        return buttons


class TranslateInHeaderEditView(TranslateInHeaderMixin, EditView):
    """Wagtail's page editor, « Traduire » in its header bar.

    Translators may not open a French page's editor (editorial/groups.py), so they never see that bar:
    a translator who follows a link to one lands on the form that sends it to translation, or on the
    translation once there is one, rather than on the dashboard with a refusal.
    """

    def get_header_page(self):
        return self.page

    def dispatch(self, request, page_id, **kwargs):
        try:
            return super().dispatch(request, page_id, **kwargs)
        except PermissionDenied:
            page = getattr(self, "page", None)
            url = where_to_translate(page, request.user) if request.method == "GET" and page else None
            if url is None:
                raise
            return redirect(url)


class TranslateInHeaderExplorableIndexView(TranslateInHeaderMixin, ExplorableIndexView):
    """Wagtail's explorer, « Traduire » for the page being explored in its header bar."""

    def get_header_page(self):
        return self.parent_page


class EditorialPageViewSet(PageViewSet):
    """Wagtail's views for every page type (a `PageViewSet` for `Page` stands in for Wagtail's default
    one), with « Traduire » in the editor's and the explorer's header bar."""

    edit_view_class = TranslateInHeaderEditView
    index_view_class = TranslateInHeaderExplorableIndexView
    set_privacy_view_class = SourcePrivacyView  # the privacy dialog says translations follow (withdrawal.py)
