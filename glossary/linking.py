"""Link the first use of each glossary term in a page's rendered HTML to its definition.

Done when the page is rendered (and then cached with it), never stored in the text: wagtail-localize
would split a translated sentence around the mark-up. Matching follows the language with the search's
own stemming (search/stemming.py): « CHRS », « pairs-aidants » or « rétablissements » find their term
whatever the plural or the accents, but only as whole words: « pair » is not found in « pair-aidance »
nor « rôle » in « contrôle ». Nothing is marked inside a link, a heading, a button, a quotation's
source, a time, another language's words (`lang`) or anything marked `data-no-glossary`.
"""

import re
from dataclasses import dataclass, field

from django.template.loader import render_to_string

from search.stemming import stem

TAG = re.compile(r"(<!--.*?-->|<[^>]*>)", re.DOTALL)
TAG_NAME = re.compile(r"</?\s*([a-zA-Z][a-zA-Z0-9-]*)")
WORD_SPAN = re.compile(r"[^\W_]+")
SKIPPED_ELEMENTS = frozenset(
    ["a", "abbr", "button", "cite", "code", "dfn", "label", "script", "style", "summary", "textarea", "time", "title"]
    + [f"h{level}" for level in range(1, 7)]
)
SKIPPING_ATTRIBUTES = re.compile(r"\s(?:lang|data-no-glossary)(?:\s*=|[\s/>])")
VOID_ELEMENTS = frozenset(
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
)


@dataclass(frozen=True)
class Form:
    """One way of writing a term, as the stems of its words and what separates them (« aller-vers »
    keeps its hyphen: « aller vers » is an ordinary phrase)."""

    term_index: int
    stems: tuple
    separators: tuple

    @classmethod
    def of(cls, term_index, text, language):
        spans = list(WORD_SPAN.finditer(text))
        stems = tuple(stem(match.group().lower(), language) for match in spans)
        separators = tuple(separator(text[a.end() : b.start()]) for a, b in zip(spans, spans[1:], strict=False))
        return cls(term_index, stems, separators)


APOSTROPHES = re.compile(r"&#x27;|&#39;|'")
ENTITY = re.compile(r"&#?[a-zA-Z0-9]+;")


def without_entities(html_text):
    """The text with each character reference blanked out at the same length (so that positions still match
    the HTML), an escaped apostrophe kept as one: « d&#x27;abord » reads as « d’     abord »."""
    return ENTITY.sub(
        lambda match: ("’" if APOSTROPHES.fullmatch(match.group()) else " ").ljust(len(match.group())), html_text
    )


def separator(text):
    """Spaces of any kind count as one space, apostrophes as one apostrophe (escaped or typographic);
    anything else (a hyphen) must be the same."""
    return APOSTROPHES.sub("’", text.strip()) or " "


@dataclass
class Glossary:
    """The terms of one language and the address of each, with the terms already linked on this page."""

    terms: list
    language: str
    addresses: dict
    linked: set = field(default_factory=set)

    def __post_init__(self):
        self.forms_by_first_stem = {}
        for index, term in enumerate(self.terms):
            for written in term.forms:
                form = Form.of(index, written, self.language)
                if form.stems:
                    self.forms_by_first_stem.setdefault(form.stems[0], []).append(form)
        for forms in self.forms_by_first_stem.values():
            forms.sort(key=lambda form: -len(form.stems))  # « réduction des risques » before « réduction »

    def link(self, html):
        """The HTML with the first use of each term not linked yet marked up and explained."""
        if not self.forms_by_first_stem:
            return html
        parts = TAG.split(html)
        open_elements = []
        for position, part in enumerate(parts):
            if position % 2:
                track(open_elements, part)
            elif part and not any(skipped for _name, skipped in open_elements):
                parts[position] = self.link_text(part)
        return "".join(parts)

    def link_text(self, html_text):
        text = without_entities(html_text)
        spans = list(WORD_SPAN.finditer(text))
        stems = [stem(match.group().lower(), self.language) for match in spans]
        pieces, written_up_to, index = [], 0, 0
        while index < len(spans):
            form = self.form_at(text, spans, stems, index)
            if form is None:
                index += 1
                continue
            last = index + len(form.stems) - 1
            if form.term_index not in self.linked:
                self.linked.add(form.term_index)
                start, end = spans[index].start(), spans[last].end()
                pieces += [html_text[written_up_to:start], self.markup(form.term_index, html_text[start:end])]
                written_up_to = end
            index = last + 1  # a term already linked still hides the shorter terms inside it
        return "".join(pieces) + html_text[written_up_to:] if pieces else html_text

    def form_at(self, text, spans, stems, index):
        for form in self.forms_by_first_stem.get(stems[index], ()):
            last = index + len(form.stems) - 1
            if last >= len(spans) or tuple(stems[index : last + 1]) != form.stems:
                continue
            between = tuple(
                separator(text[a.end() : b.start()])
                for a, b in zip(spans[index:last], spans[index + 1 : last + 1], strict=True)
            )
            if between == form.separators and whole_word(text, spans[index].start(), spans[last].end()):
                return form
        return None

    def markup(self, term_index, written):
        term = self.terms[term_index]
        return render_to_string(
            "glossary/term_in_text.html",
            {"term": term, "written": written, "address": self.addresses.get(term.pk)},
        ).strip()


def whole_word(text, start, end):
    """Not part of a longer hyphenated or apostrophed word: « pair » alone, not the « pair » of « pair-aidance »."""
    before = text[start - 2 : start] if start >= 2 else ""
    after = text[end : end + 2]
    return not (len(before) == 2 and before[1] == "-" and before[0].isalnum()) and not (
        len(after) == 2 and after[0] == "-" and after[1].isalnum()
    )


def track(open_elements, tag):
    """Keep the stack of open elements, each with whether terms are skipped inside it."""
    if tag.startswith("<!--"):
        return
    match = TAG_NAME.match(tag)
    if match is None:
        return
    name = match.group(1).lower()
    if tag.startswith("</"):
        for depth in range(len(open_elements) - 1, -1, -1):
            if open_elements[depth][0] == name:
                del open_elements[depth:]
                break
    elif name not in VOID_ELEMENTS and not tag.rstrip(">").endswith("/"):
        open_elements.append((name, name in SKIPPED_ELEMENTS or bool(SKIPPING_ATTRIBUTES.search(tag))))
