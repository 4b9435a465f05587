from django.http import Http404

from wagtail import hooks


@hooks.register("before_serve_page")
def refuse_aliases_of_another_language(page, request, serve_args, serve_kwargs):
    """An alias of a French page under /en/ would show French to English visitors: answer 404."""
    if page.alias_of_id is not None and page.alias_of.locale_id != page.locale_id:
        raise Http404
