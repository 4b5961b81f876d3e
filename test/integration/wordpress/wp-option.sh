#!/usr/bin/env bash
# Reads or sets a WordPress option of the running test site, from the command line:
#   bash test/integration/wordpress/wp-option.sh NAME            prints the value
#   bash test/integration/wordpress/wp-option.sh NAME VALUE      sets it, prints the new value
# The server reads options on every request, so a change applies to the next request. Examples:
#   wp-option.sh comment_moderation 1            hold every new comment (201, status "hold")
#   wp-option.sh comment_moderation 0            auto-approve again
#   wp-option.sh wpci_disable_comment_flood 1    no 400 comment_flood between test comments
# (The same three switches are REST settings for the admin: POST /wp-json/wp/v2/settings.)
# wp-up.sh resets comment_moderation and wpci_disable_comment_flood from WPCI_MODERATION and
# WPCI_DISABLE_FLOOD on every run.
set -euo pipefail
WPCI_TAG=wp-option
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[ $# -ge 1 ] && [ $# -le 2 ] || wpci_die "usage: wp-option.sh NAME [VALUE]"
[[ "$1" =~ ^[a-z0-9_]+$ ]] || wpci_die "bad option name '$1'"
port=$(cat "$WPCI_DIR/php.port" 2>/dev/null) || wpci_die "the test WordPress is not up (no $WPCI_DIR/php.port): run wp-up.sh"
wpci_db_pid >/dev/null || wpci_die "mariadbd of $WPCI_DIR is not running: run wp-up.sh"
wpci_php_cli "$port" option.php "$@"
