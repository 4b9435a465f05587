from django import template

from ..chrome import footer_of, links_of, site_chrome

register = template.Library()


@register.simple_tag(takes_context=True)
def chrome(context):
    """The header's and footer's content; in a preview of a menu or footer, that draft in place of the live one."""
    found = site_chrome(context["request"])
    if context.get("preview_menu") is not None:
        found = found | {"menu": links_of(context["preview_menu"].links)}
    if context.get("preview_footer") is not None:
        found = found | {"footer": footer_of(context["preview_footer"])}
    return found
