"""The moderators' rights on comments (as editorial/groups.py says today, frozen here): they see, change
(approve, reject, answer, correct a name) and delete them; editors and translators get nothing."""

from django.db import migrations

GRANTS = {"Modérateurs": ["view_comment", "change_comment", "delete_comment"]}


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(app_label="comments", model="comment")
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
    dependencies = [("comments", "0001_initial"), ("home", "0003_editorial_groups")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
