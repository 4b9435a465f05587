"""A real Varnish (Debian's package, which `make test` installs) with the project's VCL, started on a free
port in front of the test server (bench/varnish.py, the one runner), and a small HTTP client that talks to
it as a browser would."""

import http.client
from contextlib import contextmanager

import pytest

from bench import varnish as runner
from bench.varnish import VCL_FOLDER, free_port

__all__ = ["SITE_HOST", "VCL_FOLDER", "Response", "free_port", "request", "running_varnish", "varnishd"]

SITE_HOST = "localhost"  # the demo site's hostname: page addresses, and so purges, name it


def varnishd():
    found = runner.varnishd_path()
    if found is None:
        pytest.skip(
            "Varnish is not installed (`make test` installs Debian's varnish package): HTTP cache tests skipped"
        )
    return found


@contextmanager
def running_varnish(backend_port):
    """bench.varnish.running_varnish in front of the test server, skipping the test when Varnish is missing."""
    varnishd()
    with runner.running_varnish(backend_port, host_header=SITE_HOST) as port:
        yield port


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
