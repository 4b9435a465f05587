"""The visitor's own address, also behind reverse proxies, for django-axes' login throttling.

Behind a proxy, REMOTE_ADDR is the proxy's address for everyone, so counting failed logins by it lets
anyone lock everyone out. Each trusted proxy appends the address it received the request from to
X-Forwarded-For, so with N trusted proxies the visitor is the N-th address from the right: whatever a
client writes into the header itself stays to the left and is never read. (django-ipware, which axes
can use, reads from the left by default, where a client can write what it likes.)
"""

from django.conf import settings


def client_address(request):
    """The address django-axes counts failures for (AXES_CLIENT_IP_CALLABLE)."""
    trusted = settings.TRUSTED_PROXY_COUNT
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if trusted and len(forwarded) >= trusted:
        return forwarded[-trusted]
    return request.META.get("REMOTE_ADDR")
