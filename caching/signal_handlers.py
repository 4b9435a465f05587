"""What makes the content version change (version.py), for Wagtail's own models.

Apps add their own models in their signal_handlers.py (series: themes and an episode's themes).
Connected from CachingConfig.ready().
"""

from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver

from wagtail.contrib.redirects.models import Redirect
from wagtail.images.models import AbstractImage
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .purging import purge_language, purge_page
from .version import content_changed

# Page fields that keep track of drafts, revisions, comments and locks: visitors see none of them.
# save_revision() (every draft save and autosave) writes only these.
BOOKKEEPING_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "wagtail_admin_comments",
        "locked",
        "locked_at",
        "locked_by",
        "numchild",
    }
)
SHOWN_TO_VISITORS = (PageViewRestriction, Site, Locale, AbstractImage)


def page_change_is_visible(page, update_fields=None):
    """A page changes what visitors see only while it is live (publishing, unpublishing and moves have
    their own signals), and not when only its draft bookkeeping is written: a draft save or an autosave
    must not make every cached page of the site stale."""
    return page.live and not (update_fields and set(update_fields) <= BOOKKEEPING_FIELDS)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def forget_when_pages_change(sender, **kwargs):
    content_changed()


@receiver(post_save)
def forget_when_content_is_saved(sender, instance, update_fields=None, **kwargs):
    if isinstance(instance, Page):
        if page_change_is_visible(instance, update_fields):
            content_changed()
    elif isinstance(instance, SHOWN_TO_VISITORS):
        content_changed()


@receiver(post_delete)
def forget_when_content_is_deleted(sender, instance, **kwargs):
    if isinstance(instance, (Page, *SHOWN_TO_VISITORS)):
        content_changed()


# The HTTP cache in front (caching/purging.py): what changed is purged once committed.


@receiver(page_published)
@receiver(page_unpublished)
def purge_what_shows_the_page(sender, instance, **kwargs):
    purge_page(instance)


@receiver(post_page_move)
def purge_the_language_of_a_moved_page(sender, instance, **kwargs):
    """A move changes the addresses of the page and all below it: the whole language is banned."""
    purge_language(instance.locale.language_code)


@receiver(pre_delete)
def purge_a_live_page_before_it_is_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live and instance.depth > 1:
        purge_page(instance)


@receiver(post_save)
@receiver(post_delete)
def purge_everything_when_what_every_page_shows_changes(sender, instance, raw=False, **kwargs):
    if raw:
        return  # a fixture being loaded
    if isinstance(instance, PageViewRestriction):
        purge_language(instance.page.locale.language_code)  # a page made private, and the pages below it
    elif isinstance(instance, (*SHOWN_TO_VISITORS, Redirect)):  # a redirect is kept in front, never here
        purge_language(None)
