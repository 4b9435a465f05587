"""An editor never loses what they typed: a form refused for one mistake comes back with everything in it."""

import json

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from editorial.groups import EDITORS
from series.models import EpisodePage, Theme
from tests.support.forms import episode_form_data

TYPED = {
    "title": "Tenir dans la duree 5821",
    "paragraph": "Un paragraphe tape avec soin 5822",
    "video_url": "https://www.youtube.com/watch?v=abcdefghijk",
    "video_title": "Entretien filme a Lille 5823",
    "quote": "Une parole rapportee telle quelle 5824",
    "speaker": "Travailleuse paire 5825",
    "recommendation_title": "Prevoir un temps d analyse 5826",
    "recommendation_text": "Chaque mois, une heure pour relire les situations 5827",
    "transcript": "Transcription complete 5828",
}


def test_a_refused_episode_form_keeps_every_typed_value(client, french, french_series):
    editor = get_user_model().objects.create_user(username="redactrice", password="une phrase assez longue")
    editor.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(editor)
    theme = Theme.objects.filter(locale=french).first()
    data = episode_form_data(
        title=TYPED["title"],
        slug="tenir-dans-la-duree",
        number=1,  # already taken in this series: the form is refused
        summary="",  # and the summary is required
        body=[
            ("paragraph", f"<p>{TYPED['paragraph']}</p>"),
            ("video", {"url": TYPED["video_url"], "title": TYPED["video_title"], "poster": None, "captions_url": ""}),
            ("quote", {"text": TYPED["quote"], "speaker_role": TYPED["speaker"], "moment": "1:05"}),
            ("recommendation", {"title": TYPED["recommendation_title"], "text": TYPED["recommendation_text"]}),
        ],
        theme_ids=[theme.pk],
        duration="04:12",
        transcript=[{"start": 12.5, "end": None, "speaker_role": "", "text": TYPED["transcript"]}],
    ) | {"action-submit": "Soumettre"}

    response = client.post(f"/admin/pages/add/series/episodepage/{french_series.pk}/", data)

    assert response.status_code == 200  # the form again, not a redirect
    html = response.content.decode()
    assert "Un autre épisode de cette série porte déjà ce numéro." in html
    assert not EpisodePage.objects.filter(title=TYPED["title"]).exists()
    for name, value in TYPED.items():
        # Text fields are in the HTML; StreamField values in the JSON the block editor starts from.
        assert value in html or json.dumps(value)[1:-1] in html, name
    assert "04:12" in html and "1:05" in html
    assert f'name="episode_themes-0-theme" value="{theme.pk}"' in html  # the chosen theme


def test_two_editors_on_one_episode_are_warned_of_each_other(client, french):
    episode = EpisodePage.objects.get(locale=french, number=1)
    first, second = (
        get_user_model().objects.create_user(username=name, password="une phrase assez longue")
        for name in ("amina", "bruno")
    )
    for user in (first, second):
        user.groups.add(Group.objects.get(name=EDITORS))

    client.force_login(first)
    html = client.get(f"/admin/pages/{episode.pk}/edit/").content.decode()
    assert "/admin/editing-sessions/ping/" in html  # the editor keeps telling Wagtail who is there
    ping = f"/admin/editing-sessions/ping/series/episodepage/{episode.pk}/0/"
    client.post(ping, {"is_editing": "1"})

    client.force_login(second)
    others = client.post(ping).json()["other_sessions"]
    assert [session["user"] for session in others] == ["amina"]
    assert others[0]["is_editing"]
