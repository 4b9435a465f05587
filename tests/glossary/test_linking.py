"""How terms are found in rendered text: first use only, whole words in the page's language, never inside
links, headings or another language's words."""

from types import SimpleNamespace

import pytest

from glossary.linking import Glossary


def term(pk, written, variants="", expansion="", slug=None):
    return SimpleNamespace(
        pk=pk,
        term=written,
        forms=[written, *[form for form in variants.splitlines() if form]],
        slug=slug or f"term-{pk}",
        is_abbreviation=bool(expansion),
        expansion=expansion,
        definition=f"Définition de {written}.",
    )


FRENCH_TERMS = [
    term(1, "CHRS", expansion="centre d’hébergement et de réinsertion sociale"),
    term(2, "Pair-aidance", variants="pair-aidant\npairs-aidants"),
    term(3, "Rétablissement"),
    term(4, "Réduction des risques"),
    term(5, "Logement d’abord"),
    term(6, "Aller-vers"),
    term(7, "Rôle"),
    term(8, "Pair"),
]


def linked(html, terms=FRENCH_TERMS, language="fr"):
    glossary = Glossary(terms=terms, language=language, addresses={t.pk: f"/fr/glossaire/{t.slug}/" for t in terms})
    return glossary, glossary.link(html)


def marked(html):
    return html.count('class="term"')


def test_only_the_first_use_on_the_page_is_marked_even_across_calls():
    glossary, html = linked("<p>Un CHRS, puis un autre CHRS.</p>")
    assert marked(html) == 1
    assert html.index('class="term"') < html.index("autre CHRS")
    assert marked(glossary.link("<p>Encore un CHRS.</p>")) == 0


def test_an_abbreviation_is_an_abbr_with_its_expansion_and_a_link_to_its_entry():
    _glossary, html = linked("<p>Le CHRS de la ville.</p>")
    assert '<abbr title="centre d’hébergement et de réinsertion sociale">CHRS</abbr>' in html
    assert 'href="/fr/glossaire/term-1/"' in html
    assert 'id="term-term-1" hidden' in html and "Définition de CHRS." in html


def test_a_term_is_a_dfn_found_whatever_its_plural_capitals_or_accents():
    _glossary, html = linked("<p>Les RETABLISSEMENTS prennent du temps.</p>")
    assert "<dfn>RETABLISSEMENTS</dfn>" in html


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("<p>Des pairs-aidants formés.</p>", "pairs-aidants"),
        ("<p>La réduction des risques, d’abord.</p>", "réduction des risques"),
        ("<p>Un programme logement d&#x27;abord.</p>", "logement d&#x27;abord"),
        ("<p>Faire de l’aller-vers.</p>", "aller-vers"),
    ],
)
def test_variants_phrases_and_apostrophes_are_found(text, found):
    _glossary, html = linked(text)
    assert f">{found}</dfn>" in html


@pytest.mark.parametrize(
    "text",
    [
        "<p>Le contrôle des rôles.</p>",  # « rôle » inside « contrôle »: only the second word is the term
        "<p>Aller vers les gens.</p>",  # « aller vers » without its hyphen is an ordinary phrase
        "<p>La pair-aidance.</p>",  # « pair » is part of « pair-aidance »
    ],
)
def test_words_that_merely_contain_a_term_are_left_alone(text):
    _glossary, html = linked(text)
    assert "<dfn>contrôle</dfn>" not in html and "<dfn>Aller vers</dfn>" not in html
    assert "<dfn>pair</dfn>" not in html and ">pair</dfn>-" not in html


def test_the_longest_term_wins_where_terms_overlap():
    terms = [term(1, "Réduction"), term(2, "Réduction des risques")]
    _glossary, html = linked("<p>La réduction des risques et la réduction.</p>", terms)
    assert "<dfn>réduction des risques</dfn>" in html and "<dfn>réduction</dfn>" in html


@pytest.mark.parametrize(
    "html",
    [
        '<p><a href="/ailleurs/">le CHRS</a></p>',
        "<h2>Le CHRS</h2>",
        "<h3>Un <em>CHRS</em></h3>",
        '<blockquote lang="en"><p>The CHRS</p></blockquote>',
        "<figcaption><cite>Travailleur du CHRS</cite></figcaption>",
        '<p data-no-glossary class="x">CHRS</p>',
    ],
)
def test_nothing_is_marked_inside_links_headings_sources_or_other_languages(html):
    _glossary, result = linked(html)
    assert result == html


def test_a_term_after_a_skipped_element_is_still_found_and_tags_are_left_intact():
    source = '<h2>Le CHRS</h2><p>Au <a href="/x/">CHRS</a>, le <strong>CHRS</strong> <br>accueille.</p>'
    _glossary, html = linked(source)
    assert marked(html) == 1
    assert html.startswith('<h2>Le CHRS</h2><p>Au <a href="/x/">CHRS</a>, le <strong><span class="term">')
    assert html.endswith("</span></strong> <br>accueille.</p>")


def test_english_follows_english_stemming():
    terms = [term(1, "Harm reduction"), term(2, "Peer worker", variants="peer work")]
    glossary = Glossary(terms=terms, language="en", addresses={1: "/en/glossary/a/", 2: "/en/glossary/b/"})
    html = glossary.link("<p>Peer workers do harm reduction.</p>")
    assert "<dfn>Peer workers</dfn>" in html and "<dfn>harm reduction</dfn>" in html
