"""The editorial groups' rights on the menu, the footer and their setting (as editorial/groups.py says
today, frozen here): editors draft, moderators publish and pick them, translators draft English versions."""

from django.db import migrations

DRAFT = ["add_menu", "change_menu", "add_footer", "change_footer"]
GRANTS = {
    "Éditeurs": DRAFT,
    "Modérateurs": [*DRAFT, "publish_menu", "delete_menu", "publish_footer", "delete_footer", "change_sitechrome"],
    "Traducteurs": ["change_menu", "change_footer"],
}


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    for group_name, codenames in GRANTS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        for codename in codenames:
            model = codename.split("_", 1)[1]
            content_type, _ = ContentType.objects.get_or_create(app_label="navigation", model=model)
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ").capitalize()}
            )
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("navigation", "0001_initial"), ("home", "0003_editorial_groups")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
