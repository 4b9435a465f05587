"""Content-Security-Policy: strict on public pages, workable in the admin.

Public pages run only the site's own script and styles and embed only the video players' hosts.
Wagtail's admin needs inline styles and scripts (its editors, previews and choosers), so /admin/
gets its own policy, still limited to this site's origin. A preview is a public page rendered for
the admin's preview panel: the public policy, except that the admin itself may frame it.
"""

from csp.constants import NONE, SELF

VIDEO_PLAYERS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]

PUBLIC_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF],
    "img-src": [SELF, "data:"],
    "font-src": [SELF],
    "connect-src": [SELF],
    "media-src": [SELF],
    "frame-src": VIDEO_PLAYERS,
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [NONE],
}

ADMIN_POLICY = PUBLIC_POLICY | {
    "script-src": [SELF, "'unsafe-inline'"],
    "style-src": [SELF, "'unsafe-inline'"],
    "img-src": [SELF, "data:", "blob:"],
    "frame-src": [SELF, *VIDEO_PLAYERS],  # previews and embeds
    "frame-ancestors": [SELF],  # the preview panel frames the site itself
}

PREVIEW_POLICY = PUBLIC_POLICY | {"frame-ancestors": [SELF]}
