"""New admin users start in French, the editors' language; each can switch to English in their account."""

from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import translation

from wagtail.users.models import UserProfile


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def start_new_users_in_french(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        profile = UserProfile.get_for_user(instance)
        if not profile.preferred_language:
            profile.preferred_language = settings.LANGUAGE_CODE
            profile.save(update_fields=["preferred_language"])


class AdminLanguageMiddleware:
    """The admin speaks each user's chosen language from the start of the request.

    Wagtail switches to it inside its views only, so what it writes around them (« Désolé, vous n'avez
    pas les autorisations… » after a refusal) followed the browser's language instead.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith("/admin/") and request.user.is_authenticated:
            profile = getattr(request.user, "wagtail_userprofile", None)
            language = profile.get_preferred_language() if profile else None
            if language:
                translation.activate(language)
                request.LANGUAGE_CODE = language
        return self.get_response(request)
