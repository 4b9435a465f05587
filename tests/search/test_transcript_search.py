"""A search for words spoken only in a video lands on the moment: the transcript's sentence, its time and a
link to the episode at that time, in both languages."""

import re
from html import unescape

import pytest

from home.demo_transcripts import TRANSCRIPT_ONLY_WORDS, TRANSCRIPTS
from series.models import EpisodePage
from series.transcripts import clock

SEARCH = {"fr": "/fr/recherche/", "en": "/en/search/"}


def spoken_at(number, words, language):
    """The start of the one segment of that episode whose text holds these words."""
    for start, _end, _role, text in TRANSCRIPTS[number]:
        if words in getattr(text, language):
            return int(start)
    raise AssertionError(words)


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("number", [1, 2])
def test_a_word_spoken_only_in_the_video_finds_the_episode_at_that_moment(client, language, number):
    words = getattr(TRANSCRIPT_ONLY_WORDS[number][1], language)  # every word of it absent from the text
    episode = EpisodePage.objects.get(locale__language_code=language, number=number)
    html = client.get(SEARCH[language], {"q": words}).content.decode()
    results = re.findall(r'<li class="search-result">(.*?)</li>', html, re.S)
    found = next(result for result in results if episode.title in result)
    seconds = spoken_at(number, words, language)
    assert f'href="{episode.url}#t={seconds}"' in found
    assert clock(seconds) in found
    assert "<mark>" in found
    assert words.lower() in unescape(re.sub(r"<[^>]+>", "", found)).lower()
