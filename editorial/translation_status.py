"""Where each French page and theme stands in English, and why a translation is not live.

A translation goes: not sent (MISSING) → sent, nothing translated (NOT_STARTED) → segments translated
or a draft saved (DRAFT) → submitted to the moderation workflow (IN_REVIEW, or CHANGES_REQUESTED when a
moderator sends it back) → live. A live translation is UP_TO_DATE, or OUT_OF_DATE when the French changed
since, when English changes are not published yet, or when its update waits for review.

The facts are looked up for all the objects at once, a fixed number of queries whatever their number:
the report lists every French page and theme.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Exists, Max, Min, OuterRef, Prefetch, Q, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.utils import get_user_display_name, set_query_params
from wagtail.models import DraftStateMixin, Locale, Page, WorkflowState
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

from glossary.models import GlossaryTerm
from navigation.models import Footer, Menu
from series.models import Author, Theme

MISSING = "missing"
NOT_STARTED = "not_started"
DRAFT = "draft"
IN_REVIEW = "in_review"
CHANGES_REQUESTED = "changes_requested"
OUT_OF_DATE = "out_of_date"
UP_TO_DATE = "up_to_date"

STATE_LABELS = {
    MISSING: _("À traduire"),
    NOT_STARTED: _("Pas commencée"),
    DRAFT: _("Brouillon"),
    IN_REVIEW: _("En attente de relecture"),
    CHANGES_REQUESTED: _("Modifications demandées"),
    OUT_OF_DATE: _("À mettre à jour"),
    UP_TO_DATE: _("À jour"),
}

# The fields whose translated segment is the English title: pages' title, snippets' name.
TITLE_PATHS = ("title", "name", "term")


@dataclass
class TranslationState:
    source: object
    target: object | None
    status: str
    action_url: str
    untranslated: int = 0
    english_title: str = ""
    review: WorkflowState | None = None
    unpublished_changes: bool = False
    synchronised: bool = True

    @property
    def is_page(self):
        return isinstance(self.source, Page)

    @property
    def kind(self):
        return self.source.specific_class.get_verbose_name() if self.is_page else self.source._meta.verbose_name

    @property
    def label(self):
        return STATE_LABELS[self.status]

    @property
    def reason(self):
        """Why the translation is in this state, in a sentence; empty when it is up to date."""
        return " ; ".join(part for part in reason_parts(self) if part)


def reason_parts(state):
    if state.status == MISSING:
        return [gettext("pas encore envoyée en traduction")]
    if state.status == NOT_STARTED:
        return [gettext("envoyée en traduction, aucun segment traduit")]
    parts = [review_text(state.review)]
    if not state.synchronised:
        parts.append(gettext("traduction non synchronisée : à vérifier à la main"))
    elif state.untranslated:
        parts.append(segments_left(state))
    elif state.status == DRAFT and state.is_page:
        parts.append(gettext("tous les segments sont traduits, pas encore soumise pour relecture"))
    elif state.status == DRAFT:
        parts.append(gettext("tous les segments sont traduits, pas encore publiée"))
    elif state.status == OUT_OF_DATE and state.review is None:
        parts.append(gettext("modifications pas encore publiées en anglais"))
    return parts


def segments_left(state):
    count = state.untranslated
    if state.status == OUT_OF_DATE:
        return ngettext("%(count)d segment à traduire", "%(count)d segments à traduire", count) % {"count": count}
    return ngettext("%(count)d segment restant", "%(count)d segments restants", count) % {"count": count}


def review_text(review):
    if review is None:
        return ""
    task_state = review.current_task_state
    if review.status == WorkflowState.STATUS_NEEDS_CHANGES:
        when = task_state.finished_at if task_state else None
        who = task_state.finished_by if task_state else None
        return by_whom(gettext("modifications demandées le %(date)s"), gettext("par %(user)s"), when, who)
    when = task_state.started_at if task_state else review.created_at
    return by_whom(gettext("soumise pour relecture le %(date)s"), gettext("par %(user)s"), when, review.requested_by)


def by_whom(sentence, by, when: datetime | None, user):
    text = sentence % {"date": date_format(timezone.localtime(when), "DATETIME_FORMAT")} if when else ""
    if user is not None:
        text = f"{text} {by % {'user': get_user_display_name(user)}}".strip()
    return text


# What translators translate besides pages, in the order the report lists them.
TRANSLATED_SNIPPETS = [Theme, GlossaryTerm, Author, Menu, Footer]


def translation_states(target_locale=None):
    """One state per French page (the root apart) and per French snippet, pages first in tree order."""
    source_locale = Locale.get_default()
    target_locale = target_locale or Locale.objects.exclude(pk=source_locale.pk).first()
    if target_locale is None:
        return []
    pages = Page.objects.filter(locale=source_locale, depth__gt=1).order_by("path").specific()
    snippets = [
        instance
        for model in TRANSLATED_SNIPPETS
        for instance in sorted(model.objects.filter(locale=source_locale), key=str)
    ]
    return states_of([*pages, *snippets], target_locale)


def state_of(obj, target_locale):
    return states_of([obj], target_locale)[0]


def states_of(objects, target_locale):
    """The state of each French object's translation into target_locale, in the same order."""
    facts = Facts(objects, target_locale)
    return [facts.state(obj) for obj in objects]


class Facts:
    """What the database knows about the translation of some objects, fetched once for all of them."""

    def __init__(self, objects, target_locale):
        self.target_locale = target_locale
        self.targets = english_versions(objects, target_locale)
        keys = [obj.translation_key for obj in objects]
        self.sources = {
            source.object_id: source
            for source in TranslationSource.objects.filter(
                object_id__in=keys, locale_id__in={obj.locale_id for obj in objects}
            )
        }
        source_ids = [source.pk for source in self.sources.values()]
        self.translations = {
            translation.source_id: translation
            for translation in Translation.objects.filter(source_id__in=source_ids, target_locale=target_locale)
        }
        self.progress = progress(source_ids, target_locale)
        self.titles = translated_titles(source_ids, target_locale)
        self.logs = {
            row["source_id"]: row
            for row in TranslationLog.objects.filter(source_id__in=source_ids, locale=target_locale)
            .values("source_id")
            .annotate(count=Count("pk"), first_revision=Min("revision_id"), last_at=Max("created_at"))
        }
        self.last_translated = dict(
            StringTranslation.objects.filter(context__object_id__in=keys, locale=target_locale)
            .values("context__object_id")
            .annotate(last=Max("updated_at"))
            .values_list("context__object_id", "last")
        )

    def state(self, obj):
        target = self.targets.get(obj.translation_key)
        if target is None or getattr(target, "alias_of_id", None):
            return TranslationState(obj, None, MISSING, submit_url(obj, self.target_locale))
        source = self.sources.get(obj.translation_key)
        translation = self.translations.get(source.pk) if source else None
        synchronised = translation is not None and translation.enabled
        total, translated = self.progress.get(source.pk, (0, 0)) if synchronised else (0, 0)
        log = self.logs.get(source.pk, {}) if source else {}
        last_translated = self.last_translated.get(obj.translation_key)
        state = TranslationState(
            obj,
            target,
            UP_TO_DATE,
            edit_url_of(target),
            untranslated=total - translated,
            english_title=english_title(obj, target, self.titles.get((source and source.pk, title_path(obj)))),
            review=current_review(target),
            synchronised=synchronised,
        )
        live = is_live(target, log)
        if live:
            state.unpublished_changes = unpublished_changes(target, source, applied_time(target, log), last_translated)
        state.status = status_of(state, live, never_applied(target, log) and translated == 0)
        return state


def status_of(state, live, not_started):
    if state.review is not None and not live:
        return CHANGES_REQUESTED if state.review.status == WorkflowState.STATUS_NEEDS_CHANGES else IN_REVIEW
    if not live:
        return NOT_STARTED if not_started and state.synchronised else DRAFT
    outdated = state.review is not None or not state.synchronised or state.untranslated or state.unpublished_changes
    return OUT_OF_DATE if outdated else UP_TO_DATE


def english_versions(objects, target_locale):
    """The English version of each object, by translation key; pages with their live revision and review."""
    page_keys = [obj.translation_key for obj in objects if isinstance(obj, Page)]
    reviews = WorkflowState.objects.active().select_related("requested_by", "current_task_state__finished_by")
    found = {}
    if page_keys:
        pages = (
            Page.objects.filter(locale=target_locale, translation_key__in=page_keys)
            .select_related("live_revision")
            .prefetch_related(Prefetch("_workflow_states", queryset=reviews, to_attr="_current_workflow_states"))
        )
        found.update((page.translation_key, page) for page in pages)
    snippets = {}
    for obj in objects:
        if not isinstance(obj, Page):
            snippets.setdefault(type(obj), []).append(obj.translation_key)
    for model, keys in snippets.items():
        found.update(
            (snippet.translation_key, snippet)
            for snippet in model.objects.filter(locale=target_locale, translation_key__in=keys)
        )
    return found


def segment_translations(target_locale):
    """The valid translations of the outer query's segment into target_locale (a subquery)."""
    return StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale=target_locale,
        has_error=False,
    )


def progress(source_ids, target_locale):
    """(segments, translated segments) per source, counted as wagtail-localize's Translation.get_progress does."""
    translated = segment_translations(target_locale)
    rows = (
        StringSegment.objects.filter(source_id__in=source_ids)
        .values("source_id")
        .annotate(total=Count("pk"), translated=Count("pk", filter=Q(Exists(translated))))
    )
    return {row["source_id"]: (row["total"], row["translated"]) for row in rows}


def translated_titles(source_ids, target_locale):
    """The English text of each source's title (or name) segment, where a translator wrote one."""
    english = segment_translations(target_locale).values("data")[:1]
    rows = (
        StringSegment.objects.filter(source_id__in=source_ids, context__path__in=TITLE_PATHS)
        .annotate(english=Subquery(english))
        .filter(english__isnull=False)
        .values_list("source_id", "context__path", "english")
    )
    return {(source_id, path): english for source_id, path, english in rows}


def title_path(obj):
    """The field that names the object: a page's title, a glossary term's term, a snippet's name."""
    if isinstance(obj, Page):
        return "title"
    return "term" if isinstance(obj, GlossaryTerm) else "name"


def english_title(obj, target, translated_title):
    """The English version's own title (its latest revision's) if it differs, else the translated title."""
    current = target.draft_title if isinstance(target, Page) else str(target)
    if current and current != str(obj):
        return current
    return translated_title or ""


def current_review(target):
    """The English page's moderation in progress, or sent back for changes (Wagtail's current workflow state)."""
    if not isinstance(target, Page):
        return None
    return target.current_workflow_state


def is_live(target, log):
    """Pages and draftable snippets: live. Other snippets: applied at least once after being sent."""
    if isinstance(target, DraftStateMixin):
        return target.live
    return log.get("count", 0) > 1


def never_applied(target, log):
    """Whether the English version is still what sending the translation made of it."""
    if isinstance(target, Page):
        return target.latest_revision_id is None or target.latest_revision_id == log.get("first_revision")
    return log.get("count", 0) <= 1


def unpublished_changes(target, source, applied_at, last_translated):
    """Whether the live English lags behind: a draft, French changes synchronised since, or English retranslated."""
    if getattr(target, "has_unpublished_changes", False):
        return True
    if applied_at is None:
        return False
    return bool((source and source.last_updated_at > applied_at) or (last_translated and last_translated > applied_at))


def applied_time(target, log):
    """When what is live in English was written: the live revision of a page, the last application otherwise."""
    if isinstance(target, Page):
        return target.live_revision.created_at if target.live and target.live_revision else None
    return log.get("last_at")


def submit_url(obj, target_locale):
    """wagtail-localize's "translate" form, with the report's language ticked (it reads ?select_locale=)."""
    if isinstance(obj, Page):
        url = reverse("wagtail_localize:submit_page_translation", args=[obj.pk])
    else:
        meta = obj._meta
        url = reverse("wagtail_localize:submit_snippet_translation", args=[meta.app_label, meta.model_name, obj.pk])
    return set_query_params(url, {"select_locale": target_locale.language_code})


def edit_url_of(target):
    if isinstance(target, Page):
        return reverse("wagtailadmin_pages:edit", args=[target.pk])
    return reverse(target.snippet_viewset.get_url_name("edit"), args=[target.pk])
