"""The moderators' side, in Wagtail's admin: the comments as a snippet listing (filters by state, language and
episode; approve or reject from each row or for a selection), and a dashboard panel of what waits."""

from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import ListingButton
from wagtail.permissions import policy_registry
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from .models import Comment
from .moderation import moderate


def bulk_url(action, comment_ids, next_url):
    query = [("id", pk) for pk in comment_ids] + [("next", next_url)]
    return reverse("wagtail_bulk_action", args=("comments", "comment", action)) + "?" + urlencode(query)


class CommentIndexView(IndexView):
    """Each row offers « Approuver » and « Refuser » (a confirmation, then done), besides editing."""

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if not self.permission_policy.user_has_permission(self.request.user, "change"):
            return buttons
        next_url = self.request.get_full_path()
        moderation = []
        if instance.state != Comment.State.APPROVED:
            moderation.append(
                ListingButton(
                    _("Approuver"), bulk_url("approve", [instance.pk], next_url), icon_name="check", priority=1
                )
            )
        if instance.state != Comment.State.REJECTED:
            moderation.append(
                ListingButton(_("Refuser"), bulk_url("reject", [instance.pk], next_url), icon_name="cross", priority=2)
            )
        return moderation + buttons


class CommentViewSet(SnippetViewSet):
    model = Comment
    index_view_class = CommentIndexView
    icon = "comment"
    menu_label = _("Commentaires")
    menu_name = "comments"
    menu_order = 120
    add_to_admin_menu = True
    list_display = ["name", Column("excerpt", label=_("Extrait")), "episode", "language", "state", "created_at"]
    list_filter = ["state", "language", "episode"]
    ordering = ["-created_at", "-pk"]
    search_fields = ["name", "text"]
    search_backend_name = None  # a plain database lookup: a few thousand rows at most
    list_per_page = 50


class ModerationBulkAction(SnippetBulkAction):
    """Gives the selected comments one state (Comment.State), after a confirmation page."""

    template_name = "comments/admin/confirm_bulk_moderation.html"
    state = None
    done_message = None  # ngettext_lazy(singular, plural, "count")

    models = [Comment]

    def check_perm(self, comment):
        return self.permission_policy.user_has_permission_for_instance(self.request.user, "change", comment)

    @classmethod
    def execute_action(cls, objects, **kwargs):
        return moderate(objects, cls.state), 0

    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs) | {"action_label": self.display_name, "question": self.question}

    def get_success_message(self, num_parent_objects, num_child_objects):
        return self.done_message % {"count": num_parent_objects}


class ApproveBulkAction(ModerationBulkAction):
    display_name = _("Approuver")
    action_type = "approve"
    aria_label = _("Approuver les commentaires choisis")
    question = _("Publier ces commentaires sous leur épisode ?")
    state = Comment.State.APPROVED
    action_priority = 10
    done_message = ngettext_lazy("%(count)d commentaire publié.", "%(count)d commentaires publiés.", "count")


class RejectBulkAction(ModerationBulkAction):
    display_name = _("Refuser")
    action_type = "reject"
    aria_label = _("Refuser les commentaires choisis")
    question = _("Refuser ces commentaires ? Ils ne seront pas publiés et seront effacés au bout de 30 jours.")
    state = Comment.State.REJECTED
    action_priority = 20
    done_message = ngettext_lazy("%(count)d commentaire refusé.", "%(count)d commentaires refusés.", "count")


class PendingCommentsPanel(Component):
    """On the dashboard, for those who moderate: how many comments wait, by episode and language."""

    name = "pending_comments"
    template_name = "comments/admin/pending_panel.html"
    order = 205

    def __init__(self, user):
        self.user = user

    def is_shown(self):
        return policy_registry.get_by_type(Comment).user_has_permission(self.user, "change")

    def get_context_data(self, parent_context):
        from django.db.models import Count

        waiting = list(
            Comment.objects.filter(state=Comment.State.PENDING)
            .values("episode_id", "episode__title", "language")
            .annotate(count=Count("pk"))
            .order_by("-count", "episode__title")[:10]
        )
        listing = reverse("wagtailsnippets_comments_comment:list")
        for row in waiting:
            filters = {"state": "pending", "episode": row["episode_id"], "language": row["language"]}
            row["url"] = listing + "?" + urlencode(filters)
        return {
            "waiting": waiting,
            "total": Comment.objects.filter(state=Comment.State.PENDING).count(),
            "listing_url": listing + "?state=pending",
        }

    def render_html(self, parent_context=None):
        if not self.is_shown():
            return ""
        return super().render_html(parent_context)
