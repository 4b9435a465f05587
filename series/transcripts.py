"""An episode's transcript as timed cues, and the caption files (WebVTT, SRT) and plain text made from it.

A cue is a start and an optional end (numbers of seconds, never text), an optional speaker role and the words.
The whole transcript is one field (transcript_field.py) rather than a StreamField row per cue: with 500 rows
Wagtail's StreamField script took 10.6 s to draw the edit form, plain rows 1.1 s (bench/transcript_editor.py).
Each cue keeps a stable id, which is what wagtail-localize addresses its words by, so a change to one French
sentence leaves every other English sentence as it is.
"""

import json
import re
import uuid

CUE_KEYS = ("id", "start", "end", "speaker_role", "text")
TIME = re.compile(r"^(?:(\d+):)?(?:(\d+):)?(\d+(?:[.,]\d+)?)$")


def clock(seconds):
    """Seconds as the players show them: m:ss, or h:mm:ss from an hour on."""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def precise_clock(seconds):
    """A clock that keeps the milliseconds a caption file gave (4:12.5), for the editor's time inputs."""
    whole, millis = divmod(round(seconds * 1000), 1000)
    return clock(whole) + (f".{millis:03d}".rstrip("0") if millis else "")


def parse_time(text):
    """Seconds from what an editor typed: 252, 252.5, 4:12, 4:12,5 or 1:04:12; ValueError otherwise."""
    found = TIME.match(text.strip().replace(" ", ""))
    if not found:
        raise ValueError(text)
    first, second, secs = found.groups()
    hours, minutes = (first, second) if second is not None else (None, first)
    if (minutes is not None or hours is not None) and float(secs.replace(",", ".")) >= 60:
        raise ValueError(text)
    if hours is not None and int(minutes) >= 60:
        raise ValueError(text)
    return round(int(hours or 0) * 3600 + int(minutes or 0) * 60 + float(secs.replace(",", ".")), 3)


class Cue(dict):
    """One timed sentence: a dict (so it is stored and compared as JSON) with what templates ask of it."""

    def clock(self):
        return clock(self["start"])

    def seconds(self):
        return int(self["start"])


def new_cue_id():
    return str(uuid.uuid4())


def as_cue(item):
    """A Cue from a stored cue or a StreamField segment ({type, value, id}) of the former storage; a cue
    without an id gets one."""
    if "value" in item:
        item = {**(item.get("value") or {}), "id": item.get("id")}
    end = item.get("end")
    return Cue(
        id=item.get("id") or new_cue_id(),
        start=float(item.get("start") or 0),
        end=None if end in (None, "") else float(end),
        speaker_role=item.get("speaker_role") or "",
        text=item.get("text") or "",
    )


def as_transcript(value):
    """A list of Cues from whatever holds a transcript: stored JSON, a revision's copy (a JSON string in
    revisions written before cues had one field), or a list of cues or former segments."""
    if value in (None, ""):
        return []
    if isinstance(value, str):
        value = json.loads(value)
    return [item if isinstance(item, Cue) else as_cue(item) for item in value]


def cues(transcript, duration_seconds=None):
    """(start, end, speaker role, text) of each cue, an end filled in from the next start."""
    found = []
    for index, cue in enumerate(transcript):
        end = cue["end"]
        if end is None:
            if index + 1 < len(transcript):
                end = transcript[index + 1]["start"]
            else:
                end = duration_seconds if duration_seconds and duration_seconds > cue["start"] else cue["start"] + 5
        found.append((cue["start"], end, cue["speaker_role"], cue["text"]))
    return found


def timestamp(seconds, separator):
    milliseconds = round(seconds * 1000)
    hours, rest = divmod(milliseconds, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{separator}{millis:03d}"


def cue_text(role, text, voice_tag):
    text = " ".join(text.split())
    if not role:
        return text
    return f"<v {role}>{text}" if voice_tag else f"{role} : {text}"


def as_webvtt(cue_list):
    blocks_ = ["WEBVTT"]
    for start, end, role, text in cue_list:
        blocks_.append(f"{timestamp(start, '.')} --> {timestamp(end, '.')}\n{cue_text(role, text, voice_tag=True)}")
    return "\n\n".join(blocks_) + "\n"


def as_srt(cue_list):
    blocks_ = []
    for number, (start, end, role, text) in enumerate(cue_list, start=1):
        blocks_.append(
            f"{number}\n{timestamp(start, ',')} --> {timestamp(end, ',')}\n{cue_text(role, text, voice_tag=False)}"
        )
    return "\n\n".join(blocks_) + "\n"


def as_text(title, cue_list):
    lines = [title, ""]
    for start, _end, role, text in cue_list:
        speaker = f" {role} :" if role else ""
        lines.append(f"[{clock(start)}]{speaker} {' '.join(text.split())}")
    return "\n".join(lines) + "\n"
