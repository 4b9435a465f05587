"""The transcript's editor: one row per cue in a single field. Rows that cannot be read are named and come
back as typed; kept rows keep their ids (wagtail-localize's address for their English words); the former
StreamField rows are read and migrated with their ids, so translations made before are still found."""

import json
from importlib import import_module

from django.apps import apps
from django.db import connection
from django.test import TestCase

from wagtail_localize.segments.extract import extract_segments

from series.models import EpisodePage
from series.transcripts import as_transcript
from tests.support.forms import episode_form_data_from_page, transcript_rows
from tests.support.localize import translation_for, untranslated_segments

MIGRATION = import_module("series.migrations.0008_transcript_cues_in_one_field")


def post(client, episode, cues=None, **extra):
    data = episode_form_data_from_page(episode) | {"action-publish": "Publier"} | extra
    if cues is not None:
        data |= transcript_rows(cues)
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(f"/admin/pages/{episode.pk}/edit/", data)


def test_the_editor_draws_one_row_per_cue_with_its_times_as_clocks(admin_client, french):
    episode = EpisodePage.objects.get(locale=french, number=1)
    html = admin_client.get(f"/admin/pages/{episode.pk}/edit/").content.decode()
    assert html.count('name="transcript-text"') == len(episode.transcript) + 1  # and the new row's template
    first = episode.transcript[1]
    assert f'name="transcript-id" value="{first["id"]}"' in html
    assert f'name="transcript-start" value="{first.clock()}' in html
    assert 'aria-label="Paroles du segment 2"' in html
    assert 'name="initial-transcript"' not in html  # no second copy of every cue


def test_unreadable_rows_are_named_and_come_back_as_typed_and_nothing_is_saved(admin_client, french):
    episode = EpisodePage.objects.get(locale=french, number=2)
    before = episode.transcript
    rows = [dict(cue) for cue in before]
    rows[1] = {**rows[1], "text": "Ce que j’ai tapé reste là."}
    rows[3] = {**rows[3], "text": ""}
    data = transcript_rows(rows)
    data["transcript-start"][1] = "quatre minutes"
    response = post(admin_client, episode, **data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Segment 2 : le début est illisible (écrivez 4:12 ou 252)." in html
    assert "Segment 4 : les paroles manquent." in html
    assert 'value="quatre minutes"' in html and "Ce que j’ai tapé reste là." in html
    episode.refresh_from_db()
    assert episode.transcript == before


def test_rows_out_of_time_order_or_ending_before_they_start_are_refused(admin_client, french):
    episode = EpisodePage.objects.get(locale=french, number=2)
    rows = [dict(cue) for cue in episode.transcript[:3]]
    rows[1]["start"], rows[2]["end"] = rows[0]["start"] - 1 if rows[0]["start"] >= 1 else 0, rows[2]["start"]
    rows[0]["start"] = max(rows[0]["start"], 1)
    html = post(admin_client, episode, rows).content.decode()
    assert "Segment 2 : ce segment commence avant le précédent" in html
    assert "Segment 3 : la fin doit venir après le début." in html


def test_a_removed_row_an_inserted_row_and_empty_rows_save_with_the_kept_ids(admin_client, french):
    episode = EpisodePage.objects.get(locale=french, number=2)
    cues = episode.transcript
    new = {"start": (cues[0]["start"] + cues[1]["start"]) / 2, "end": None, "speaker_role": "", "text": "Ajoutée."}
    blank = {"start": "", "end": "", "speaker_role": "", "text": ""}
    rows = [cues[0], new, *cues[2:], blank]
    data = transcript_rows([cues[0], new, *cues[2:]])
    for key in blank:
        data[f"transcript-{key}"].append("")
    assert post(admin_client, episode, **data).status_code == 302
    episode.refresh_from_db()
    saved = episode.transcript
    assert [cue["text"] for cue in saved] == [cue["text"] for cue in rows[:-1]]
    assert [cue["id"] for cue in saved[2:]] == [cue["id"] for cue in cues[2:]] and saved[0]["id"] == cues[0]["id"]
    assert saved[1]["id"] not in {cue["id"] for cue in cues} and len(saved[1]["id"]) == 36
    assert saved[1]["start"] == new["start"] and saved[1]["end"] is None


def test_removing_every_row_empties_the_transcript(admin_client, french):
    episode = EpisodePage.objects.get(locale=french, number=2)
    assert post(admin_client, episode, []).status_code == 302
    episode.refresh_from_db()
    assert episode.transcript == []


def test_each_cue_is_one_translatable_segment_at_the_path_its_streamfield_row_had(french):
    episode = EpisodePage.objects.get(locale=french, number=1)
    paths = {segment.path for segment in extract_segments(episode) if segment.path.startswith("transcript.")}
    expected = {f"transcript.{cue['id']}.text" for cue in episode.transcript}
    expected |= {f"transcript.{cue['id']}.speaker_role" for cue in episode.transcript if cue["speaker_role"]}
    assert paths == expected
    assert all(isinstance(cue["start"], float) for cue in episode.transcript)  # times are never segments


def former_rows(cues):
    return [
        {"type": "segment", "id": cue["id"], "value": {k: cue[k] for k in ("start", "end", "speaker_role", "text")}}
        for cue in cues
    ]


def test_the_migration_turns_former_rows_into_cues_and_the_english_translation_is_kept(french, english):
    episode = EpisodePage.objects.get(locale=french, number=1)
    cues = episode.transcript
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE series_episodepage SET transcript = %s WHERE page_ptr_id = %s",
            [json.dumps(former_rows(cues)), episode.pk],
        )
    stored = EpisodePage.objects.values_list("transcript", flat=True).get(pk=episode.pk)
    assert stored == cues  # the field reads the former rows already

    MIGRATION.rows_to_cues(apps, connection.schema_editor())

    with connection.cursor() as cursor:
        cursor.execute("SELECT transcript FROM series_episodepage WHERE page_ptr_id = %s", [episode.pk])
        raw = cursor.fetchone()[0]
    raw = json.loads(raw) if isinstance(raw, str) else raw
    assert raw == [dict(cue) for cue in cues] and "type" not in raw[0]
    translation = translation_for(episode, english)
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.source.update_from_db()
    assert untranslated_segments(translation) == []


def test_a_revision_saved_with_former_rows_still_opens_as_cues(french):
    episode = EpisodePage.objects.get(locale=french, number=1)
    revision = episode.save_revision()
    revision.content["transcript"] = json.dumps(former_rows(episode.transcript))
    revision.save(update_fields=["content"])
    assert revision.as_object().transcript == episode.transcript
    assert as_transcript(former_rows(episode.transcript)) == episode.transcript


def test_the_translator_sees_each_sentence_in_the_translation_editor(admin_client, french, english):
    episode = EpisodePage.objects.get(locale=french, number=1)
    english_episode = episode.get_translation(english)
    html = admin_client.get(f"/admin/pages/{english_episode.pk}/edit/").content.decode()
    props = json.loads(html.split('data-props="', 1)[1].split('"', 1)[0].replace("&quot;", '"').replace("&amp;", "&"))
    sources = [
        segment["source"]
        for segment in props["segments"]
        if segment.get("location", {}).get("field") == "Transcription"
    ]
    expected = [words for cue in episode.transcript for words in (cue["text"], cue["speaker_role"]) if words]
    assert sources == expected


def test_comparing_two_revisions_of_a_transcript_works(admin_client, french):
    episode = EpisodePage.objects.get(locale=french, number=2)
    first = episode.save_revision()
    episode.transcript = [*episode.transcript[:-1], {**episode.transcript[-1], "text": "Une fin changée."}]
    second = episode.save_revision()
    response = admin_client.get(f"/admin/pages/{episode.pk}/revisions/compare/{first.pk}...{second.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Une fin changée." in html and f"[{episode.transcript[0].clock()}]" in html and "&#x27;id&#x27;" not in html
