"""Varnish with the project's VCL (deploy/varnish/site.vcl) in front of a local server: the one runner of the
page benchmark, the reliability drills and the tests (tests/support/varnish.py).

varnishd runs in the foreground on a free port, from a scratch folder holding a copy of site.vcl and the
local.vcl it includes (the backend, probed on /healthz/, and who may purge), and is stopped on leaving.
"""

import os
import shutil
import socket
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from .processes import stop

VCL_FOLDER = Path(__file__).resolve().parent.parent / "deploy" / "varnish"
# The probe's request names a host the application accepts (ALLOWED_HOSTS): otherwise every probe is a 400
# and the backend is always sick.
LOCAL_VCL = """
backend default {{
    .host = "127.0.0.1";
    .port = "{port}";
    .probe = {{
        .request = "GET /healthz/ HTTP/1.1" "Host: {host}" "Connection: close";
        .interval = 1s; .timeout = 1s; .window = 2; .threshold = 1; .initial = 1;
    }}
}}
acl purgers {{ "127.0.0.1"; }}
"""


def varnishd_path():
    """Debian's varnishd (package varnish), or None."""
    return shutil.which("varnishd") or ("/usr/sbin/varnishd" if Path("/usr/sbin/varnishd").exists() else None)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def running_varnish(backend_port, host_header="localhost"):
    """varnishd in the foreground with deploy/varnish/site.vcl, its backend 127.0.0.1:backend_port, probed with
    this Host header; yields its port."""
    binary = varnishd_path()
    if binary is None:
        raise SystemExit("Varnish is not installed: apt-get install varnish")
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="varnish-") as folder:
        # site.vcl includes local.vcl from its own folder: both go into a scratch one, as into /etc/varnish.
        os.chmod(folder, 0o755)  # varnishd reads it as its own unprivileged user
        shutil.copy(VCL_FOLDER / "site.vcl", folder)
        Path(folder, "local.vcl").write_text(LOCAL_VCL.format(port=backend_port, host=host_header))
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
            stop(process, grace=10)


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


def version():
    """varnishd's version, as `varnishd -V` gives it (varnish-7.1.1), or None when it is not installed."""
    binary = varnishd_path()
    if binary is None:
        return None
    output = subprocess.run([binary, "-V"], capture_output=True, text=True).stderr
    return output.split()[1].strip("()") if output.startswith("varnishd (") else output.strip()
