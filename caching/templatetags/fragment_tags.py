"""Template fragments cached until the content changes: {% content_version as version %}, then
{% wagtailcache 3600 name ... version %} (Wagtail's cache tag, never used in a preview), so a publish makes
them stale at once."""

from django import template

from caching.version import content_version as current_content_version

register = template.Library()


@register.simple_tag
def content_version():
    return current_content_version()
