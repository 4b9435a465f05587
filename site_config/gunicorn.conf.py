"""gunicorn settings: `gunicorn -c site_config/gunicorn.conf.py site_config.wsgi` (README, « Deploying »)."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * multiprocessing.cpu_count() + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then so a slow leak never grows without bound. The site is loaded once in
# the master and workers are forked from it, so a recycled worker is back at once: loading it in each
# new worker took seconds, and under load every recycling held its queued requests that long.
max_requests = 10000
max_requests_jitter = 1000
preload_app = True
accesslog = "-"
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
raw_env = [f"DJANGO_SETTINGS_MODULE={os.environ.get('DJANGO_SETTINGS_MODULE', 'site_config.settings.production')}"]
