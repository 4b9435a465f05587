"""Wagtail's HTTP purge backend for Varnish, which also bans every address under a prefix (deploy/varnish/
site.vcl accepts BAN with an X-Ban-Prefix header from the application's addresses only)."""

import logging
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

from wagtail.contrib.frontend_cache.backends import HTTPBackend

logger = logging.getLogger("wagtail.frontendcache")


class BanRequest(Request):
    def get_method(self):
        return "BAN"


class VarnishBackend(HTTPBackend):
    def ban(self, root_url, prefix):
        """Drop every cached address of the site at root_url that starts with prefix ("/" for all)."""
        host = urlsplit(root_url).netloc
        request = BanRequest(
            url=urlunsplit([self.cache_scheme, self.cache_netloc, "/", "", ""]),
            headers={"Host": host, "X-Ban-Prefix": prefix},
        )
        try:
            urlopen(request, timeout=5)  # noqa: S310 - the address is the configured cache's
        except (HTTPError, URLError, OSError) as error:
            logger.error("Couldn't ban '%s%s' from the HTTP cache: %s", root_url, prefix, error)
