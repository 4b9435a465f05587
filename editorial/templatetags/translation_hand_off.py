from django import template

from ..review import hand_off_for

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_hand_off(context):
    """The translator's footer for the translation being edited, or None (see review.hand_off_for)."""
    return hand_off_for(context["request"].user, context["translation"], context["instance"])
