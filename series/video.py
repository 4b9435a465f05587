"""Recognise YouTube and Vimeo addresses and build their privacy-enhanced player URLs.

Pure string work: nothing here touches the network.
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode, urlsplit

YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
VIMEO_ID = re.compile(r"^\d{6,12}$")
YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtube-nocookie.com"}
YOUTUBE_HOSTS |= {"www.youtube-nocookie.com", "youtu.be"}
VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}


@dataclass(frozen=True)
class Video:
    provider: str
    video_id: str

    @property
    def provider_name(self):
        return {"youtube": "YouTube", "vimeo": "Vimeo"}[self.provider]

    @property
    def watch_url(self):
        if self.provider == "youtube":
            return f"https://www.youtube.com/watch?v={self.video_id}"
        return f"https://vimeo.com/{self.video_id}"

    def watch_url_at(self, seconds):
        """The provider's own page, playing from that moment (a plain link, for visitors without JavaScript)."""
        if self.provider == "youtube":
            return f"{self.watch_url}&t={int(seconds)}s"
        return f"{self.watch_url}#t={int(seconds)}s"

    def embed_url(self, start=0, autoplay=True):
        """The player address that sets no tracking cookie (youtube-nocookie, Vimeo dnt=1)."""
        if self.provider == "youtube":
            # enablejsapi: the player tells the page where it is (postMessage), to follow the transcript.
            params = {"autoplay": 1, "rel": 0, "enablejsapi": 1} if autoplay else {"rel": 0}
            if start:
                params["start"] = start
            return f"https://www.youtube-nocookie.com/embed/{self.video_id}?{urlencode(params)}"
        params = {"dnt": 1, "autoplay": 1} if autoplay else {"dnt": 1}
        url = f"https://player.vimeo.com/video/{self.video_id}?{urlencode(params)}"
        return f"{url}#t={start}s" if start else url


def parse_video_url(url):
    """Return the Video an address points to, or None if it is not a YouTube or Vimeo video."""
    try:
        parts = urlsplit((url or "").strip())
    except ValueError:
        return None
    if parts.scheme not in ("http", "https"):
        return None
    host = (parts.hostname or "").lower()
    segments = [segment for segment in parts.path.split("/") if segment]

    if host in YOUTUBE_HOSTS:
        candidate = _youtube_id(host, segments, parse_qs(parts.query))
        if candidate and YOUTUBE_ID.match(candidate):
            return Video("youtube", candidate)
    elif host in VIMEO_HOSTS:
        candidate = segments[-1] if segments else ""
        if host == "player.vimeo.com" and segments[:1] != ["video"]:
            return None
        if VIMEO_ID.match(candidate):
            return Video("vimeo", candidate)
    return None


def _youtube_id(host, segments, query):
    if host == "youtu.be":
        return segments[0] if segments else None
    if segments == ["watch"]:
        return (query.get("v") or [None])[0]
    if len(segments) == 2 and segments[0] in ("embed", "shorts", "live", "v"):
        return segments[1]
    return None
