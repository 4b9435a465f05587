from django import template

register = template.Library()


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
