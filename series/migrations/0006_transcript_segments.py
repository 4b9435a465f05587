"""The transcript becomes timed segments: each paragraph of a rich-text transcript becomes one segment, its
text kept word for word and its start at 0 s until an editor times it (or imports a caption file)."""

import re
import uuid
from html import unescape

import wagtail.fields
from django.db import migrations

PARAGRAPH = re.compile(r"<(p|h[1-6]|li)[^>]*>(.*?)</\1>", re.S | re.I)
TAG = re.compile(r"<[^>]+>")


def paragraphs(html):
    found = [unescape(TAG.sub("", inner)).strip() for _tag, inner in PARAGRAPH.findall(html or "")]
    if not found and (html or "").strip():
        found = [unescape(TAG.sub(" ", html)).strip()]
    return [" ".join(text.split()) for text in found if text.strip()]


def to_segments(apps, schema_editor):
    EpisodePage = apps.get_model("series", "EpisodePage")
    for page in EpisodePage.objects.exclude(transcript="").exclude(transcript__isnull=True):
        page.transcript_segments = [
            {"type": "segment", "id": str(uuid.uuid4()), "value": {"start": 0.0, "end": None, "speaker_role": "", "text": text}}
            for text in paragraphs(page.transcript)
        ]
        page.save(update_fields=["transcript_segments"])


class Migration(migrations.Migration):

    dependencies = [
        ("series", "0005_author_permissions"),
    ]

    operations = [
        migrations.AddField(
            model_name='episodepage',
            name='transcript_segments',
            field=wagtail.fields.StreamField([('segment', 4)], blank=True, block_lookup={0: ('wagtail.blocks.FloatBlock', (), {'help_text': 'En secondes depuis le début de la vidéo : 252 pour 4:12.', 'label': 'Début', 'min_value': 0}), 1: ('wagtail.blocks.FloatBlock', (), {'help_text': 'Facultatif : en secondes. Sinon, au début du suivant.', 'label': 'Fin', 'min_value': 0, 'required': False}), 2: ('wagtail.blocks.CharBlock', (), {'help_text': 'Un rôle, jamais un nom : « Travailleuse paire ».', 'label': 'Qui parle', 'max_length': 80, 'required': False}), 3: ('wagtail.blocks.TextBlock', (), {'label': 'Paroles'}), 4: ('wagtail.blocks.StructBlock', [[('start', 0), ('end', 1), ('speaker_role', 2), ('text', 3)]], {})}, help_text='Ce qui est dit dans la vidéo, segment par segment, chacun avec son début en secondes ; les visiteurs lisent et choisissent un moment, les sous-titres en sont faits.', verbose_name='transcription'),
        ),
        migrations.RunPython(to_segments, migrations.RunPython.noop),
        migrations.RemoveField(model_name="episodepage", name="transcript"),
        migrations.RenameField(model_name="episodepage", old_name="transcript_segments", new_name="transcript"),
    ]
