"""django-csp's middleware, choosing the admin policy under /admin/ (policies: content_security.py)."""

from csp.middleware import CSPMiddleware, PolicyParts

from .content_security import ADMIN_POLICY

ADMIN_PREFIXES = ("/admin/",)


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin policy under /admin/."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and request.path_info.startswith(ADMIN_PREFIXES):
            return PolicyParts(ADMIN_POLICY, parts.update, parts.replace, parts.nonce)
        return parts
