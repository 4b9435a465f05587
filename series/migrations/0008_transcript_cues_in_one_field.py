"""The transcript's cues move from one StreamField row each into one field: each row's id, times, speaker role
and words are kept, so wagtail-localize's translations (addressed by `<id>.text`) are still found."""

import json

from django.db import migrations

import series.transcript_field


def rows_to_cues(apps, schema_editor):
    EpisodePage = apps.get_model("series", "EpisodePage")
    # The field reads the former rows ({type, value, id}) as cues; writing them back stores the new shape.
    for pk, transcript in EpisodePage.objects.values_list("pk", "transcript"):
        EpisodePage.objects.filter(pk=pk).update(transcript=[dict(cue) for cue in transcript])


def cues_to_rows(apps, schema_editor):
    EpisodePage = apps.get_model("series", "EpisodePage")
    table, key = EpisodePage._meta.db_table, EpisodePage._meta.pk.column
    for pk, transcript in EpisodePage.objects.values_list("pk", "transcript"):
        rows = [
            {"type": "segment", "id": cue["id"], "value": {name: cue[name] for name in ("start", "end", "speaker_role", "text")}}
            for cue in transcript
        ]
        # Written as SQL: through the model, the field would turn the rows back into cues.
        schema_editor.execute(f"UPDATE {table} SET transcript = %s WHERE {key} = %s", [json.dumps(rows), pk])


class Migration(migrations.Migration):
    dependencies = [
        ("series", "0007_episode_audio"),
    ]

    operations = [
        migrations.AlterField(
            model_name="episodepage",
            name="transcript",
            field=series.transcript_field.TranscriptField(
                blank=True,
                default=list,
                help_text="Ce qui est dit dans la vidéo, segment par segment. Début et fin au format 4:12 (ou en "
                "secondes : 252) ; la fin peut rester vide. Les visiteurs lisent et choisissent un moment, les "
                "sous-titres en sont faits.",
                verbose_name="transcription",
            ),
        ),
        migrations.RunPython(rows_to_cues, cues_to_rows),
    ]
