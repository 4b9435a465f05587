"""Editors import a caption file into an episode's transcript: a broken or overlapping file is refused with
the line at fault and the transcript kept; a good one replaces the segments, keeping their ids and so their
English translations; one French sentence changed leaves every other English sentence translated."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase

from series.caption_import import CaptionFileError, read_captions
from series.models import EpisodePage
from tests.support.forms import episode_form_data_from_page
from tests.support.localize import translation_for, untranslated_segments

GOOD_VTT = """WEBVTT

00:00:00.000 --> 00:00:04.500
<v Voix off>Épisode deux, importé.

00:00:04.500 --> 00:00:09.000
Une deuxième phrase.

00:00:09.000 --> 00:00:15.250
<v Travailleuse paire>Et une troisième.
"""


def test_a_good_webvtt_file_gives_its_cues_with_their_speakers():
    cues = read_captions(GOOD_VTT.encode(), "episode.vtt")
    assert cues == [
        (0.0, 4.5, "Voix off", "Épisode deux, importé."),
        (4.5, 9.0, "", "Une deuxième phrase."),
        (9.0, 15.25, "Travailleuse paire", "Et une troisième."),
    ]


def test_an_srt_file_is_read_too():
    srt = "1\n00:00:01,000 --> 00:00:03,000\nBonjour.\n\n2\n00:00:03,500 --> 00:00:06,000\nAu revoir.\n"
    assert read_captions(srt.encode(), "episode.srt") == [(1.0, 3.0, "", "Bonjour."), (3.5, 6.0, "", "Au revoir.")]


def refused_line(text, name="episode.vtt"):
    try:
        read_captions(text.encode() if isinstance(text, str) else text, name)
    except CaptionFileError as error:
        return error.line
    raise AssertionError("accepted")


def test_an_unreadable_time_an_overlap_or_an_empty_cue_is_refused_at_its_line():
    assert refused_line(GOOD_VTT.replace("00:00:04.500 --> 00:00:09.000", "00:00:04.500 --> 9s")) == 6
    assert refused_line(GOOD_VTT.replace("00:00:09.000 --> 00:00:15.250", "00:00:08.000 --> 00:00:15.250")) == 9
    assert refused_line(GOOD_VTT.replace("00:00:04.500 --> 00:00:09.000", "00:00:04.500 --> 00:00:04.000")) == 6
    assert refused_line(GOOD_VTT.replace("Une deuxième phrase.\n", "")) == 6  # a cue without words
    assert refused_line(GOOD_VTT.replace("WEBVTT", "WEBTV")) == 1
    assert refused_line("WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nÉté".encode("latin-1")) == 1


def post_with_file(client, episode, content, name="sous-titres.vtt"):
    data = episode_form_data_from_page(episode) | {"action-publish": "Publier"}
    data["captions_file"] = SimpleUploadedFile(name, content.encode(), content_type="text/vtt")
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(f"/admin/pages/{episode.pk}/edit/", data)


def test_a_broken_file_gives_a_form_error_naming_the_line_and_keeps_the_transcript(admin_client, french):
    episode = EpisodePage.objects.get(locale=french, number=2)
    before = list(episode.transcript)
    response = post_with_file(
        admin_client, episode, GOOD_VTT.replace("00:00:08.000", "x").replace("09.000 -->", "x -->")
    )
    assert response.status_code == 200
    assert "Ligne 9 :" in response.content.decode()
    episode.refresh_from_db()
    assert episode.transcript == before


def test_a_good_file_replaces_the_segments_and_keeps_their_ids(admin_client, french):
    episode = EpisodePage.objects.get(locale=french, number=2)
    ids = [cue["id"] for cue in episode.transcript]
    response = post_with_file(admin_client, episode, GOOD_VTT)
    assert response.status_code == 302, response.content.decode()[:3000]
    episode.refresh_from_db()
    segments = episode.transcript
    assert [segment["text"] for segment in segments] == [
        "Épisode deux, importé.",
        "Une deuxième phrase.",
        "Et une troisième.",
    ]
    assert [segment["id"] for segment in segments] == ids[:3]


def test_changing_one_french_segment_and_syncing_leaves_every_other_english_segment_translated(french, english):
    episode = EpisodePage.objects.get(locale=french, number=1)
    translation = translation_for(episode, english)
    assert untranslated_segments(translation) == []
    cues = episode.transcript
    cues[4] = {**cues[4], "text": "Une phrase toute neuve sur la maraude du soir."}
    episode.transcript = cues
    episode.save_revision().publish()
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.source.update_from_db()
    left = untranslated_segments(translation)
    assert [segment.string.data for segment in left] == ["Une phrase toute neuve sur la maraude du soir."]
