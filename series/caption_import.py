"""Reading a caption file (WebVTT or SRT) an editor uploads into transcript segments.

webvtt-py parses the file but skips a block it cannot read without a word, so its cues are compared with the
file's own timing lines: a block it dropped, a time it cannot read, an end before its start or a cue that
starts before the previous one ends is refused with the line where it is, and the transcript stays as it was.
"""

import io
import re

import webvtt
from webvtt.errors import MalformedFileError

from django.utils.translation import gettext as _

from .transcripts import Cue, new_cue_id

TIMING = re.compile(r"^\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{3})\s*-->\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{3})(\s|$)")


class CaptionFileError(ValueError):
    def __init__(self, line, problem):
        self.line, self.problem = line, problem
        super().__init__(_("Ligne %(line)s : %(problem)s") % {"line": line, "problem": problem})


def seconds(stamp):
    parts = [float(part) for part in stamp.replace(",", ".").split(":")]
    while len(parts) < 3:
        parts.insert(0, 0.0)
    hours, minutes, secs = parts
    return round(hours * 3600 + minutes * 60 + secs, 3)


def read_captions(data, file_name):
    """(start, end, speaker, text) of each cue of the file, in order, or CaptionFileError."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CaptionFileError(1, _("le fichier n’est pas enregistré en UTF-8.")) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    kind = "srt" if file_name.lower().endswith(".srt") else "vtt"
    lines = text.split("\n")
    if kind == "vtt" and not lines[0].startswith("WEBVTT"):
        raise CaptionFileError(1, _("un fichier WebVTT commence par « WEBVTT ».")) from None
    timings = [(number, line) for number, line in enumerate(lines, start=1) if "-->" in line]
    for number, line in timings:
        if not TIMING.match(line):
            raise CaptionFileError(number, _("horaires illisibles (attendu : 00:01:02.500 --> 00:01:05.000)."))
    try:
        captions = list(webvtt.from_buffer(io.StringIO(text), format=kind))
    except MalformedFileError:
        raise CaptionFileError(timings[0][0] if timings else 1, _("le fichier est mal formé.")) from None
    found = [(seconds(caption.start), seconds(caption.end), caption) for caption in captions]
    expected = [(number, *map(seconds, TIMING.match(line).groups()[:2])) for number, line in timings]
    for index, (number, start, end) in enumerate(expected):
        if index >= len(found) or found[index][:2] != (start, end):
            raise CaptionFileError(number, _("ce bloc est illisible (une ligne vide manque-t-elle avant lui ?)."))
    if not expected:
        raise CaptionFileError(1, _("aucun sous-titre trouvé."))
    cues, previous_end = [], 0.0
    for (number, start, end), (_start, _end, caption) in zip(expected, found, strict=False):
        if end <= start:
            raise CaptionFileError(number, _("la fin vient avant le début."))
        if start < previous_end:
            raise CaptionFileError(number, _("ce sous-titre commence avant la fin du précédent."))
        words = " ".join(caption.text.split())
        if not words:
            raise CaptionFileError(number, _("ce sous-titre n’a pas de texte."))
        cues.append((start, end, caption.voice or "", words))
        previous_end = end
    return cues


def as_segments(cues, current_ids):
    """The transcript's cues for the file's cues, reusing the current cues' ids in order: wagtail-localize finds
    each English sentence by its cue's id, so a re-import keeps the translations of unchanged cues."""
    ids = list(current_ids) + [new_cue_id() for _ in range(len(cues) - len(current_ids))]
    return [
        Cue(id=cue_id, start=start, end=end, speaker_role=role, text=text)
        for cue_id, (start, end, role, text) in zip(ids, cues, strict=False)
    ]
