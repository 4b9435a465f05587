"""A real Varnish (Debian's package, which `make test` installs) with the project's VCL, started on a free
port in front of the test server, and a small HTTP client that talks to it as a browser would."""

import http.client
import os
import shutil
import socket
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

VCL_FOLDER = Path(__file__).resolve().parents[2] / "deploy" / "varnish"
SITE_HOST = "localhost"  # the demo site's hostname: page addresses, and so purges, name it
LOCAL_VCL = """
backend default {{
    .host = "127.0.0.1";
    .port = "{port}";
    .probe = {{
        .request = "GET /healthz/ HTTP/1.1" "Host: localhost" "Connection: close";
        .interval = 1s; .timeout = 1s; .window = 2; .threshold = 1; .initial = 1;
    }}
}}
acl purgers {{ "127.0.0.1"; }}
"""


def varnishd():
    found = shutil.which("varnishd") or ("/usr/sbin/varnishd" if Path("/usr/sbin/varnishd").exists() else None)
    if found is None:
        pytest.skip(
            "Varnish is not installed (`make test` installs Debian's varnish package): HTTP cache tests skipped"
        )
    return found


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def running_varnish(backend_port):
    """varnishd in the foreground with deploy/varnish/site.vcl, its backend the test server; yields its port."""
    binary = varnishd()
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="varnish-") as folder:
        # site.vcl includes local.vcl from its own folder: both go into a scratch one, as into /etc/varnish.
        os.chmod(folder, 0o755)  # varnishd reads it as its own unprivileged user
        shutil.copy(VCL_FOLDER / "site.vcl", folder)
        Path(folder, "local.vcl").write_text(LOCAL_VCL.format(port=backend_port))
        command = [
            binary,
            "-F",
            "-a", f"127.0.0.1:{port}",
            "-p", f"vcl_path={folder}",  # before -f, which is compiled where it comes
            "-f", str(Path(folder, "site.vcl")),
            "-n", str(Path(folder, "work")),
            "-s", "malloc,32m",
        ]  # fmt: skip
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            wait_for(port, process)
            yield port
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def wait_for(port, process, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"varnishd stopped: {process.stderr.read().decode()[-2000:]}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("varnishd did not start")


class Response:
    def __init__(self, response):
        self.status = response.status
        self.headers = {name.lower(): value for name, value in response.getheaders()}
        self.body = response.read()

    def header(self, name):
        return self.headers.get(name.lower())


def request(port, path, method="GET", headers=None, source="127.0.0.1"):
    """One request to Varnish for the demo site's host, from a given local address (127.0.0.2 is "elsewhere")."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30, source_address=(source, 0))
    try:
        connection.request(method, path, headers={"Host": SITE_HOST, **(headers or {})})
        return Response(connection.getresponse())
    finally:
        connection.close()
