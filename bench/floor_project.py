"""The floor: a bare `wagtail start` project on its own database, the least a Wagtail page costs here.

Made in the run's temporary folder with the same Wagtail as the site, and bench/floor_settings.py as its
settings; its home page `/` is what the page benchmark compares every page with.
"""

import os
import secrets
import shutil
from pathlib import Path

from . import reliability
from .processes import BENCH, PYTHON, manage, run
from .servers import WORKERS

FLOOR_DATABASE = "bench_pages_floor"
FLOOR_BIND = "127.0.0.1:8782"
WAGTAIL = str(Path(PYTHON).parent / "wagtail")


def prepare(scratch):
    """The project, migrated; returns its folder and the environment that serves it."""
    project = scratch / "floor"
    project.mkdir()
    run([WAGTAIL, "start", "floor", str(project)], env=None)
    shutil.copyfile(BENCH / "floor_settings.py", project / "floor" / "settings" / "bench.py")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "floor.settings.bench",
        "FLOOR_SECRET_KEY": secrets.token_urlsafe(50),
        "FLOOR_DATABASE": FLOOR_DATABASE,
        "WEB_CONCURRENCY": str(WORKERS),
        "GUNICORN_BIND": FLOOR_BIND,
    }
    reliability.recreate_database(FLOOR_DATABASE)
    manage(["migrate", "--verbosity", "0"], env, cwd=project)
    return project, env
