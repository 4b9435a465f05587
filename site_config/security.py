"""django-csp's middleware, choosing the admin policy under /admin/ (policies: content_security.py)."""

from csp.middleware import CSPMiddleware, PolicyParts

from .content_security import ADMIN_POLICY, PREVIEW_POLICY

ADMIN_PREFIXES = ("/admin/",)


def is_preview(request):
    """Wagtail renders a preview through the whole middleware chain with a dummy request of the
    page's own address (`Page.make_preview_request`), flagged `is_dummy`."""
    return getattr(request, "is_dummy", False)


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin policy under /admin/ and the preview policy for previews."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only or parts.config is not None:
            return parts
        if is_preview(request):
            return PolicyParts(PREVIEW_POLICY, parts.update, parts.replace, parts.nonce)
        if request.path_info.startswith(ADMIN_PREFIXES):
            return PolicyParts(ADMIN_POLICY, parts.update, parts.replace, parts.nonce)
        return parts
