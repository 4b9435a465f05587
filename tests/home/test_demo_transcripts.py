"""The demo episodes' timed transcripts: well formed, in step with the quotes, translated consistently."""

import pytest

from home.demo_content import EPISODES, T, english_for_french
from home.demo_transcripts import DURATIONS, TRANSCRIPT_ONLY_WORDS, TRANSCRIPTS, check

EPISODE_NUMBERS = [episode["number"] for episode in EPISODES]


def seconds(moment):
    minutes, secs = moment.split(":")
    return float(int(minutes) * 60 + int(secs))


def timed_quotes(episode):
    return [value for kind, value in episode["body"] if kind == "quote" and value.get("moment")]


def pairs_in(value):
    """Every T pair inside an episode's content, however deeply it is nested."""
    if isinstance(value, T):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from pairs_in(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from pairs_in(item)


def test_every_demo_episode_has_a_transcript_as_long_as_its_video():
    assert sorted(TRANSCRIPTS) == sorted(EPISODE_NUMBERS)
    assert {episode["number"]: episode["duration"].total_seconds() for episode in EPISODES} == DURATIONS
    assert check() is None


@pytest.mark.parametrize("number", EPISODE_NUMBERS)
def test_each_timed_quote_is_said_word_for_word_at_its_moment(number):
    episode = next(episode for episode in EPISODES if episode["number"] == number)
    quotes = timed_quotes(episode)
    assert quotes, "the demo episode should have timed quotes"
    by_start = {start: (role, text) for start, _end, role, text in TRANSCRIPTS[number]}
    for quote in quotes:
        role, text = by_start[seconds(quote["moment"])]
        assert text == quote["text"], quote["moment"]
        if quote.get("speaker_role"):
            assert role == quote["speaker_role"], quote["moment"]


@pytest.mark.parametrize("number", EPISODE_NUMBERS)
def test_transcript_only_words_are_said_once_and_nowhere_else_on_the_episode_page(number):
    episode = next(episode for episode in EPISODES if episode["number"] == number)
    page_texts = [text.casefold() for pair in pairs_in(episode) for text in pair]
    words = TRANSCRIPT_ONLY_WORDS[number]
    assert len(words) >= 2
    for word in words:
        segments = [text for _start, _end, _role, text in TRANSCRIPTS[number] if word.fr in text.fr]
        assert len(segments) == 1, word.fr
        assert word.en in segments[0].en, word.en
        for language in (0, 1):
            found_in = [
                text
                for _start, _end, _role, text in TRANSCRIPTS[number]
                if word[language].casefold() in text[language].casefold()
            ]
            assert found_in == segments, word[language]
            assert not [text for text in page_texts if word[language].casefold() in text], word[language]


def test_each_french_text_keeps_one_english_translation_across_the_demo():
    table = english_for_french(TRANSCRIPTS, TRANSCRIPT_ONLY_WORDS)
    for number, segments in TRANSCRIPTS.items():
        for _start, _end, role, text in segments:
            assert table[text.fr] == text.en, (number, text.fr)
            if role is not None:
                assert table[role.fr] == role.en, (number, role.fr)


def test_english_for_french_would_notice_a_second_translation():
    retranslated = T(TRANSCRIPTS[1][0][3].fr, "Another English text")
    with pytest.raises(ValueError, match="Two English texts"):
        english_for_french(TRANSCRIPTS, [retranslated])


def replaced(number, index, segment):
    """A copy of the transcripts where one segment is replaced (or removed, with None)."""
    segments = list(TRANSCRIPTS[number])
    if segment is None:
        del segments[index]
    else:
        segments[index] = segment
    return {**TRANSCRIPTS, number: segments}


def shifted(number, index, start=None, end=None):
    old_start, old_end, role, text = TRANSCRIPTS[number][index]
    new_start = old_start if start is None else start
    new_end = old_end if end is None else end
    return replaced(number, index, (new_start, new_end, role, text))


def retexted(number, index, fr=None, en=None):
    start, end, role, text = TRANSCRIPTS[number][index]
    return replaced(number, index, (start, end, role, T(fr or text.fr, en or text.en)))


BROKEN = [
    ("not at zero", lambda: shifted(1, 0, start=0.5), "Episode 1, segment 0: .*not 0"),
    (
        "out of order",
        lambda: shifted(2, 6, start=TRANSCRIPTS[2][5][0] - 1, end=TRANSCRIPTS[2][5][0] + 5),
        "Episode 2, segment 6: .*not after",
    ),
    ("overlap", lambda: shifted(1, 4, start=TRANSCRIPTS[1][3][1] - 1), "Episode 1, segment 4: .*before the previous"),
    ("too short", lambda: shifted(2, 3, end=TRANSCRIPTS[2][3][0] + 3), "Episode 2, segment 3: lasts 3 s"),
    ("too long", lambda: shifted(1, 10, end=TRANSCRIPTS[1][10][0] + 15), "Episode 1, segment 10: lasts 15 s"),
    ("after the video", lambda: shifted(1, -1, end=253.0), "Episode 1, segment 29: .*after the end of the video"),
    ("gap", lambda: replaced(2, 12, None), "Episode 2, segment 12: .*no transcript"),
    ("too long a text", lambda: retexted(1, 2, en="Yes. " + "a" * 160), "Episode 1, segment 2: the English text has"),
    ("three sentences", lambda: retexted(2, 8, fr="Oui. Non. Peut-être."), "Episode 2, segment 8: .*sentences"),
    ("empty", lambda: retexted(2, 1, fr=" "), "Episode 2, segment 1: the French text is empty"),
    ("too fast", lambda: retexted(1, 6, fr="Oui, " * 30), "Episode 1, segment 6: .*too many to say"),
    (
        "role not a pair",
        lambda: replaced(1, 3, (22.0, 30.5, "Peer worker", TRANSCRIPTS[1][3][3])),
        "Episode 1, segment 3: the text must be",
    ),
]


@pytest.mark.parametrize(("mutate", "message"), [case[1:] for case in BROKEN], ids=[case[0] for case in BROKEN])
def test_check_names_the_episode_and_segment_that_break_a_rule(mutate, message):
    with pytest.raises(ValueError, match=message):
        check(mutate())


def test_check_rejects_too_few_segments_and_an_untranscribed_ending():
    with pytest.raises(ValueError, match="Episode 1: 23 segments"):
        check({**TRANSCRIPTS, 1: TRANSCRIPTS[1][:23]})
    with pytest.raises(ValueError, match="Episode 2: the last 8 s"):
        check(replaced(2, -1, None))
