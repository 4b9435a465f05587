# What differs from one deployment to the next: where the application answers, and which addresses may
# purge. Copy this file as local.vcl beside site.vcl and adapt it; the tests write their own
# (tests/support/varnish.py).
backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .first_byte_timeout = 30s;
    # While the application cannot answer (its database restarting), cached pages are served stale.
    # The host must be one the application accepts (ALLOWED_HOSTS): the site's own name.
    .probe = {
        .request = "GET /healthz/ HTTP/1.1" "Host: localhost" "Connection: close";
        .interval = 2s;
        .timeout = 1s;
        .window = 3;
        .threshold = 2;
    }
}

acl purgers {
    "127.0.0.1";
    "::1";
}
