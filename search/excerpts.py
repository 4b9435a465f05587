"""The passage of an episode that speaks of what the visitor searched for, matched words marked."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .stemming import stem

SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
TOKEN = re.compile(r"([^\W_]+)")
MAX_LENGTH = 260


def highlight(sentence, wanted, language):
    """The sentence, escaped, with each word whose term is wanted wrapped in <mark>."""
    parts = []
    for piece in TOKEN.split(sentence):
        if piece and TOKEN.fullmatch(piece) and stem(piece.lower(), language) in wanted:
            parts.append(f"<mark>{escape(piece)}</mark>")
        else:
            parts.append(escape(piece))
    return "".join(parts)


def excerpt(texts, wanted, language):
    """The first sentence containing a wanted term, shortened around it; None if there is none."""
    wanted = set(wanted)
    for text in texts:
        for sentence in SENTENCE_END.split(text or ""):
            words = TOKEN.findall(sentence)
            positions = [
                match.start() for match in TOKEN.finditer(sentence) if stem(match.group().lower(), language) in wanted
            ]
            if not words or not positions:
                continue
            start = max(0, positions[0] - MAX_LENGTH // 3)
            if start:
                start = sentence.find(" ", start) + 1 or start
            clipped = sentence[start : start + MAX_LENGTH]
            prefix = "… " if start else ""
            suffix = " …" if start + MAX_LENGTH < len(sentence) else ""
            return mark_safe(prefix + highlight(clipped, wanted, language) + suffix)
    return None
