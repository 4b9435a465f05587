"""The transcript in Wagtail's revision comparison: one line per cue, « [4:12] Voix off : words », so that
what changed between two revisions reads as text rather than as stored JSON."""

from wagtail.admin.compare import TextFieldComparison, register_comparison_class

from .transcript_field import TranscriptField


def transcript_lines(transcript):
    return "\n".join(
        f"[{cue.clock()}] {cue['speaker_role'] + ' : ' if cue['speaker_role'] else ''}{cue['text']}"
        for cue in transcript
    )


class TranscriptComparison(TextFieldComparison):
    def __init__(self, field, obj_a, obj_b):
        super().__init__(field, obj_a, obj_b)
        self.val_a, self.val_b = transcript_lines(self.val_a), transcript_lines(self.val_b)


register_comparison_class(TranscriptField, comparison_class=TranscriptComparison)
