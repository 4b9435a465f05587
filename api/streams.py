"""A StreamField as Wagtail's API shows it, read from the stored JSON: no block is built, so no image or
page is fetched for each episode of a listing. Rich text is turned into the requested format (HTML unless
the partner asks ?rich_text_format=); every other value is already the JSON Wagtail's API would give."""

from wagtail import blocks
from wagtail.api.rich_text import APIRichText


def api_representation(block, raw, rich_text_format):
    """What block.get_api_representation() returns for this stored value, without building it."""
    if isinstance(block, blocks.RichTextBlock):
        return APIRichText.serialize(raw or "", format=rich_text_format, features=block.features)
    if isinstance(block, blocks.StreamBlock):
        return [
            {
                "type": item["type"],
                "value": api_representation(block.child_blocks[item["type"]], item.get("value"), rich_text_format),
                "id": item.get("id"),
            }
            for item in raw or []
            if item.get("type") in block.child_blocks
        ]
    if isinstance(block, blocks.StructBlock):
        raw = raw or {}
        return {
            name: api_representation(child, raw.get(name), rich_text_format)
            for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.ListBlock):
        return [api_representation(block.child_block, list_item_value(item), rich_text_format) for item in raw or []]
    return raw


def list_item_value(item):
    """A ListBlock item is stored either as {"type": "item", "value": …, "id": …} or as the bare value."""
    if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
        return item["value"]
    return item
