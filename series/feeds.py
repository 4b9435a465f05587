"""An RSS feed per series and language: its live episodes, newest first."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _


class SeriesFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request, series):
        self.request = request
        self.language = series.locale.language_code  # Feed reads a plain attribute here
        return series

    def title(self, series):
        return series.title

    def link(self, series):
        return series.url

    def description(self, series):
        return series.introduction

    def feed_url(self, series):
        return series.feed_url

    def items(self, series):
        return series.episodes().order_by("-first_published_at")[:50]

    def item_title(self, episode):
        return _("Épisode %(number)s : %(title)s") % {"number": episode.number, "title": episode.title}

    def item_description(self, episode):
        return episode.summary

    def item_link(self, episode):
        return episode.url

    def item_guid(self, episode):
        return self.request.build_absolute_uri(episode.url)

    def item_pubdate(self, episode):
        return episode.first_published_at

    def item_updateddate(self, episode):
        return episode.last_published_at
