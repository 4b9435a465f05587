"""A new language tree (the English home page, when it is first translated) gets the groups'
permissions for its language at once, so translators can work on it without an administrator."""

from django.apps import apps
from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.models import Page

from .groups import grant_tree_permissions


@receiver(post_save)
def grant_permissions_on_new_tree(sender, instance, created, raw=False, **kwargs):
    if created and not raw and isinstance(instance, Page) and instance.depth == 2:
        grant_tree_permissions(apps, instance)
