"""Settings shared by every environment; values that differ come from the environment."""

import os
from pathlib import Path

import dj_database_url

from django.utils.translation import gettext_lazy as _

from site_config.content_security import PUBLIC_POLICY

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    """A comma-separated environment variable as a list of non-empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


INSTALLED_APPS = [
    "home",
    "navigation",
    "organisation",
    "series",
    "glossary",
    "comments",
    "search",
    "caching",
    "editorial",  # before wagtail_localize: it guards some of wagtail-localize's addresses
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.settings",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.search_promotions",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",  # Wagtail says "sent 2 minutes ago" with it: without the app, in English
    "axes",
    # Last: their catalogues must not override Wagtail's French (« Champ requis. »).
    "wagtail.api.v2",
    "rest_framework",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",  # static files, pre-compressed by collectstatic
    # Pages compressed for browsers that accept it (a transcript is mostly text: a third of its size on the
    # wire). Django masks CSRF tokens and pads the gzip header, its defences against BREACH.
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "site_config.security.SiteCSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "caching.version.RequestContentVersionMiddleware",
    # Cache-Control, ETag and 304s for browsers and shared caches (Varnish, a CDN), then the page cache.
    "caching.http_headers.HttpCacheHeadersMiddleware",
    "caching.page_cache.AnonymousPageCacheMiddleware",
    "caching.lookups.CachedSiteMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "editorial.admin_language.AdminLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out login into its lockout response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "site_config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "site_config.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Security headers (HSTS is sent over HTTPS only; production.py turns on the HTTPS redirect and
# secure cookies). The Content-Security-Policy is in site_config/security.py.
SECURE_HSTS_SECONDS = 2 * 365 * 24 * 3600
SECURE_HSTS_INCLUDE_SUBDOMAINS = os.environ.get("SECURE_HSTS_INCLUDE_SUBDOMAINS", "true").lower() == "true"
SECURE_HSTS_PRELOAD = os.environ.get("SECURE_HSTS_PRELOAD", "true").lower() == "true"
SECURE_CONTENT_TYPE_NOSNIFF = True
# Video players refuse to play without knowing which site embeds them; nothing more leaves the site.
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "geolocation": [],
    "gyroscope": [],
    "microphone": [],
    "payment": [],
    "usb": [],
    "autoplay": ["self", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    "fullscreen": ["self", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    "picture-in-picture": ["self", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    "encrypted-media": ["self", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
}
CONTENT_SECURITY_POLICY = {"DIRECTIVES": PUBLIC_POLICY}  # /admin/ has its own: site_config/security.py

# Cache: Redis when REDIS_URL is set (shared by every web process), else the memory of this one
# process, which only development (one runserver) and tests may use: what is cached decides what
# visitors see, so production falls back to the database cache instead (settings/production.py).
# A Redis that is down or slow is logged and skipped, never an error page.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "travail-pair",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "travail-pair"}}
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
# Whole anonymous pages are cached (caching/page_cache.py) unless PAGE_CACHE=false, which the
# benchmarks use to measure rendering itself.
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE", "true").lower() != "false"
# Pages whose query string is part of the page, cached too (their known parameters only), and what counts
# a search served from the cache.
PAGE_CACHE_QUERY_URL_NAMES = ["search"]
SEARCH_HIT_COUNTER = "search.hits.count_hit"

# Login attempts are throttled by django-axes: after 10 failures in a row for one username from one
# address, that pair is refused for an hour (a success resets the count).
# AxesBackend refuses locked-out attempts, then ModelBackend logs in. AxesBackend (rather than the
# standalone one) also loads users, so tools that use the first backend, such as Wagtail's page
# test helpers, work too.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = 10
AXES_COOLOFF_TIME = 1  # hour
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Behind reverse proxies, failures are counted per visitor, not per proxy: TRUSTED_PROXY_COUNT is the
# number of proxies in front of the site that append to X-Forwarded-For (0: none, use REMOTE_ADDR).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "site_config.client_address.client_address"

# Languages: French is the source language of the content, English its translation.
LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("fr", "Français"),
    ("en", "English"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
# The admin speaks French or English; new users start in French (see editorial/admin_language.py).
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Content languages are named in the admin's language (« Publier en anglais »); the public language
# switcher names each language in itself (LANGUAGES).
WAGTAIL_CONTENT_LANGUAGES = [("fr", _("français")), ("en", _("anglais"))]
# Slugs are ASCII (« L'équipe élargie » → lequipe-elargie), never percent-encoded in addresses.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# A translation goes live only when a translator publishes it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
STATIC_URL = os.environ.get("STATIC_URL", "/static/")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Complex page forms (StreamFields with many blocks) exceed Django's default of 1000 fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = _("Plateforme travail pair")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Search: the database by default; Elasticsearch/OpenSearch when WAGTAILSEARCH_URL is set. Text is
# stemmed and accent-folded per language in Python (search/stemming.py), so the backend itself must not
# stem again: PostgreSQL uses its "simple" configuration.
if os.environ.get("WAGTAILSEARCH_URL"):
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": os.environ.get("WAGTAILSEARCH_BACKEND", "wagtail.search.backends.elasticsearch8"),
            "URLS": env_list("WAGTAILSEARCH_URL"),
            "INDEX": os.environ.get("WAGTAILSEARCH_INDEX", "travail_pair"),
            "TIMEOUT": 5,
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"},
    }
# Every image needs a description: it is the image's alternative text (editorial/forms.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "editorial.forms.ImageForm"
# SVG for the logo (kept as drawn: Wagtail serves the original file).
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp", "svg"]
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024

# Nothing in the admin may call an outside host.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False

# The read-only API for partners (api/, at /api/v2/): rich text as the HTML visitors see, at most 50 items a request.
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
WAGTAILAPI_LIMIT_MAX = 50

# The HTTP cache in front, purged when content changes (caching/purging.py): Varnish (deploy/varnish/), or a
# CDN by Wagtail's documented settings. None configured: nothing is purged and shared caches keep pages
# five minutes (caching/http_headers.py).
WAGTAILFRONTENDCACHE = {}
if os.environ.get("VARNISH_URL"):
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "caching.frontend.VarnishBackend",
        "LOCATION": os.environ["VARNISH_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_BEARER_TOKEN", ""),
        "ZONEID": os.environ["CLOUDFLARE_ZONEID"],
    }
if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    }
# Each address is purged as given: Wagtail would also purge the same path in every other language's
# prefix (/en/… for /fr/…), which are other pages here.
WAGTAILFRONTENDCACHE_LANGUAGES = []
# Purges run at once (there is no task worker); caching/purging.py runs them after the commit.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Visitors' comments under the episodes (comments/), published once a moderator has approved them. The
# periods are the ones the privacy page states; `manage.py purge_comments`, run daily, applies them.
COMMENTS_MINIMUM_SECONDS = 3  # a form sent sooner after it was opened is a robot's
COMMENTS_PER_ADDRESS_PER_MINUTE = 5
COMMENTS_PER_EPISODE_PER_MINUTE = 20
COMMENTS_MAX_LINKS = 2
COMMENTS_REJECTED_KEPT_DAYS = 30
COMMENTS_PERSONAL_DATA_KEPT_DAYS = 90
COMMENTS_PRIVACY_SLUGS = {"fr": "confidentialite", "en": "privacy"}  # the privacy page the form links to
