"""Each block's validation (with the editor's message) and rendering."""

import pytest

from django.utils import translation

from wagtail.blocks.struct_block import StructBlockValidationError

from series.blocks import QuoteBlock, RecommendationBlock, VideoBlock, moment_to_seconds
from series.video import parse_video_url
from tests.support.factories import QuoteBlockFactory, RecommendationBlockFactory, VideoBlockFactory

ACCEPTED = {
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ": ("youtube", "dQw4w9WgXcQ"),
    "https://youtube.com/watch?v=dQw4w9WgXcQ&t=42s": ("youtube", "dQw4w9WgXcQ"),
    "https://youtu.be/dQw4w9WgXcQ": ("youtube", "dQw4w9WgXcQ"),
    "https://www.youtube.com/shorts/dQw4w9WgXcQ": ("youtube", "dQw4w9WgXcQ"),
    "https://m.youtube.com/watch?v=dQw4w9WgXcQ": ("youtube", "dQw4w9WgXcQ"),
    "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ": ("youtube", "dQw4w9WgXcQ"),
    "https://vimeo.com/76979871": ("vimeo", "76979871"),
    "https://player.vimeo.com/video/76979871": ("vimeo", "76979871"),
}
REFUSED = [
    "https://www.dailymotion.com/video/x7tgad0",
    "https://example.org/watch?v=dQw4w9WgXcQ",
    "https://www.youtube.com/watch?v=short",
    "https://www.youtube.com/channel/UC1234567890",
    "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
    "javascript:alert(1)",
    "ftp://vimeo.com/76979871",
    "https://vimeo.com/channels/staffpicks",
    "",
]


@pytest.mark.parametrize(("url", "expected"), ACCEPTED.items())
def test_youtube_and_vimeo_addresses_are_recognised(url, expected):
    video = parse_video_url(url)
    assert (video.provider, video.video_id) == expected


@pytest.mark.parametrize("url", REFUSED)
def test_other_addresses_are_not_videos(url):
    assert parse_video_url(url) is None


def test_player_addresses_are_privacy_enhanced():
    assert (
        parse_video_url("https://youtu.be/dQw4w9WgXcQ")
        .embed_url()
        .startswith("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?")
    )
    assert "dnt=1" in parse_video_url("https://vimeo.com/76979871").embed_url()


@pytest.mark.parametrize("url", ["https://www.dailymotion.com/video/x7tgad0", "https://example.org/film.mp4"])
def test_video_block_refuses_other_hosts_with_a_clear_message(url):
    with translation.override("fr"):
        with pytest.raises(StructBlockValidationError) as error:
            VideoBlock().clean(VideoBlockFactory(url=url))
        message = str(error.value.block_errors["url"].messages[0])
    assert "YouTube" in message and "Vimeo" in message and "acceptées" in message


def test_video_block_accepts_youtube():
    value = VideoBlock().clean(VideoBlockFactory(url="https://youtu.be/dQw4w9WgXcQ"))
    assert value.embed_url.startswith("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")


def test_video_renders_a_facade_that_contacts_no_third_party():
    value = VideoBlockFactory(url="https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    with translation.override("fr"):
        html = VideoBlock().render(value)
    assert "<iframe" not in html
    assert "<img" not in html  # no thumbnail fetched from the video host
    assert 'data-video-embed="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?' in html
    assert '<button type="button" class="video__play"' in html
    assert 'href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"' in html  # works without JavaScript


@pytest.mark.parametrize(("moment", "seconds"), [("00:48", 48), ("1:05", 65), ("1:02:03", 3723), ("7:60", None)])
def test_a_moment_in_the_video_is_read_as_seconds(moment, seconds):
    assert moment_to_seconds(moment) == seconds


def test_quote_block_refuses_a_badly_written_moment():
    with translation.override("fr"):
        with pytest.raises(StructBlockValidationError) as error:
            QuoteBlock().clean(QuoteBlockFactory(moment="2min"))
        assert "mm:ss" in str(error.value.block_errors["moment"].messages[0])


def test_quote_block_requires_the_words():
    with pytest.raises(StructBlockValidationError) as error:
        QuoteBlock().clean(QuoteBlockFactory(text=""))
    assert "text" in error.value.block_errors


def test_quote_renders_as_blockquote_with_the_speaker_in_cite():
    value = QuoteBlockFactory(text="On avance à son rythme.", speaker_role="Travailleuse paire", moment="01:20")
    with translation.override("fr"):
        html = QuoteBlock().render(value)
    assert "<blockquote><p>On avance à son rythme.</p></blockquote>" in html
    assert "<figcaption>" in html and "<cite>Travailleuse paire</cite>" in html
    assert 'data-video-seek="80"' in html


def test_quote_without_moment_or_role_renders_no_caption():
    html = QuoteBlock().render(QuoteBlockFactory(speaker_role="", moment=""))
    assert "<figcaption>" not in html and "data-video-seek" not in html


def test_quote_text_is_escaped():
    html = QuoteBlock().render(QuoteBlockFactory(text="<script>alert(1)</script>"))
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_recommendation_renders_as_a_labelled_aside_naming_its_audience():
    value = RecommendationBlockFactory(title="Définir les missions", audience="structures")
    with translation.override("fr"):
        html = RecommendationBlock().render(value, context={"block_id": "abc"})
    assert '<aside class="recommendation" aria-labelledby="recommendation-abc">' in html
    assert 'id="recommendation-abc">Définir les missions</h2>' in html
    assert "pour : Structures" in html


def test_an_english_recommendation_names_its_audience_in_english():
    value = RecommendationBlockFactory(audience="structures")
    with translation.override("en"):
        assert "for: Organisations" in RecommendationBlock().render(value, context={"block_id": "abc"})


def test_recommendation_requires_title_and_text():
    with pytest.raises(StructBlockValidationError) as error:
        RecommendationBlock().clean(RecommendationBlockFactory(title="", text=""))
    assert {"title", "text"} <= set(error.value.block_errors)
