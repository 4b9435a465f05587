"""Groups Éditeurs, Modérateurs and Traducteurs with their permissions per language tree, and the
moderation workflow (see home/editorial.py)."""

from django.db import migrations

from home.editorial import set_up_groups


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
