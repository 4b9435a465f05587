"""Template fragments cached until the content changes: {% content_version as version %}, then
{% cache 3600 name ... version %} (Django's cache tag), so a publish makes them stale at once."""

from django import template

from caching.version import content_version as current_content_version

register = template.Library()


@register.simple_tag
def content_version():
    return current_content_version()
