from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .admin_views import ApproveBulkAction, CommentViewSet, PendingCommentsPanel, RejectBulkAction

register_snippet(CommentViewSet)
# Wagtail's registry takes the bulk action classes themselves.
hooks.register("register_bulk_action", ApproveBulkAction)
hooks.register("register_bulk_action", RejectBulkAction)


@hooks.register("construct_homepage_panels")
def add_pending_comments_panel(request, panels):
    panels.append(PendingCommentsPanel(request.user))
