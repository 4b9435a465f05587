"""Build the admin form data an editor's browser would post for an episode."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from series.blocks import PARAGRAPH_FEATURES


def block_form_value(block_type, value):
    if block_type == "paragraph":
        return rich_text(value, features=PARAGRAPH_FEATURES)
    return {key: "" if item is None else item for key, item in value.items()}


def episode_form_data(*, title, slug, number, summary, body=(), theme_ids=(), duration="", transcript=""):
    """Form data for the episode editor; body is a list of (block_type, raw value) pairs."""
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "number": number,
            "summary": summary,
            "body": streamfield([(kind, block_form_value(kind, value)) for kind, value in body]),
            "episode_themes": inline_formset([{"theme": theme_id} for theme_id in theme_ids]),
            "video_duration": duration,
            "transcript": rich_text(transcript, features=PARAGRAPH_FEATURES),
        }
    )


def episode_form_data_from_page(episode):
    """The form data that re-saves an existing episode unchanged."""
    seconds = int(episode.video_duration.total_seconds()) if episode.video_duration else None
    return episode_form_data(
        title=episode.title,
        slug=episode.slug,
        number=episode.number,
        summary=episode.summary,
        body=[(block["type"], block["value"]) for block in episode.body.raw_data],
        theme_ids=[link.theme_id for link in episode.episode_themes.all()],
        duration="" if seconds is None else f"{seconds // 60:02d}:{seconds % 60:02d}",
        transcript=episode.transcript,
    )
