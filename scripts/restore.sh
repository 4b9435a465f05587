#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh into the empty database of DATABASE_URL and MEDIA_ROOT,
# then rebuild the search index.
#   DATABASE_URL=postgres://… MEDIA_ROOT=media scripts/restore.sh /var/backups/travail-pair/2026-11-22
set -euo pipefail
dir=${1:?usage: scripts/restore.sh DIR}
: "${DATABASE_URL:?DATABASE_URL must name the (empty) database to restore into}"
media=${MEDIA_ROOT:-media}
python=${PYTHON:-.venv/bin/python}
(cd "$dir" && sha256sum --check --quiet SHA256SUMS)
pg_restore --no-owner --no-privileges --exit-on-error --dbname="$DATABASE_URL" "$dir/database.dump"
mkdir -p "$media"
tar -xzf "$dir/media.tar.gz" -C "$media"
"$python" manage.py update_index --verbosity 0
echo "restored from $dir"
