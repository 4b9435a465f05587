#!/usr/bin/env bash
# Back up the database of DATABASE_URL (PostgreSQL) and the media folder into DIR.
#   DATABASE_URL=postgres://… MEDIA_ROOT=media scripts/backup.sh /var/backups/travail-pair/2026-11-22
set -euo pipefail
dir=${1:?usage: scripts/backup.sh DIR}
: "${DATABASE_URL:?DATABASE_URL must name the PostgreSQL database to back up}"
media=${MEDIA_ROOT:-media}
mkdir -p "$dir"
pg_dump --format=custom --no-owner --no-privileges --file="$dir/database.dump" "$DATABASE_URL"
if [ -d "$media" ]; then tar -czf "$dir/media.tar.gz" -C "$media" .; else tar -czf "$dir/media.tar.gz" -T /dev/null; fi
(cd "$dir" && sha256sum database.dump media.tar.gz > SHA256SUMS)
echo "backup written to $dir"
