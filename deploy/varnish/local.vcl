# What differs from one deployment to the next: where the application answers, and which addresses may
# purge. Copy this file beside site.vcl and adapt it; the tests write their own (tests/caching/varnish.py).
backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .first_byte_timeout = 30s;
    # While the application cannot answer (its database restarting), cached pages are served stale.
    .probe = {
        .url = "/healthz/";
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
