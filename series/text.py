import html
import re

TAG = re.compile(r"<[^>]+>")


def plain_text(rich_text):
    """Rich text as plain words, block boundaries kept as spaces."""
    return " ".join(html.unescape(TAG.sub(" ", rich_text or "")).split())
