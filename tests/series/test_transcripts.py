"""An episode's timed transcript: shown with a link to each moment, and served as WebVTT and SRT captions and
as plain text in each language, built from the same segments."""

import io
import json
import re
from html import unescape

import pytest
import webvtt

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.documents.models import Document
from wagtail.models import PageViewRestriction

from home.demo_transcripts import TRANSCRIPTS
from series.models import EpisodePage
from series.transcripts import as_webvtt, clock, cues

LANGUAGES = ("fr", "en")


def episodes(number):
    return {language: EpisodePage.objects.get(locale__language_code=language, number=number) for language in LANGUAGES}


def captions(client, page, language, extension="vtt"):
    return client.get(f"{page.url}captions.{language}.{extension}")


@pytest.mark.parametrize("number", [1, 2])
def test_each_episode_serves_webvtt_in_both_languages_with_the_same_times(client, number):
    pages = episodes(number)
    read = {}
    for language in LANGUAGES:
        response = captions(client, pages["fr"], language)
        assert response.status_code == 200 and response["Content-Type"].startswith("text/vtt")
        read[language] = webvtt.from_buffer(io.StringIO(response.content.decode()))
    assert len(read["fr"]) == len(TRANSCRIPTS[number]) >= 20
    assert [(cue.start, cue.end) for cue in read["fr"]] == [(cue.start, cue.end) for cue in read["en"]]
    first = TRANSCRIPTS[number][0][3]
    assert read["fr"].captions[0].text.endswith(first.fr) and read["en"].captions[0].text.endswith(first.en)
    # The English page offers the same files at its own address.
    assert captions(client, pages["en"], "en").content == captions(client, pages["fr"], "en").content


def test_srt_and_plain_text_are_served_too(client):
    page = episodes(2)["en"]
    srt = captions(client, page, "en", "srt")
    assert srt.status_code == 200 and srt["Content-Type"].startswith("application/x-subrip")
    assert len(webvtt.from_buffer(io.StringIO(srt.content.decode()), format="srt")) == len(TRANSCRIPTS[2])
    text = client.get(f"{page.url}transcription.en.txt")
    assert text.status_code == 200 and text["Content-Type"].startswith("text/plain")
    assert f"[{clock(TRANSCRIPTS[2][1][0])}]" in text.content.decode()
    assert TRANSCRIPTS[2][1][3].en in text.content.decode()


@pytest.mark.parametrize("suffix", ["captions.de.vtt", "captions.fr.txt", "transcription.fr.vtt", "../captions.fr.vtt"])
def test_unknown_languages_and_formats_answer_404(client, suffix):
    assert client.get(episodes(1)["fr"].url + suffix).status_code == 404


def test_a_private_episode_keeps_its_words_behind_its_password(client):
    page = episodes(1)["fr"]
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret")
    assert captions(client, page, "fr").status_code == 404


def test_the_page_lists_each_segment_with_a_link_to_its_moment(client):
    page = episodes(1)["en"]
    html = client.get(page.url).content.decode()
    text_only = unescape(html)
    watch = page.video.watch_url
    for start, _end, _role, text in TRANSCRIPTS[1]:
        # Without JavaScript, the provider's page at that moment; with it, the site's own player from there.
        assert f'href="{watch}&amp;t={int(start)}s" data-video-seek="{int(start)}"' in html
        assert f'id="t={int(start)}"' in html
        assert text.en in text_only
    assert f'href="{page.url}captions.en.vtt" download' in html
    size = len(client.get(f"{page.url}transcription.en.txt").content)
    assert f"Download the transcript (text, {size / 1024:.1f} KB)" in text_only.replace("\xa0", " ")


def test_an_end_left_empty_is_the_next_segments_start_and_the_last_ends_with_the_video():
    transcript = [
        {"start": 0.0, "end": None, "speaker_role": "", "text": "Un"},
        {"start": 4.5, "end": 6.0, "speaker_role": "Voix off", "text": "Deux"},
        {"start": 8.0, "end": None, "speaker_role": "", "text": "Trois"},
    ]
    episode = EpisodePage(transcript=transcript)
    found = cues(episode.transcript, duration_seconds=12)
    assert [(start, end) for start, end, _role, _text in found] == [(0.0, 4.5), (4.5, 6.0), (8.0, 12)]
    vtt = as_webvtt(found)
    assert "00:00:04.500 --> 00:00:06.000\n<v Voix off>Deux" in vtt


def episode_queries(client, page, segments):
    page.transcript = [
        {"start": index * 5.0, "end": None, "speaker_role": "", "text": f"Phrase {index}."} for index in range(segments)
    ]
    page.save_revision().publish()
    client.get(page.url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(page.url).status_code == 200
    return len(captured.captured_queries)


def test_the_episode_page_costs_the_same_queries_with_10_or_500_segments(client, settings):
    settings.PAGE_CACHE_ENABLED = False
    page = episodes(2)["fr"]
    assert episode_queries(client, page, 10) == episode_queries(client, page, 500)


def test_the_videos_structured_data_holds_its_transcript_and_a_clip_per_quoted_moment(client):
    page = episodes(2)["en"]
    html = client.get(page.url).content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["transcript"].startswith(TRANSCRIPTS[2][0][3].en)
    moments = [clip["startOffset"] for clip in data["hasPart"]]
    quoted = [block.value.seconds for block in page.body if block.block_type == "quote" and block.value.seconds]
    assert moments == quoted and len(moments) >= 2
    assert all(clip["url"].endswith(f"{page.url}#t={clip['startOffset']}") for clip in data["hasPart"])


def audio_document(name, content=b"ID3" + b"\0" * 2048):
    return Document.objects.create(title="Version audio", file=SimpleUploadedFile(name, content))


def test_an_audio_version_is_offered_but_never_downloaded_before_the_visitor_asks(client):
    page = episodes(2)["fr"]
    page.audio = audio_document("faire-du-lien.mp3")
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert f'<audio controls preload="none" src="{page.audio.url}"></audio>' in html
    assert "2,0\xa0Kio" in html and "5:05" in html  # 2,051 bytes, as Django says it in French


def test_an_audio_version_must_be_mp3_or_ogg(client):
    page = episodes(2)["fr"]
    page.audio = audio_document("notes.pdf", b"%PDF-1.4")
    with pytest.raises(ValidationError) as refused:
        page.full_clean()
    assert "audio" in refused.value.message_dict
