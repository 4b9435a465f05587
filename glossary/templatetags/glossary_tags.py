"""{% glossary_links %}…{% endglossary_links %}: the enclosed HTML with the first use of each term of the
page's language linked to its definition (glossary/linking.py). Put it once around all of a page's text,
so that a term is explained once a page, where it first comes."""

from django import template
from django.utils.safestring import mark_safe

from caching.lookups import active_locale
from glossary.linking import Glossary
from glossary.models import glossary_page_of, terms_of

register = template.Library()


def active_glossary():
    """The glossary of the active language, or None when that language has no live glossary page or no terms."""
    locale = active_locale()
    glossary_page = glossary_page_of(locale.pk)
    terms = terms_of(locale.pk) if glossary_page else []
    if not terms:
        return None
    addresses = {term.pk: glossary_page.term_url(term) for term in terms}
    return Glossary(terms=terms, language=locale.language_code, addresses=addresses)


class GlossaryLinksNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        html = self.nodelist.render(context)
        glossary = active_glossary()
        return mark_safe(glossary.link(html)) if glossary else html


@register.tag
def glossary_links(parser, token):
    nodelist = parser.parse(("endglossary_links",))
    parser.delete_first_token()
    return GlossaryLinksNode(nodelist)
