"""The transcript's model field: every cue in one JSON column, one translatable segment per cue.

wagtail-localize asks a field for get_translatable_segments() and restore_translated_segments(): each cue
yields its words (and its speaker role) at the path `<cue id>.text`, the paths the former StreamField rows
had, so translations made before the move are still found. Times are not segments: the English transcript
is rebuilt from the French one, so its times always follow the French ones.
"""

from django.db import models
from django.db.models.query_utils import DeferredAttribute

from wagtail_localize.segments import StringSegmentValue

from .transcript_form import TranscriptFormField
from .transcripts import Cue, as_transcript

TRANSLATED_KEYS = ("text", "speaker_role")


class TranscriptDescriptor(DeferredAttribute):
    """Whatever is assigned (stored JSON, a revision's copy, cues or segments) is read as a list of Cues."""

    def __set__(self, instance, value):
        instance.__dict__[self.field.attname] = as_transcript(value)


class TranscriptField(models.JSONField):
    descriptor_class = TranscriptDescriptor

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        return as_transcript(super().from_db_value(value, expression, connection))

    def to_python(self, value):
        return as_transcript(value)

    def get_prep_value(self, value):
        return super().get_prep_value([dict(cue) for cue in as_transcript(value)])

    def formfield(self, **kwargs):
        # Field's own formfield(): JSONField's would hand the form field an encoder and decoder it has no use for.
        # No hidden copy of the initial value (Django adds one for a callable default): it would repeat every
        # cue in the form.
        return models.Field.formfield(
            self, **{"form_class": TranscriptFormField, "show_hidden_initial": False, **kwargs}
        )

    def get_translatable_segments(self, value):
        return [
            StringSegmentValue(f"{cue['id']}.{key}", cue[key])
            for cue in as_transcript(value)
            for key in TRANSLATED_KEYS
            if cue[key]
        ]

    def restore_translated_segments(self, value, segments):
        translated = {segment.path: segment.render_text() for segment in segments}
        return [
            Cue(cue, **{key: translated.get(f"{cue['id']}.{key}", cue[key]) for key in TRANSLATED_KEYS})
            for cue in as_transcript(value)
        ]
