"""How the page editor copes with long transcripts.

    .venv/bin/python -m bench.transcript_editor [--segments 30 200 500] [--runs 3]

This loads the demo into a scratch SQLite database, gives the first French episode N transcript cues,
serves the site with runserver and, in Debian's Chromium, times what an editor waits for: the edit form
ready (every cue's row drawn) and a draft saved. It also times the server's side alone (the edit view's
GET and the POST of the whole form) and the form's size (before gzip, which the site applies).

Measured on 2026-11-30, 2 cores, median of 3 (runserver, DEBUG). Before: one StreamField block per cue,
drawn by Wagtail's StreamField script (the machine busy with tests):

    segments  form ready  save draft  GET (server)  POST (server)  form HTML
          30      2.1 s       2.1 s        0.33 s          0.19 s     0.2 MB
         200      4.5 s       5.3 s        0.46 s          0.38 s     0.3 MB
         500     10.6 s      13.4 s        0.83 s          1.04 s     0.4 MB

After: every cue in one field (series/transcript_field.py), its rows plain HTML drawn by the server
(series/transcript_form.py):

    segments  form ready  save draft  GET (server)  POST (server)  form HTML
          30      1.1 s       1.1 s        0.35 s          0.16 s     0.3 MB
         200      0.9 s       1.1 s        0.33 s          0.19 s     0.5 MB
         500      1.1 s       1.4 s        0.45 s          0.26 s     0.9 MB

Again on the idle machine, later the same day: 30 cues ready in 0.7 s and saved in 0.8 s, 500 in 0.8 s and
1.0 s (1.0 MB of HTML). The form now waits on the server and the network, not on the rows: 500 cues are
ready ten times sooner.
The HTML is larger (labels on every input) but compresses to a tenth of it.
"""

import argparse
import os
import socket
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from .processes import PYTHON, ROOT


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def prepare(env, segments):
    """Migrate, load the demo, give episode 1 `segments` rows; returns the episode's id."""
    script = f"""
from series.models import EpisodePage
from django.contrib.auth import get_user_model
page = EpisodePage.objects.filter(locale__language_code="fr").order_by("path").first()
page.transcript = [
    {{"start": i * 6.0, "end": i * 6.0 + 5.5, "speaker_role": "", "text": f"Phrase {{i}} du récit."}}
    for i in range({segments})
]
page.save_revision().publish()
User = get_user_model()
if not User.objects.filter(username="bench").exists():
    User.objects.create_superuser("bench", "bench@example.org", "bench-password")
print(page.id)
"""
    subprocess.run([PYTHON, "manage.py", "migrate", "--noinput"], cwd=ROOT, env=env, check=True, capture_output=True)
    subprocess.run([PYTHON, "manage.py", "load_demo"], cwd=ROOT, env=env, check=True, capture_output=True)
    done = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", script], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return int(done.stdout.strip().splitlines()[-1])


def time_editor(base, page_id, segments, runs):
    from playwright.sync_api import sync_playwright

    ready, saved, get_times, post_times, sizes = [], [], [], [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(f"{base}/admin/login/")
        page.fill("#id_username", "bench")
        page.fill("#id_password", "bench-password")
        page.click("button[type=submit]")
        page.wait_for_url(f"{base}/admin/")
        edit = f"{base}/admin/pages/{page_id}/edit/"
        rows = "[data-transcript-rows] > li"
        for _ in range(runs):
            started = time.perf_counter()
            response = page.goto(edit, wait_until="load")
            page.wait_for_function(f'document.querySelectorAll("{rows}").length >= {segments}', timeout=120_000)
            ready.append(time.perf_counter() - started)
            get_times.append(response.request.timing["responseEnd"] / 1000)
            sizes.append(len(response.body()))
            started = time.perf_counter()
            with page.expect_response(lambda r: r.request.method == "POST" and "/edit/" in r.url) as posted:
                page.get_by_role("button", name="Enregistrer le brouillon").click()
            page.wait_for_load_state("load")
            saved.append(time.perf_counter() - started)
            post_times.append(posted.value.request.timing["responseEnd"] / 1000)
        browser.close()
    return [statistics.median(values) for values in (ready, saved, get_times, post_times)] + [max(sizes)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, nargs="+", default=[30, 200, 500])
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    print("segments  form ready  save draft  GET (server)  POST (server)  form HTML")
    for segments in arguments.segments:
        with tempfile.TemporaryDirectory() as scratch:
            port = free_port()
            env = dict(
                os.environ,
                DJANGO_SETTINGS_MODULE="site_config.settings.dev",
                DATABASE_URL=f"sqlite:///{Path(scratch) / 'editor.sqlite3'}",
            )
            page_id = prepare(env, segments)
            server = subprocess.Popen(
                [PYTHON, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            try:
                deadline = time.monotonic() + 30
                while time.monotonic() < deadline:
                    try:
                        socket.create_connection(("127.0.0.1", port), timeout=1).close()
                        break
                    except OSError:
                        time.sleep(0.2)
                figures = time_editor(f"http://127.0.0.1:{port}", page_id, segments, arguments.runs)
            finally:
                server.terminate()
                server.wait()
        ready, saved, get_time, post_time, size = figures
        print(
            f"{segments:>8}  {ready:>8.1f} s  {saved:>8.1f} s  {get_time:>10.2f} s  {post_time:>11.2f} s"
            f"  {size / 1e6:>6.1f} MB"
        )


if __name__ == "__main__":
    main()
