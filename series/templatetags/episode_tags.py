from django import template

from series.transcripts import clock as transcript_clock

register = template.Library()


@register.filter
def original_of(originals, block_id):
    """The original words of the quote with this block id (EpisodePage.original_quotes), or ""."""
    return originals.get(block_id, "")


@register.filter
def clock(duration):
    """A timedelta as 'm:ss' (or 'h:mm:ss'), the way video players show it."""
    if duration is None:
        return ""
    total = int(duration.total_seconds())
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


@register.filter
def iso_duration(duration):
    """A timedelta as an ISO 8601 duration (PT4M12S), for <time datetime>."""
    if duration is None:
        return ""
    total = int(duration.total_seconds())
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "") + f"{seconds}S"


@register.filter
def watch_at(video_value, seconds):
    """The provider's page of an episode's video, from that many seconds on; the site's own page without a video."""
    video = getattr(video_value, "video", None)
    return video.watch_url_at(seconds) if video else f"#t={int(seconds)}"


@register.filter
def moment_clock(seconds):
    """Seconds into a video as m:ss."""
    return transcript_clock(seconds)
