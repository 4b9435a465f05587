"""The transcript editor: one plain form row per cue, posted as parallel lists (transcript-start, -text…).

Server-drawn inputs rather than StreamField blocks: the browser only lays out HTML, and a little script adds
and removes rows. Empty rows are dropped; a row that cannot be read is named by its number, and the editor's
rows come back as typed, so nothing is lost.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .transcripts import CUE_KEYS, Cue, as_transcript, new_cue_id, parse_time, precise_clock

SPEAKER_MAX_LENGTH = 80
ID_MAX_LENGTH = 64


def posted_rows(data, name):
    """The rows as posted, in order: dicts of the strings typed (QueryDicts and plain dicts alike)."""

    def values(key):
        getter = getattr(data, "getlist", None)
        found = getter(f"{name}-{key}") if getter else data.get(f"{name}-{key}", [])
        return list(found) if isinstance(found, list | tuple) else [found]

    columns = {key: values(key) for key in CUE_KEYS}
    count = max(len(column) for column in columns.values())
    return [
        {key: (columns[key][index] if index < len(columns[key]) else "") or "" for key in CUE_KEYS}
        for index in range(count)
    ]


def is_posted(value):
    """Whether a value is rows as typed (strings), rather than cues (numbers) from the page."""
    return bool(value) and all(type(row) is dict and isinstance(row.get("start"), str) for row in value)


def parsed_time(text, problem, problems):
    try:
        return parse_time(text) if text.strip() else None
    except ValueError:
        problems.append(problem)
        return None


def read_row(row, previous_start):
    """(Cue or None, its start, problems) for one posted row; previous_start is the row before it's start."""
    problems = []
    start = parsed_time(row["start"], _("le début est illisible (écrivez 4:12 ou 252)."), problems)
    end = parsed_time(row["end"], _("la fin est illisible (écrivez 4:15 ou 255)."), problems)
    if start is None and not problems:
        problems.append(_("le début manque."))
    if start is not None and end is not None and end <= start:
        problems.append(_("la fin doit venir après le début."))
    if start is not None and previous_start is not None and start < previous_start:
        problems.append(_("ce segment commence avant le précédent : les segments se suivent dans le temps."))
    text = " ".join(row["text"].split())
    if not text:
        problems.append(_("les paroles manquent."))
    role = " ".join(row["speaker_role"].split())
    if len(role) > SPEAKER_MAX_LENGTH:
        problems.append(_("« Qui parle » tient en %(max)s caractères.") % {"max": SPEAKER_MAX_LENGTH})
    if problems:
        return None, start, problems
    cue = Cue(id=row["id"].strip()[:ID_MAX_LENGTH], start=start, end=end, speaker_role=role, text=text)
    return cue, start, []


def is_blank(row):
    return not any(row[key].strip() for key in ("start", "end", "speaker_role", "text"))


def read_rows(rows):
    """(cues, {row number: problems}) for the posted rows, blank rows left out, each id kept once."""
    found, problems, seen_ids, previous_start = [], {}, set(), None
    for number, row in enumerate((row for row in rows if not is_blank(row)), start=1):
        cue, start, row_problems = read_row(row, previous_start)
        previous_start = start if start is not None else previous_start
        if row_problems:
            problems[number] = row_problems
            continue
        if not cue["id"] or cue["id"] in seen_ids:
            cue["id"] = new_cue_id()  # a new row, or a copy of another row's id
        seen_ids.add(cue["id"])
        found.append(cue)
    return found, problems


class TranscriptEditor(forms.Widget):
    template_name = "series/widgets/transcript_editor.html"

    class Media:
        css = {"all": ["series/transcript-editor.css"]}
        js = ["series/transcript-editor.js"]

    def value_from_datadict(self, data, files, name):
        return posted_rows(data, name)

    def value_omitted_from_data(self, data, files, name):
        # The hidden marker is posted even when every row was removed: no rows then means no transcript.
        return name not in data

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["rows"] = self.rows(value)
        return context

    def format_value(self, value):
        return value

    def rows(self, value):
        """The rows to draw: stored cues with their times as clocks, or posted rows as typed, with problems."""
        if is_posted(value):
            _cues, problems = read_rows(value)
            drawn = [row for row in value if not is_blank(row)]
            return [{**row, "problems": problems.get(number, [])} for number, row in enumerate(drawn, start=1)]
        return [
            {
                "id": cue["id"],
                "start": precise_clock(cue["start"]),
                "end": "" if cue["end"] is None else precise_clock(cue["end"]),
                "speaker_role": cue["speaker_role"],
                "text": cue["text"],
                "problems": [],
            }
            for cue in as_transcript(value)
        ]


class TranscriptFormField(forms.Field):
    widget = TranscriptEditor
    default_error_messages = {"rows": gettext_lazy("Segment %(number)s : %(problem)s")}

    def to_python(self, value):
        if not is_posted(value):
            return as_transcript(value)
        cues, problems = read_rows(value)
        if problems:
            raise ValidationError(
                [
                    ValidationError(
                        self.error_messages["rows"], code="rows", params={"number": number, "problem": problem}
                    )
                    for number, row_problems in problems.items()
                    for problem in row_problems
                ]
            )
        return cues

    def has_changed(self, initial, data):
        try:
            return as_transcript(initial) != self.to_python(data)
        except ValidationError:
            return True
