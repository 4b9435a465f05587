"""Name the default site after WAGTAIL_SITE_NAME when it has no name.

Wagtail's dashboard names the site an editor, moderator or translator works in by its Site record:
its `site_name`, else its hostname. The site created in 0002 had no name, so people whose pages sit
under it read « localhost » where administrators read « Plateforme travail pair ».
"""

from django.conf import settings
from django.db import migrations
from django.utils import translation


def name_default_site(apps, schema_editor):
    Site = apps.get_model("wagtailcore", "Site")
    with translation.override(settings.LANGUAGE_CODE):
        site_name = str(settings.WAGTAIL_SITE_NAME)
    Site.objects.filter(is_default_site=True, site_name="").update(site_name=site_name)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_editorial_groups"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(name_default_site, migrations.RunPython.noop)]
