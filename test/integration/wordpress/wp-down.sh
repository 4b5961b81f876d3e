#!/usr/bin/env bash
# Stops the test WordPress that wp-up.sh started from this state dir:
#   bash test/integration/wordpress/wp-down.sh [--purge]
# It stops only the processes named by the state dir's PID files, after checking that each PID is
# still the process it started (its command line names this state dir): the php -S process group
# first, then mariadbd with a clean shutdown (SIGTERM). Data is kept, so the next wp-up is fast.
# --purge also deletes the state dir (database, uploads, secrets, seed.json) and the
# /etc/wordpress/config-wpci-PORT.php files it wrote. Packages stay installed.
set -euo pipefail
WPCI_TAG=wp-down
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

purge=0
for arg in "$@"; do
  case "$arg" in
    --purge) purge=1 ;;
    -h | --help)
      sed -n '2,8p' "$0"
      exit 0
      ;;
    *) wpci_die "unknown argument '$arg' (usage: wp-down.sh [--purge])" ;;
  esac
done

if [ -d "$WPCI_DIR" ]; then
  [ -e "$WPCI_MARKER" ] || wpci_die "$WPCI_DIR is not a wp-up.sh state dir (no $(basename "$WPCI_MARKER")); not touching it"
  wpci_lock
  wpci_stop_php
  wpci_stop_db
else
  wpci_log "no state dir at $WPCI_DIR: nothing running"
fi

if [ "$purge" = 1 ]; then
  confs=()
  [ -f "$WPCI_DIR/etc-configs.list" ] && mapfile -t confs <"$WPCI_DIR/etc-configs.list"
  # Also any config that names this state dir (e.g. if the list was lost).
  for f in "$WP_ETC"/config-wpci-*.php; do
    [ -f "$f" ] && grep -qF "WPCI_DIR: $WPCI_DIR" "$f" && confs+=("$f")
  done
  for f in "${confs[@]}"; do
    case "$f" in "$WP_ETC"/config-wpci-*.php) ;; *) continue ;; esac
    if [ -f "$f" ] && grep -qF "WPCI_DIR: $WPCI_DIR" "$f"; then
      rm -f "$f"
      wpci_log "removed $f"
    fi
  done
  if [ -d "$WPCI_DIR" ]; then
    rm -rf "$WPCI_DIR"
    wpci_log "removed $WPCI_DIR"
  fi
fi
wpci_log "down"
