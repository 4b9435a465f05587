"""New admin users start in French, the editors' language; each can switch to English in their account."""

from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.users.models import UserProfile


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def start_new_users_in_french(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        profile = UserProfile.get_for_user(instance)
        if not profile.preferred_language:
            profile.preferred_language = settings.LANGUAGE_CODE
            profile.save(update_fields=["preferred_language"])
