"""Build the admin form data an editor's browser would post for an episode or a standard page."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from series.blocks import PARAGRAPH_FEATURES
from series.transcripts import CUE_KEYS, as_transcript, precise_clock


def block_form_value(block_type, value):
    if block_type == "paragraph":
        return rich_text(value, features=PARAGRAPH_FEATURES)
    return form_values(value)


def form_values(value):
    """A struct's stored value as posted: None as an empty field, False as an unticked box, nested structs kept."""
    if isinstance(value, dict):
        return {key: form_values(item) for key, item in value.items()}
    return "" if value is None or value is False else value


def streamfield(blocks):
    """StreamField form data; blocks are (type, raw value) or (type, raw value, id) like the editor keeps."""
    data = {}
    for index, (kind, value, *block_id) in enumerate(blocks):
        data[str(index)] = {
            "type": kind,
            "value": block_form_value(kind, value),
            "deleted": "",
            "order": str(index),
            "id": block_id[0] if block_id else "",
        }
    data["count"] = str(len(blocks))
    return data


def transcript_rows(cues, name="transcript"):
    """The transcript editor's rows as posted: one list per column, times as the editor shows them."""
    rows = []
    for given in cues:
        cue = as_transcript([given])[0]
        end = "" if cue["end"] is None else precise_clock(cue["end"])
        rows.append(cue | {"id": given.get("id") or "", "start": precise_clock(cue["start"]), "end": end})
    return {name: "rows", **{f"{name}-{key}": [row[key] for row in rows] for key in CUE_KEYS}}


def episode_form_data(
    *, title, slug, number, summary, body=(), theme_ids=(), theme_link_ids=(), duration="", transcript=()
):
    """Form data for the episode editor; existing theme links keep their ids, as in the browser."""
    links = [
        {"theme": theme_id, "id": link_id, "ORDER": str(index), "DELETE": ""}
        for index, (theme_id, link_id) in enumerate(
            zip(theme_ids, list(theme_link_ids) + [""] * len(theme_ids), strict=False)
        )
    ]
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "number": number,
            "summary": summary,
            "body": streamfield(body),
            "episode_themes": inline_formset(links, initial=len(theme_link_ids)),
            "video_duration": duration,
        }
    ) | transcript_rows(transcript)


def episode_form_data_from_page(episode):
    """The form data that re-saves an existing episode unchanged."""
    seconds = int(episode.video_duration.total_seconds()) if episode.video_duration else None
    links = list(episode.episode_themes.all())
    return episode_form_data(
        title=episode.title,
        slug=episode.slug,
        number=episode.number,
        summary=episode.summary,
        body=[(block["type"], block["value"], block["id"]) for block in episode.body.raw_data],
        theme_ids=[link.theme_id for link in links],
        theme_link_ids=[link.pk for link in links],
        duration="" if seconds is None else f"{seconds // 60:02d}:{seconds % 60:02d}",
        transcript=episode.transcript,
    )


def standard_page_form_data_from_page(page):
    """The form data that re-saves an existing standard page unchanged."""
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "introduction": page.introduction,
            "body": streamfield([(block["type"], block["value"], block["id"]) for block in page.body.raw_data]),
        }
    )
