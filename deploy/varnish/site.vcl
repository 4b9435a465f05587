# Varnish in front of the site: anonymous GET and HEAD requests are served from the cache until the
# application purges what a publish changed (wagtail.contrib.frontend_cache, caching/purging.py). The
# admin, previews, forms and anyone with a session or CSRF cookie go to the application every time.
#
#     varnishd -a :6081 -f /etc/varnish/site.vcl -s malloc,256m
#
# with /etc/varnish/local.vcl beside it, made from local.example.vcl (the backend and who may purge).
vcl 4.1;

import std;

include "local.vcl";

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Purging is not allowed from this address"));
        }
        return (purge);
    }
    if (req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Banning is not allowed from this address"));
        }
        # Every address of this host under a prefix: used when a menu, theme or term changes what every
        # page shows.
        ban("obj.http.X-Host == " + req.http.host + " && obj.http.X-Url ~ ^" + req.http.X-Ban-Prefix);
        return (synth(200, "Banned"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }

    # Tracking parameters never change a page; the order of the others does not either.
    set req.url = regsuball(req.url, "(?<=[?&])(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid)=[^&]*&?", "");
    set req.url = regsub(req.url, "[?&]+$", "");
    set req.url = std.querysort(req.url);

    if (req.url ~ "^/(admin|documents|_util|healthz)(/|$)") {
        return (pass);
    }
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|csrftoken)=") {
        return (pass);
    }
    # Only the bare address "/" chooses a language, by the language cookie or Accept-Language: there
    # the header is reduced to the site's two languages; everywhere else the address says the language.
    if (req.url ~ "^/(\?|$)") {
        if (req.http.Cookie ~ "(^|;\s*)django_language=") {
            return (pass);
        }
        if (req.http.Accept-Language ~ "^\s*en" || (req.http.Accept-Language ~ "(^|,)\s*en" && req.http.Accept-Language !~ "(^|,)\s*fr")) {
            set req.http.Accept-Language = "en";
        } else {
            set req.http.Accept-Language = "fr";
        }
    } else {
        unset req.http.Accept-Language;
    }
    unset req.http.Cookie;  # what is left (analytics, consent) never changes a page
    # Within a short grace, a stale page is served while it is fetched again; when the application is
    # down (its probe fails), for as long as the page's grace lasts.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    return (hash);
}

sub vcl_backend_response {
    # Remembered on the object, for bans by address (they run in the ban lurker, without the request).
    set beresp.http.X-Host = bereq.http.host;
    set beresp.http.X-Url = bereq.url;
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);  # keep serving the stale copy rather than an error
    }
    if (bereq.url ~ "^/(static|media)/") {
        unset beresp.http.Set-Cookie;
    }
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(private|no-store|no-cache)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    if (beresp.status >= 500) {
        set beresp.uncacheable = true;
        set beresp.ttl = 5s;
        return (deliver);
    }
    set beresp.grace = 24h;
    return (deliver);
}

sub vcl_backend_error {
    # No copy to serve and the application does not answer: a page that says so, never a raw error.
    set beresp.http.Content-Type = "text/html; charset=utf-8";
    set beresp.http.Retry-After = "30";
    set beresp.http.Cache-Control = "no-store";
    synthetic({"<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Site momentanément indisponible · Plateforme travail pair</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.6">
<h1>Le site revient dans un instant</h1>
<p>Nous ne pouvons pas afficher cette page pour le moment. Réessayez dans une minute.</p>
<p lang="en">The site is back in a moment: please try again in a minute.</p>
</body></html>"});
    return (deliver);
}

sub vcl_deliver {
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.X-Host;
    unset resp.http.X-Url;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}

sub vcl_synth {
    if (resp.status == 405) {
        set resp.http.Content-Type = "text/plain; charset=utf-8";
        synthetic(resp.reason);
        return (deliver);
    }
}
