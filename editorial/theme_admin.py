"""The themes' listing in the admin, one language at a time.

Wagtail's own language filter on translatable snippets lists both languages until one is chosen,
and is labelled "Locale" (« Région » in its French). Here « Langue » switches between the content
languages, with no « Tous », and starts on the language the user works in: the one whose themes they
may change, French first (editorial/groups.py). Editors and moderators start on French, the source;
translators on English, the only themes they may change: a French theme would refuse to open for
them, and they send French themes to translation from « État des traductions » or by switching.
"""

from django import forms
from django.http import QueryDict
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import LocaleFilter, WagtailFilterSet
from wagtail.admin.forms.choosers import LocaleFilterMixin
from wagtail.admin.utils import set_query_params
from wagtail.admin.widgets.button import ButtonWithDropdown
from wagtail.coreutils import get_content_languages
from wagtail.models import Locale
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import IndexView

from editorial.groups import SOURCE_LANGUAGE, may_edit_in_locale
from editorial.translation_shortcuts import listing_button, take_translate_button
from glossary.models import GlossaryTerm
from series.models import Theme


def working_locale(user):
    """The first language, French first, whose themes this user may change; else the source language."""
    locales = sorted(Locale.objects.all(), key=lambda locale: locale.language_code != SOURCE_LANGUAGE)
    for locale in locales:
        if may_edit_in_locale(user, locale):
            return locale
    return Locale.get_default()


def language_choices():
    """The content languages that have a locale, as (code, name)."""
    locales = set(Locale.objects.values_list("language_code", flat=True))
    return [(code, name) for code, name in get_content_languages().items() if code in locales]


class ThemeFilterSet(WagtailFilterSet):
    """« Langue », always set: the user's working language until they choose another."""

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        choices = language_choices()
        data = data.copy() if data is not None else QueryDict(mutable=True)
        if data.get("locale") not in {code for code, _name in choices}:
            data["locale"] = working_locale(request.user).language_code if request else SOURCE_LANGUAGE
        super().__init__(data, queryset, request=request, prefix=prefix)
        self.filters["locale"] = LocaleFilter(
            label=_("Langue"),
            choices=choices,
            empty_label=None,
            null_label=None,
            # The language is a way of looking at the themes, not a narrowing of them: no active
            # filter to remove (it would only come back), no « N correspondances ».
            initial=data["locale"],
            widget=forms.RadioSelect,
        )

    class Meta:
        model = Theme
        fields = []


class ThemeIndexView(IndexView):
    """The themes of one language; « Traduire » beside each theme still to translate, not in its "…" menu."""

    language_switch_label = _("Langue des thèmes")

    @cached_property
    def language_code(self):
        if self.filters is not None and self.filters.is_valid():
            return self.filters.form.cleaned_data["locale"]
        return SOURCE_LANGUAGE

    def get_locale(self):
        """The language shown, so that « Ajouter un thème » adds one in it."""
        return Locale.objects.filter(language_code=self.language_code).first() or super().get_locale()

    def get_list_buttons(self, instance):
        buttons = super().get_list_buttons(instance)
        for dropdown in buttons:
            if isinstance(dropdown, ButtonWithDropdown) and take_translate_button(dropdown.dropdown_buttons, instance):
                buttons.insert(buttons.index(dropdown), listing_button(instance, str(instance)))
                if not dropdown.dropdown_buttons:
                    buttons.remove(dropdown)
                break
        return buttons

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["language_switch_label"] = self.language_switch_label
        context["language_switch"] = [
            {
                "code": code,
                "name": name,
                "url": set_query_params(self.index_url, {"locale": code}),
                "current": code == self.language_code,
            }
            for code, name in language_choices()
        ]
        return context


class LanguageFilterMixin(LocaleFilterMixin):
    """Wagtail's chooser language filter, labelled: Wagtail leaves it to the field's name, "Locale"."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "locale" in self.fields:
            self.fields["locale"].label = _("Langue")


class LabelledFiltersMixin:
    def get_filter_form_class(self):
        form_class = super().get_filter_form_class()
        if issubclass(form_class, LocaleFilterMixin):
            return type("FilterForm", (LanguageFilterMixin, form_class), {})
        return form_class


class ThemeChooseView(LabelledFiltersMixin, ChooseView):
    pass


class ThemeChooseResultsView(LabelledFiltersMixin, ChooseResultsView):
    pass


class ThemeChooserViewSet(SnippetChooserViewSet):
    """The theme chooser of the episode editor, its language filter labelled « Langue »."""

    choose_view_class = ThemeChooseView
    choose_results_view_class = ThemeChooseResultsView


class GlossaryFilterSet(ThemeFilterSet):
    """The glossary's terms, one language at a time, like the themes."""

    class Meta:
        model = GlossaryTerm
        fields = []


class GlossaryIndexView(ThemeIndexView):
    language_switch_label = _("Langue du glossaire")
