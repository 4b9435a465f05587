"""The comment form's own addresses, outside the cached episode page: the form (GET, and the POST it sends) and
the ticket comments.js fetches. Everything here is personal to the visitor, so never kept by a cache."""

from django.http import Http404, HttpResponseForbidden, JsonResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from caching.lookups import published
from organisation.contact import visitor_address

from .forms import CommentForm
from .protection import from_this_site, issue_ticket


def episode_or_404(episode_id):
    """The live, public episode, in the language of the address (comments are in their page's language)."""
    from series.models import EpisodePage

    episodes = EpisodePage.objects.filter(pk=episode_id, locale__language_code=get_language()).select_related("locale")
    episode = published(episodes).first()
    if episode is None:
        raise Http404
    return episode


def private(response):
    patch_cache_control(response, private=True, no_store=True)
    return response


@csrf_exempt  # the episode page that holds the form is cached for everyone: see comments/protection.py
@require_http_methods(["GET", "HEAD", "POST"])
def comment_form(request, episode_id):
    episode = episode_or_404(episode_id)
    if request.method == "POST":
        if not from_this_site(request):
            return private(HttpResponseForbidden(_("Ce formulaire ne peut être envoyé que depuis le site.")))
        form = CommentForm(request.POST, episode=episode, address=visitor_address(request))
        if form.is_valid():
            form.save()
            return private(TemplateResponse(request, "comments/thanks.html", {"episode": episode}))
    else:
        form = CommentForm(episode=episode)
    return private(TemplateResponse(request, "comments/comment_page.html", {"episode": episode, "form": form}))


@require_GET
def ticket(request, episode_id):
    """A fresh ticket for the form of this episode (comments.js puts it into the form's hidden field)."""
    episode = episode_or_404(episode_id)
    return private(JsonResponse({"ticket": issue_ticket(episode.pk)}))
