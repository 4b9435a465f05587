"""What keeps robots and floods out of the comments without any third-party script or cookie.

The episode page is cached whole, for everyone, so its form can carry neither a CSRF token nor a start time.
Instead:
- the endpoint takes no CSRF token but refuses a post whose Origin (or, without it, Referer) is another
  site; comments are anonymous, so a forged post could do no more than any visitor can;
- a signed *ticket* (the episode and the time it was issued) proves the form was opened on the site some
  seconds ago: comments.js fetches one from an uncached address when the visitor first enters the form;
  the uncached form page (no JavaScript, or an error) carries its own;
- a honeypot field people never see, a link count, and limits per address and per episode in the cache.
"""

import hashlib
import re
import time
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils.crypto import salted_hmac

SIGNER = signing.TimestampSigner(salt="comments.ticket")
TICKET_MAX_AGE = 24 * 60 * 60
LINK = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|net|org|info|biz|ru|xyz|top|io|fr)(?:/\S*)?\b", re.I)


def setting(name):
    """A COMMENTS_* setting (site_config/settings/base.py), read at each use so tests may change it."""
    return getattr(settings, f"COMMENTS_{name}")


def issue_ticket(episode_id):
    return SIGNER.sign(f"{episode_id}:{time.time()}")


def ticket_age(ticket, episode_id):
    """Seconds since this ticket was issued for this episode; None when it is missing, forged, expired or
    issued for another episode."""
    try:
        value = SIGNER.unsign(ticket or "", max_age=TICKET_MAX_AGE)
        ticket_episode, issued = value.split(":", 1)
        if int(ticket_episode) != episode_id:
            return None
        return time.time() - float(issued)
    except (signing.BadSignature, ValueError):
        return None


def from_this_site(request):
    """False when the browser says the post comes from another site. Browsers send Origin with every POST;
    a post with neither Origin nor Referer is let through to the ticket check."""
    source = request.headers.get("Origin") or request.headers.get("Referer")
    if not source:
        return True
    return urlsplit(source).netloc == request.get_host()


def count_links(text):
    return len(LINK.findall(text))


def address_hash(address):
    """A keyed hash of the visitor's address: equal for one connection, unreadable without the secret key."""
    return salted_hmac("comments.address", str(address)).hexdigest()


def over_limit(scope, value, limit):
    """Counts this attempt; whether `scope`/`value` made more than `limit` in the current minute."""
    key = f"comment-attempts:{scope}:" + hashlib.sha256(str(value).encode()).hexdigest()
    cache.add(key, 0, timeout=60)
    try:
        return cache.incr(key) > limit
    except ValueError:  # the entry expired between add and incr
        return False


def too_many_comments(address, episode_id):
    """Per address (all episodes) and per episode (all addresses), in the current minute."""
    by_address = over_limit("address", address, setting("PER_ADDRESS_PER_MINUTE"))
    by_episode = over_limit("episode", episode_id, setting("PER_EPISODE_PER_MINUTE"))
    return by_address or by_episode
