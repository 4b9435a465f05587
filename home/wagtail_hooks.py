from django.core.exceptions import PermissionDenied
from django.http import Http404

from wagtail import hooks
from wagtail.models import Locale, TranslatableMixin

from .editorial import may_edit_in_locale
from .translation_shortcuts import EditorialPageViewSet, bring_out_page_translate_button


@hooks.register("before_serve_page")
def refuse_aliases_of_another_language(page, request, serve_args, serve_kwargs):
    """An alias of a French page under /en/ would show French to English visitors: answer 404."""
    if page.alias_of_id is not None and page.alias_of.locale_id != page.locale_id:
        raise Http404


@hooks.register("before_edit_snippet", order=-1)
def keep_each_group_to_its_language(request, instance):
    """Translators may not change French themes, nor editors English ones (see home/editorial.py).

    Runs before wagtail-localize's own hook, which would otherwise open its translation editor.
    """
    locale = getattr(instance, "locale", None)
    if locale is not None and not may_edit_in_locale(request.user, locale):
        raise PermissionDenied


@hooks.register("before_create_snippet", order=-1)
def create_only_in_own_language(request, model):
    """Adding a theme in a language follows the rule for changing one: no English theme from an editor."""
    if not issubclass(model, TranslatableMixin):
        return
    # Wagtail's create view reads the language from ?locale=, the default language without it.
    code = request.GET.get("locale") or Locale.get_default().language_code
    locale = Locale.objects.filter(language_code=code).first()
    if locale is not None and not may_edit_in_locale(request.user, locale):
        raise PermissionDenied


@hooks.register("before_delete_snippet", order=-1)
def keep_deletions_to_own_language(request, instances):
    for instance in instances:
        keep_each_group_to_its_language(request, instance)


@hooks.register("register_admin_viewset")
def register_page_views():
    """Every page type's admin views, the editor showing « Traduire » in its header bar."""
    return EditorialPageViewSet()


hooks.register("construct_page_listing_buttons", bring_out_page_translate_button)
