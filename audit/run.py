"""make audit: Lighthouse 12 and html-validate against the demo site, served on 127.0.0.1.

Prints the four Lighthouse scores of the home, series, episode and search pages and the HTML
validation errors of every page type; exits non-zero when a score is under its bar
(accessibility, best practices and SEO 1.0, performance 0.95) or the HTML has an error.
"""

import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AUDIT = ROOT / "audit"
PYTHON = ROOT / ".venv" / "bin" / "python"
PORT = 8765
BASE = f"http://127.0.0.1:{PORT}"
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync"
)
BARS = {"performance": 0.95, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}
LIGHTHOUSE_PAGES = {
    "home": "/fr/",
    "series": "/fr/raconter-le-travail-pair/",
    "episode": "/fr/raconter-le-travail-pair/faire-du-lien/",
    "search": "/fr/recherche/",
    "videos": "/fr/videos/",
    "themes": "/fr/themes/",
    "standard page": "/fr/a-propos/",
    "contact": "/fr/contact/",
}
VALIDATED_PAGES = {
    **LIGHTHOUSE_PAGES,
    "search results": "/fr/recherche/?q=lien",
    "theme": "/fr/themes/faire-du-lien/",
    "digest": "/fr/raconter-le-travail-pair/recommandations/",
    "home (en)": "/en/",
    "episode (en)": "/en/peer-work-in-their-own-words/building-connection/",
    "videos (en)": "/en/videos/?theme=building-connection",
    "legal notice (en)": "/en/legal-notice/",
    "privacy": "/fr/confidentialite/",
    "contact (en)": "/en/contact/",
    "not found": "/fr/introuvable/",
}


def serve(workdir):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "site_config.settings.dev",
        "DATABASE_URL": f"sqlite:///{workdir}/audit.sqlite3",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_DEBUG": "false",  # the real error pages, not Django's debug ones
        "SERVE_MEDIA": "true",  # the demo's posters, as a web server would serve them
        "MEDIA_ROOT": f"{workdir}/media",
    }
    for command in (["migrate", "--noinput", "-v0"], ["load_demo"]):
        subprocess.run([PYTHON, "manage.py", *command], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    server = subprocess.Popen(
        [PYTHON, "manage.py", "runserver", f"127.0.0.1:{PORT}", "--noreload", "--insecure"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(BASE + "/fr/", timeout=2)
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("the demo server did not start")


def lighthouse(path, workdir):
    report = Path(workdir) / "lighthouse.json"
    command = [
        AUDIT / "node_modules" / ".bin" / "lighthouse",
        BASE + path,
        "--output=json",
        f"--output-path={report}",
        "--quiet",
        f"--chrome-flags={CHROME_FLAGS} --user-data-dir={tempfile.mkdtemp(dir=workdir)}",
        "--only-categories=performance,accessibility,best-practices,seo",
    ]
    for attempt in range(3):  # Lighthouse now and then fails to record the load's trace (NO_NAVSTART)
        finished = subprocess.run(command, env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"}, timeout=180)
        if finished.returncode == 0:
            break
        print(f"Lighthouse failed on {path} (attempt {attempt + 1} of 3)", file=sys.stderr)
    else:
        raise SystemExit(f"Lighthouse failed three times on {path}")
    data = json.loads(report.read_text())
    failed = [
        audit["id"]
        for audit in data["audits"].values()
        if audit.get("score") is not None and audit["score"] < 1 and audit.get("scoreDisplayMode") == "binary"
    ]
    return {name: data["categories"][name]["score"] for name in BARS}, failed


def validate_html(workdir):
    files = []
    for name, path in VALIDATED_PAGES.items():
        target = Path(workdir) / f"{name.replace(' ', '-').replace('(', '').replace(')', '')}.html"
        try:
            html = urllib.request.urlopen(BASE + path, timeout=10).read()
        except urllib.error.HTTPError as error:  # the 404 page is validated too
            html = error.read()
        target.write_bytes(html)
        files.append(target)
    result = subprocess.run(
        [AUDIT / "node_modules" / ".bin" / "html-validate", "--config", AUDIT / ".htmlvalidate.json", *files],
        capture_output=True,
        text=True,
    )
    return result.returncode, (result.stdout + result.stderr).strip()


def main():
    ok = True
    with tempfile.TemporaryDirectory() as workdir:
        server = serve(workdir)
        try:
            print(f"{'page':<10} {'perf':>6} {'a11y':>6} {'b.p.':>6} {'seo':>6}  failed audits")
            for name, path in LIGHTHOUSE_PAGES.items():
                scores, failed = lighthouse(path, workdir)
                below = [category for category, bar in BARS.items() if (scores[category] or 0) < bar]
                ok &= not below
                row = " ".join(f"{scores[category]:>6.2f}" for category in BARS)
                print(
                    f"{name:<10} {row}  {', '.join(failed) or '-'}{'  BELOW BAR: ' + ', '.join(below) if below else ''}"
                )
            code, output = validate_html(workdir)
            print(f"\nhtml-validate on {len(VALIDATED_PAGES)} pages: {'0 errors' if code == 0 else 'errors'}")
            if code:
                print(output)
                ok = False
        finally:
            server.terminate()
            server.wait(timeout=10)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
