"""What the episode page shows of its comments, rendered inside a fragment cached until the content changes
(templates/comments/episode_comments.html): one query for the approved comments, whatever their number."""

from django import template
from django.utils import translation

from caching.lookups import published
from caching.version import cached

from ..forms import CommentForm
from ..models import Comment
from ..protection import setting

register = template.Library()


@register.simple_tag
def approved_comments(page):
    return list(
        Comment.objects.filter(episode_id=page.pk, state=Comment.State.APPROVED)
        .order_by("created_at", "pk")
        .only("name", "text", "reply", "created_at")
    )


@register.simple_tag
def comment_form(page):
    """The empty form, without a ticket: it is shown to everyone from the cache."""
    return CommentForm(episode=page, with_ticket=False)


def find_privacy_url(language):
    from organisation.models import StandardPage

    slug = setting("PRIVACY_SLUGS").get(language)
    page = published(StandardPage.objects.filter(locale__language_code=language, slug=slug)).first()
    return page.url if page else ""


@register.simple_tag
def privacy_url():
    """The privacy page of the current language, if there is one."""
    language = translation.get_language()
    return cached(f"comments-privacy-url:{language}", lambda: find_privacy_url(language))
