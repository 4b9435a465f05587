"""Episodes shown as cards (series, home, theme and related lists) in a fixed number of queries.

A card shows the episode's themes and the poster of its main video. Themes come with one prefetch;
posters are read from each body's stored JSON, without building the blocks, and fetched together.
Their renditions come from Wagtail's rendition cache once made.
"""

from django.db.models import Prefetch

from wagtail.images import get_image_model


def with_themes(queryset):
    """The episodes with their themes, in one more query whatever their number."""
    links = queryset.model._meta.get_field("episode_themes").related_model.objects
    return queryset.prefetch_related(
        Prefetch("episode_themes", queryset=links.select_related("theme").order_by("sort_order"))
    )


def cards(queryset):
    """The episodes of this queryset, ready for components/episode_card.html."""
    episodes = list(with_themes(queryset))
    attach_posters(episodes)
    return episodes


def poster_id(episode):
    """The image id of the episode's first video poster, read from the stored body."""
    for block in episode.body.raw_data:
        if block.get("type") == "video":
            value = block.get("value") or {}
            return value.get("poster")
    return None


def attach_posters(episodes):
    wanted = [(episode, poster_id(episode)) for episode in episodes]
    images = get_image_model().objects.in_bulk({pk for _episode, pk in wanted if pk})
    for episode, pk in wanted:
        episode.poster = images.get(pk)
