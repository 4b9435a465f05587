"""gunicorn for the page benchmark: started with the site's production config, ready, then stopped."""

import http.client
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path

from .processes import PYTHON, ROOT, BenchTimeout, stop

GUNICORN = str(Path(PYTHON).parent / "gunicorn")
GUNICORN_CONFIG = str(ROOT / "site_config" / "gunicorn.conf.py")
WORKERS = 2


@contextmanager
def gunicorn(env, cwd, application, log):
    """gunicorn with the site's production config for both sites (same workers, keep-alive, logs); worker
    recycling (max_requests) is off so that no run times a worker's restart. Yields the master process."""
    with open(log, "a") as errors:
        server = subprocess.Popen(
            [GUNICORN, "-c", GUNICORN_CONFIG, "--max-requests", "0", application],
            cwd=cwd,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        try:
            wait_until_serving(env["GUNICORN_BIND"], server)
            yield server
        except BenchTimeout:
            raise
        except Exception:
            print(f"gunicorn's last words ({log}):\n" + "\n".join(Path(log).read_text().splitlines()[-20:]))
            raise
        finally:
            stop(server, grace=30)


def wait_until_serving(bind, server, timeout=60):
    """reliability.wait_until_healthy, for any server: the floor has no /healthz/, so ask for /robots.txt."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"gunicorn on {bind} exited with {server.returncode}")
        try:
            get(bind, "/robots.txt")
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"gunicorn on {bind} did not answer")


def get(bind, path, headers=None):
    """One request on a new connection (gunicorn's sync workers close it anyway), with these headers: seconds,
    status and the answer's headers."""
    host, port = bind.split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        started = time.perf_counter()
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        response.read()
        return time.perf_counter() - started, response.status, response.headers
    finally:
        connection.close()
