"""Groups Éditeurs, Modérateurs and Traducteurs with their permissions per language tree, and the
moderation workflow.

The code is frozen here as it was when the migration was written; editorial/groups.py holds the
live version."""

from django.db import migrations


EDITORS = "Éditeurs"
MODERATORS = "Modérateurs"
TRANSLATORS = "Traducteurs"
WORKFLOW_NAME = "Relecture par un modérateur"
TASK_NAME = "Approbation d’un modérateur"

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
MODEL_PERMISSIONS = {
    EDITORS: [ADMIN, ("series", "theme", "add_theme"), ("series", "theme", "change_theme")],
    MODERATORS: [
        ADMIN,
        TRANSLATE,
        ("series", "theme", "add_theme"),
        ("series", "theme", "change_theme"),
        ("series", "theme", "delete_theme"),
    ],
    TRANSLATORS: [ADMIN, TRANSLATE, ("series", "theme", "change_theme")],
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



def forwards(apps, schema_editor):
    set_up_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_create_homepage"),
        ("series", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
