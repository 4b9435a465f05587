"""What each editorial group may do, beside it under Paramètres → Groupes (templates/wagtailusers/groups/)."""

import copy

from django import template
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column

from editorial.groups import GROUP_DESCRIPTIONS

register = template.Library()


@register.filter
def group_description(group):
    """The description of an editorial group (editorial/groups.py); empty for any other group."""
    return GROUP_DESCRIPTIONS.get(getattr(group, "name", None), "")


@register.filter
def with_group_descriptions(table):
    """Wagtail's table of groups with one more column: what each editorial group may do."""
    described = copy.copy(table)
    described.columns = {
        **table.columns,
        "description": Column("description", label=_("Ce que le groupe peut faire"), accessor=group_description),
    }
    return described
