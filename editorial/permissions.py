"""Who may undo a translation: moderators and administrators, never translators."""

from wagtail.models import Page
from wagtail.snippets.permissions import get_permission_name


def may_manage_translation(user, instance):
    """Whether `user` may stop synchronising, convert to an alias or delete this translated page or snippet.

    For pages, the right to publish in that language tree (moderators); for snippets, the right to delete them.
    """
    if user.is_superuser:
        return True
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    return user.has_perm(get_permission_name("delete", type(instance)))
