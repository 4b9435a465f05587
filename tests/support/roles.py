"""Users of each editorial group, and what a refusal looks like."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse


def member_of(group_name, username=None):
    user = get_user_model().objects.create_user(
        username=username or f"{group_name}-user", email="membre@example.org", password="une phrase assez longue"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


def refused(response):
    """Refused as Wagtail refuses: 4xx, the login page, or the dashboard with « permission » message."""
    if response.status_code in (400, 401, 403, 404, 405):
        return True
    return response.status_code == 302 and (
        response.url == reverse("wagtailadmin_home") or response.url.startswith(reverse("wagtailadmin_login"))
    )
