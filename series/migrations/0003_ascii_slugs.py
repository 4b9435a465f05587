"""ASCII slugs for the pages and themes saved with accents, each old address redirecting to the new one.

WAGTAIL_ALLOW_UNICODE_SLUGS = False makes new slugs ASCII; this converts the earlier ones (« l-équipe » →
« l-equipe »), keeps them unique among siblings (pages) or in their language (themes), updates the pages'
url_path below them and their revisions, and leaves permanent redirects as Wagtail does when a slug
changes: pages from their old address in their language, themes from /<language>/themes/<old>/. ASCII
slugs, those of the demo included, are left as they are.

Only querysets and update() are used, so `ascii_slugs` runs the same with this migration's models and
with `django.apps.apps` (tests/editorial/test_slugs.py).
"""

from django.db import migrations, models
from django.db.models import Q, Value
from django.db.models.functions import Concat, Substr
from django.utils.text import slugify

# The themes' public address (site_config/urls.py); « themes/ » reads the same in French and English.
THEME_PATH = "/{language}/themes/{slug}"


def available_slug(slug, taken, fallback):
    """`slug` in ASCII, with -2, -3… if another page or theme already has it; `fallback` if nothing is Latin."""
    base = slugify(slug) or fallback
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def locale_roots(apps):
    """(url_path, language code, site id) of each site's root page in every language, longest first."""
    Page, Site = apps.get_model("wagtailcore", "Page"), apps.get_model("wagtailcore", "Site")
    languages = dict(apps.get_model("wagtailcore", "Locale").objects.values_list("pk", "language_code"))
    roots = []
    for site in Site.objects.all():
        key = Page.objects.filter(pk=site.root_page_id).values("translation_key")
        for url_path, locale_id in Page.objects.filter(translation_key__in=key).values_list("url_path", "locale_id"):
            roots.append((url_path, languages[locale_id], site.pk))
    return sorted(roots, key=lambda root: -len(root[0]))


def public_path(url_path, roots):
    """(site id, address as Redirect stores it: /fr/…/slug) of the page at url_path, or None outside every site."""
    for root_path, language, site_id in roots:
        if url_path.startswith(root_path):
            return site_id, f"/{language}/{url_path[len(root_path) :]}".rstrip("/")
    return None


def rename_page(Page, pk):
    """Give the page an ASCII slug and move the url_path of its whole subtree along; returns (old, new) slug."""
    page = Page.objects.get(pk=pk)
    siblings = Page.objects.filter(path__startswith=page.path[:-4], depth=page.depth).exclude(pk=pk)  # steplen 4
    slug = available_slug(page.slug, set(siblings.values_list("slug", flat=True)), f"page-{pk}")
    old_url_path = page.url_path
    new_url_path = old_url_path[: -len(page.slug) - 1] + slug + "/"
    Page.objects.filter(pk=pk).update(slug=slug)
    Page.objects.filter(path__startswith=page.path).update(
        url_path=Concat(Value(new_url_path), Substr("url_path", len(old_url_path) + 1), output_field=models.TextField())
    )
    return page.slug, slug


def update_revisions(apps, renamed):
    """The slug in the pages' revisions: the renamed pages' own, and any draft still holding accents."""
    Page, Revision = apps.get_model("wagtailcore", "Page"), apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")
    page_type = ContentType.objects.filter(app_label="wagtailcore", model="page").first()
    latest = Page.objects.values("latest_revision_id")
    revisions = Revision.objects.filter(base_content_type=page_type).filter(
        Q(object_id__in=[str(pk) for pk in renamed]) | Q(pk__in=latest)
    )
    for revision in revisions.iterator():
        slug = revision.content.get("slug") or ""
        if not slug.isascii():
            old, new = renamed.get(int(revision.object_id), (None, None))
            content = {**revision.content, "slug": new if slug == old else available_slug(slug, set(), "page")}
            Revision.objects.filter(pk=revision.pk).update(content=content)


def redirect_pages(apps, old_url_paths, roots_before):
    """A permanent redirect from each live page's old address to the page, when its address changed."""
    Page, Redirect = apps.get_model("wagtailcore", "Page"), apps.get_model("wagtailredirects", "Redirect")
    roots_after = locale_roots(apps)
    for pk, url_path in Page.objects.filter(pk__in=old_url_paths).values_list("pk", "url_path"):
        old, new = public_path(old_url_paths[pk], roots_before), public_path(url_path, roots_after)
        if old is not None and old != new:
            Redirect.objects.update_or_create(
                old_path=old[1],
                site_id=old[0],
                defaults={
                    "redirect_page_id": pk,
                    "redirect_link": "",
                    "is_permanent": True,
                    "automatically_created": True,
                },
            )


def ascii_page_slugs(apps):
    Page = apps.get_model("wagtailcore", "Page")
    to_rename = [pk for pk, slug in Page.objects.order_by("path").values_list("pk", "slug") if not slug.isascii()]
    roots_before = locale_roots(apps)
    subtrees = Q(pk__in=[])
    for path in Page.objects.filter(pk__in=to_rename).values_list("path", flat=True):
        subtrees |= Q(path__startswith=path)
    # The live pages whose address changes: those renamed and everything below them.
    old_url_paths = dict(Page.objects.filter(subtrees, live=True).values_list("pk", "url_path"))
    renamed = {pk: rename_page(Page, pk) for pk in to_rename}  # parents first: children read their new url_path
    update_revisions(apps, renamed)
    redirect_pages(apps, old_url_paths, roots_before)


def ascii_theme_slugs(apps):
    Theme, Redirect = apps.get_model("series", "Theme"), apps.get_model("wagtailredirects", "Redirect")
    languages = dict(apps.get_model("wagtailcore", "Locale").objects.values_list("pk", "language_code"))
    for pk, old, locale_id in Theme.objects.order_by("pk").values_list("pk", "slug", "locale_id"):
        if old.isascii():
            continue
        taken = set(Theme.objects.filter(locale_id=locale_id).exclude(pk=pk).values_list("slug", flat=True))
        new = available_slug(old, taken, f"theme-{pk}")
        Theme.objects.filter(pk=pk).update(slug=new)
        language = languages[locale_id]
        Redirect.objects.update_or_create(
            old_path=THEME_PATH.format(language=language, slug=old),
            site=None,
            defaults={
                "redirect_link": THEME_PATH.format(language=language, slug=new) + "/",
                "redirect_page": None,
                "is_permanent": True,
                "automatically_created": True,
            },
        )


def ascii_slugs(apps, schema_editor):
    ascii_page_slugs(apps)
    ascii_theme_slugs(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("series", "0002_editor_help_texts"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
    ]

    operations = [
        migrations.AlterField(
            model_name="theme",
            name="slug",
            field=models.SlugField(
                allow_unicode=True,
                help_text="Utilisé dans l’adresse de la page du thème, par exemple « faire-du-lien ».",
                max_length=80,
                verbose_name="identifiant d’adresse",
            ),
        ),
        migrations.RunPython(ascii_slugs, migrations.RunPython.noop),
    ]
