"""The editorial groups' rights on glossary terms (as editorial/groups.py says today, frozen here): editors
and moderators add and change them, moderators delete them, translators change their English versions."""

from django.db import migrations

GRANTS = {
    "Éditeurs": ["add_glossaryterm", "change_glossaryterm"],
    "Modérateurs": ["add_glossaryterm", "change_glossaryterm", "delete_glossaryterm"],
    "Traducteurs": ["change_glossaryterm"],
}


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(app_label="glossary", model="glossaryterm")
    for group_name, codenames in GRANTS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        for codename in codenames:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ").capitalize()}
            )
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("glossary", "0001_initial"), ("home", "0003_editorial_groups")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
