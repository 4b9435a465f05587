"""The monthly schedule: an episode scheduled for a date goes live when publish_scheduled runs after it."""

import io
from datetime import timedelta

import time_machine

from django.core.management import call_command
from django.utils import timezone

from series.models import EpisodePage


def publish_scheduled():
    call_command("publish_scheduled", stdout=io.StringIO())


def test_a_scheduled_episode_goes_live_only_once_its_date_has_come(client, french_series):
    go_live = timezone.now() + timedelta(days=30)
    episode = EpisodePage(title="Confiance", slug="confiance", number=3, summary="Le mois prochain.", live=False)
    french_series.add_child(instance=episode)
    episode.go_live_at = go_live
    episode.save_revision().publish()  # what « Publier » does with a go-live date: schedule it

    publish_scheduled()
    episode.refresh_from_db()
    assert not episode.live
    assert client.get(episode.url).status_code == 404
    assert "Prochain épisode le" in client.get(french_series.url).content.decode()

    with time_machine.travel(go_live - timedelta(minutes=1), tick=False):
        publish_scheduled()
    episode.refresh_from_db()
    assert not episode.live

    with time_machine.travel(go_live + timedelta(minutes=5), tick=False):
        publish_scheduled()
        episode.refresh_from_db()
        assert episode.live
        assert client.get(episode.url).status_code == 200
        assert "Prochain épisode le" not in client.get(french_series.url).content.decode()
