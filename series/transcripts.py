"""An episode's transcript as timed segments, and the caption files (WebVTT, SRT) and plain text made from it.

Times are numbers of seconds (FloatBlock), never text: wagtail-localize leaves them out of what translators
see and copies them into every language, so only the words are translated, segment by segment (each block
keeps its id, so a change to one French sentence leaves every other English sentence as it is).
"""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _

from wagtail import blocks


def clock(seconds):
    """Seconds as the players show them: m:ss, or h:mm:ss from an hour on."""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class SegmentValue(blocks.StructValue):
    def clock(self):
        return clock(self["start"])

    def seconds(self):
        return int(self["start"])


class TranscriptSegmentBlock(blocks.StructBlock):
    start = blocks.FloatBlock(
        min_value=0, label=_("Début"), help_text=_("En secondes depuis le début de la vidéo : 252 pour 4:12.")
    )
    end = blocks.FloatBlock(
        required=False,
        min_value=0,
        label=_("Fin"),
        help_text=_("Facultatif : en secondes. Sinon, au début du suivant."),
    )
    speaker_role = blocks.CharBlock(
        required=False,
        max_length=80,
        label=_("Qui parle"),
        help_text=_("Un rôle, jamais un nom : « Travailleuse paire »."),
    )
    text = blocks.TextBlock(label=_("Paroles"))

    class Meta:
        icon = "openquote"
        label = _("Segment")
        label_format = "{start} s — {text}"
        value_class = SegmentValue

    def clean(self, value):
        value = super().clean(value)
        if value.get("end") is not None and value["end"] <= value["start"]:
            raise blocks.StructBlockValidationError(
                block_errors={"end": ErrorList([ValidationError(_("La fin doit venir après le début."))])}
            )
        return value


class TranscriptBlock(blocks.StreamBlock):
    segment = TranscriptSegmentBlock()

    def clean(self, value):
        value = super().clean(value)
        starts = [child.value["start"] for child in value]
        late = [index for index, (before, after) in enumerate(zip(starts, starts[1:], strict=False)) if after < before]
        if late:
            raise blocks.StreamBlockValidationError(
                non_block_errors=ErrorList(
                    [
                        _(
                            "Les segments doivent se suivre dans le temps : "
                            "le segment %(n)s commence avant le précédent."
                        )
                        % {"n": late[0] + 2}
                    ]
                )
            )
        return value


def cues(transcript, duration_seconds=None):
    """(start, end, speaker role, text) of each segment, an end filled in from the next start."""
    segments = [child.value for child in transcript]
    found = []
    for index, segment in enumerate(segments):
        end = segment.get("end")
        if end is None:
            if index + 1 < len(segments):
                end = segments[index + 1]["start"]
            else:
                end = (
                    duration_seconds
                    if duration_seconds and duration_seconds > segment["start"]
                    else segment["start"] + 5
                )
        found.append((segment["start"], end, segment.get("speaker_role") or "", segment["text"]))
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
