"""What the backup drill compares before and after a restore, read in the site's own process.

    DJANGO_SETTINGS_MODULE=... DATABASE_URL=... python -m bench.fingerprint

Prints, as JSON: the number of pages, a checksum of their addresses, titles and live flags, and whether the
search still finds « Faire du lien ».
"""

import hashlib
import json

import django


def fingerprint():
    from django.test import Client

    from wagtail.models import Page

    rows = sorted(Page.objects.values_list("url_path", "title", "live"))
    found = "Faire du lien" in Client(HTTP_HOST="127.0.0.1").get("/fr/recherche/", {"q": "liens"}).content.decode()
    return {
        "pages": len(rows),
        "checksum": hashlib.sha256(repr(rows).encode()).hexdigest()[:16],
        "search finds « Faire du lien »": found,
    }


if __name__ == "__main__":
    django.setup()
    print(json.dumps(fingerprint(), ensure_ascii=False))
