"""The editorial team's groups and what each may do, tree by tree.

- Éditeurs write in French: they create and edit drafts in the French tree and submit them for
  moderation; they cannot publish, and cannot touch the English tree.
- Modérateurs approve and publish, in both trees; they are the moderation workflow's approvers.
- Traducteurs translate: they send French pages and themes for translation and edit the English
  tree, without publishing; they cannot change the French source.

Written against an `apps` registry so the same code runs in the data migration (historical models)
and when a new language tree appears (home.signals).
"""

from django.utils.translation import gettext_lazy as _

EDITORS = "Éditeurs"
MODERATORS = "Modérateurs"
TRANSLATORS = "Traducteurs"
WORKFLOW_NAME = "Relecture par un modérateur"
TASK_NAME = "Approbation d’un modérateur"

# What each group may do, shown beside it under Paramètres → Groupes (templates/wagtailusers/groups/).
GROUP_DESCRIPTIONS = {
    EDITORS: _(
        "Écrivent en français : créent et modifient les brouillons des pages et des thèmes français, puis les "
        "soumettent à la relecture d’un modérateur. Ne publient pas, ne suppriment pas de page en ligne et ne "
        "touchent pas à la version anglaise."
    ),
    MODERATORS: _(
        "Relisent et publient, en français comme en anglais : approuvent les pages soumises, publient, dépublient, "
        "suppriment et verrouillent les pages, publient les traductions, envoient les pages et les thèmes en "
        "traduction et modèrent les commentaires des visiteurs."
    ),
    TRANSLATORS: _(
        "Traduisent en anglais : envoient les pages et les thèmes français en traduction et rédigent les "
        "traductions en brouillon, qu’un modérateur publie. Ne modifient pas la source française et ne publient "
        "pas."
    ),
}

SOURCE_LANGUAGE = "fr"

# Page permissions on a language tree, by group; the French tree is the source.
SOURCE_TREE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"],
}
TRANSLATION_TREE_PERMISSIONS = {
    MODERATORS: SOURCE_TREE_PERMISSIONS[MODERATORS],
    TRANSLATORS: ["change_page"],
}

# Other permissions, as (app label, model, codename).
MEDIA = [
    ("wagtailimages", "image", "add_image"),
    ("wagtailimages", "image", "change_image"),
    ("wagtailimages", "image", "choose_image"),
    ("wagtaildocs", "document", "add_document"),
    ("wagtaildocs", "document", "change_document"),
    ("wagtaildocs", "document", "choose_document"),
]
ADMIN = ("wagtailadmin", "admin", "access_admin")
TRANSLATE = ("wagtail_localize", "translation", "submit_translation")
# The menu and the footer: editors draft them, moderators publish them and pick them (the setting),
# translators draft their English versions (navigation/).
CHROME_DRAFTS = [
    (app, model, f"{action}_{model}")
    for app, model in (("navigation", "menu"), ("navigation", "footer"))
    for action in ("add", "change")
]
CHROME_PUBLISHING = [
    ("navigation", model, f"{action}_{model}") for model in ("menu", "footer") for action in ("publish", "delete")
] + [("navigation", "sitechrome", "change_sitechrome")]
AUTHORS = [("series", "author", "add_author"), ("series", "author", "change_author")]
GLOSSARY = [("glossary", "glossaryterm", "add_glossaryterm"), ("glossary", "glossaryterm", "change_glossaryterm")]
# Visitors' comments: moderators read, approve, reject, answer and delete them (comments/).
COMMENTS = [("comments", "comment", f"{action}_comment") for action in ("view", "change", "delete")]
MODEL_PERMISSIONS = {
    EDITORS: [
        ADMIN,
        ("series", "theme", "add_theme"),
        ("series", "theme", "change_theme"),
        *CHROME_DRAFTS,
        *AUTHORS,
        *GLOSSARY,
    ],
    MODERATORS: [
        ADMIN,
        TRANSLATE,
        ("series", "theme", "add_theme"),
        ("series", "theme", "change_theme"),
        ("series", "theme", "delete_theme"),
        *CHROME_DRAFTS,
        *CHROME_PUBLISHING,
        *AUTHORS,
        ("series", "author", "delete_author"),
        *GLOSSARY,
        ("glossary", "glossaryterm", "delete_glossaryterm"),
        *COMMENTS,
    ],
    TRANSLATORS: [
        ADMIN,
        TRANSLATE,
        ("series", "theme", "change_theme"),
        ("glossary", "glossaryterm", "change_glossaryterm"),
        ("navigation", "menu", "change_menu"),
        ("navigation", "footer", "change_footer"),
    ],
}
# Image and document permissions, on the root collection.
COLLECTION_PERMISSIONS = {EDITORS: MEDIA, MODERATORS: MEDIA, TRANSLATORS: [MEDIA[2], MEDIA[5]]}


def permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    found, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ").capitalize()}
    )
    return found


def page_permission(apps, codename):
    return permission(apps, "wagtailcore", "page", codename)


def set_up_groups(apps):
    """Create (or bring back in line) the three groups, their permissions and the workflow."""
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Collection = apps.get_model("wagtailcore", "Collection")
    Page = apps.get_model("wagtailcore", "Page")

    # Wagtail's own "Editors" and "Moderators" become the French-named groups.
    for old, new in (("Editors", EDITORS), ("Moderators", MODERATORS)):
        if not Group.objects.filter(name=new).exists():
            Group.objects.filter(name=old).update(name=new)
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in (EDITORS, MODERATORS, TRANSLATORS)}

    root_collection = Collection.objects.filter(depth=1).first()
    for name, group in groups.items():
        group.permissions.set([permission(apps, *key) for key in MODEL_PERMISSIONS[name]])
        GroupPagePermission.objects.filter(group=group).delete()  # Wagtail's default: the whole site
        GroupCollectionPermission.objects.filter(group=group).delete()
        if root_collection is not None:
            for key in COLLECTION_PERMISSIONS[name]:
                GroupCollectionPermission.objects.create(
                    group=group, collection=root_collection, permission=permission(apps, *key)
                )

    for home in Page.objects.filter(depth=2).select_related("locale"):
        grant_tree_permissions(apps, home)
    set_up_workflow(apps, groups[MODERATORS])


def grant_tree_permissions(apps, home):
    """Give each group its permissions on the tree under `home`, according to the tree's language."""
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Locale = apps.get_model("wagtailcore", "Locale")

    language = Locale.objects.get(pk=home.locale_id).language_code
    grants = SOURCE_TREE_PERMISSIONS if language == SOURCE_LANGUAGE else TRANSLATION_TREE_PERMISSIONS
    for name, codenames in grants.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group, page_id=home.pk, permission=page_permission(apps, codename)
            )


def set_up_workflow(apps, moderators):
    """One workflow for the whole site: a moderator approves before anything goes live."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Page = apps.get_model("wagtailcore", "Page")

    task = GroupApprovalTask.objects.filter(name__in=[TASK_NAME, "Moderators approval"]).first()
    if task is None:
        content_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=content_type, active=True)
    task.name, task.active = TASK_NAME, True
    task.save()
    task.groups.set([moderators])

    workflow = Workflow.objects.filter(name__in=[WORKFLOW_NAME, "Moderators approval"]).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    workflow.name, workflow.active = WORKFLOW_NAME, True
    workflow.save()
    WorkflowTask.objects.filter(workflow=workflow).exclude(task_id=task.pk).delete()
    WorkflowTask.objects.get_or_create(workflow=workflow, task_id=task.pk, defaults={"sort_order": 0})

    root = Page.objects.get(depth=1)
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


def may_edit_in_locale(user, locale):
    """Whether this user may change content (themes, for instance) written in this locale."""
    if user.is_superuser:
        return True
    names = set(user.groups.values_list("name", flat=True))
    if MODERATORS in names:
        return True
    group = EDITORS if locale.language_code == SOURCE_LANGUAGE else TRANSLATORS
    return group in names
