"""Tests: fast hashing, plain static storage, no outside services unless DATABASE_URL is set."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "test-artefacts" / "media"  # noqa: F405

DEMO_ADMIN_USERNAME = "admin"
DEMO_ADMIN_PASSWORD = "travail-pair-demo"

# Static files straight from the apps and site_config/static, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
