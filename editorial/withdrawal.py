"""Withdrawal follows the source: what a moderator withdraws in French is withdrawn in every language.

French is the source (`Locale.get_default()`). Making a French page private, changing or lifting its
restriction gives its translations the same restriction (wagtail-localize copies a restriction only
when it creates or updates a translation, and never lifts one); unpublishing a French page, by any
path (the admin, an expiry date, a deletion), unpublishes its translations. Pages below a private
page are private by Wagtail's own rule, in each language's tree. Aliases are left to Wagtail: they
follow their original's restrictions and are unpublished with it. A translation withdrawn on its own
leaves the French page as it is.
"""

from django.contrib import messages
from django.db.models import QuerySet
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.views.page_privacy import SetPrivacyView
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.signals import page_unpublished


def is_source(page):
    """Whether the page is a French page of its own (not an alias, whose original decides)."""
    return page.alias_of_id is None and page.locale_id == Locale.get_default().pk


def translations(page):
    """The page's translations in the other languages (aliases excluded: they follow their original)."""
    return Page.objects.translation_of(page, inclusive=False).filter(alias_of__isnull=True)


def described(pages):
    """« Title (anglais) », for the admin's messages."""
    return ", ".join(f"{page.get_admin_display_title()} ({page.locale.get_display_name()})" for page in pages)


# Restrictions


def mirror_restriction(source, page):
    """Give `page` the restriction the source page has of its own (type, password, groups), or none."""
    wanted = source.view_restrictions.first()
    existing = list(page.view_restrictions.all())
    if wanted is None:
        for restriction in existing:
            restriction.delete()
        return
    restriction = existing[0] if existing else PageViewRestriction(page=page)
    for extra in existing[1:]:
        extra.delete()
    differs = (restriction.restriction_type, restriction.password) != (wanted.restriction_type, wanted.password)
    if restriction.pk is None or differs:
        restriction.restriction_type = wanted.restriction_type
        restriction.password = wanted.password
        restriction.save()
    groups = set(wanted.groups.values_list("pk", flat=True))
    if set(restriction.groups.values_list("pk", flat=True)) != groups:
        restriction.groups.set(groups)


def follow_source_restrictions(source):
    """Every translation of a French page gets that page's restriction (saving a translation's one
    comes back here for a page that is no source: no recursion)."""
    if is_source(source):
        for page in translations(source):
            mirror_restriction(source, page)


@receiver(post_save, sender=PageViewRestriction)
def restriction_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        follow_source_restrictions(instance.page)


@receiver(post_delete, sender=PageViewRestriction)
def restriction_deleted(sender, instance, origin=None, **kwargs):
    # A restriction deleted with its page (origin: the page) is no decision to show its translations.
    model = origin.model if isinstance(origin, QuerySet) else type(origin)
    if issubclass(model, PageViewRestriction):
        page = Page.objects.filter(pk=instance.page_id).first()
        if page is not None:
            follow_source_restrictions(page)


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def restriction_groups_changed(sender, instance, action, reverse, pk_set, **kwargs):
    """The admin sets a restriction's groups after saving it."""
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if not reverse:
        follow_source_restrictions(instance.page)
    elif pk_set:  # restrictions added to or removed from a group
        for restriction in PageViewRestriction.objects.filter(pk__in=pk_set).select_related("page"):
            follow_source_restrictions(restriction.page)


class SourcePrivacyView(SetPrivacyView):
    """Wagtail's privacy dialog, saying on a French page that its translations follow, and which did."""

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if is_source(self.page) and translations(self.page).exists():
            form.fields["restriction_type"].help_text = _(
                "Les traductions de cette page reçoivent la même confidentialité."
            )
        return form

    def form_valid(self, form):
        response = super().form_valid(form)
        if is_source(self.page) and (followed := list(translations(self.page).select_related("locale"))):
            messages.info(
                self.request,
                _("La même confidentialité s’applique aux traductions : %(pages)s.") % {"pages": described(followed)},
            )
        return response


# Publication


@receiver(page_unpublished)
def unpublish_translations(sender, instance, **kwargs):
    """A French page taken offline takes its translations with it (they are not French: no recursion)."""
    if not is_source(instance):
        return
    withdrawn = list(translations(instance).live().select_related("locale").specific())
    for page in withdrawn:
        page.unpublish()  # the moderator's name is logged from the admin's log context
    instance.withdrawn_translations = withdrawn  # for the admin's message, below


@hooks.register("after_unpublish_page")
def say_translations_were_unpublished(request, page):
    withdrawn = getattr(page, "withdrawn_translations", [])
    if withdrawn:
        messages.info(request, _("Traductions dépubliées aussi : %(pages)s.") % {"pages": described(withdrawn)})
