"""The floor's settings: `wagtail start`'s own base settings, on PostgreSQL, with production's essentials.

Not a module of bench/: bench/floor_project.py copies this file into the generated project as
floor/settings/bench.py, where `floor` is that project's package. Its secret key and database name come
from the environment the benchmark gives it.
"""

import os

from floor.settings.base import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["*"]
SECRET_KEY = os.environ["FLOOR_SECRET_KEY"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ["FLOOR_DATABASE"],
        "USER": "postgres",
        "HOST": "127.0.0.1",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,  # as the site's production settings
        "CONN_HEALTH_CHECKS": True,
    }
}
