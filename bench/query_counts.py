"""SQL queries of one warm request per page, counted inside a project's own process (the site's or the floor's).

    PYTHONPATH=<project> DJANGO_SETTINGS_MODULE=<its settings> python -P bench/query_counts.py '{"home": "/fr/"}'

bench/measure.py runs this file by path with -P, so that neither bench/ nor the current folder comes first on
sys.path: the floor has `home` and `search` apps of its own, which the site's must not shadow. So it imports
nothing of bench/. It prints, as JSON, for each page: its status, its queries, the episode cards shown and the
number of results announced (searches). A page given as {"path": …, "revalidate": true} is asked the second
time with the ETag of the first answer (If-None-Match): what a browser's revisit costs.
"""

import json
import re
import sys

import django


def count(paths):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    counts = {}
    for name, page in paths.items():
        path = page if isinstance(page, str) else page["path"]
        first = client.get(path)  # warms every cache: what a worker has after its first visit
        revalidate = not isinstance(page, str) and page.get("revalidate")
        headers = {"If-None-Match": first["ETag"]} if revalidate else {}
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path, headers=headers)
        content = "" if response.streaming else response.content.decode()  # a static file streams
        response.close()
        found = re.search(r"(\d+) (?:épisodes?|episodes?) pour", content)
        counts[name] = {
            "status": response.status_code,
            "queries": len(queries),
            "episodes shown": content.count('class="episode-card"') + content.count('class="search-result"'),
            "results": int(found.group(1)) if found else None,
        }
    return counts


if __name__ == "__main__":
    django.setup()
    print(json.dumps(count(json.loads(sys.argv[1]))))
