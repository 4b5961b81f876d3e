#!/usr/bin/env bash
# Brings up a real WordPress (Debian 12's packages) for Broadsheet's integration tests:
#   bash test/integration/wordpress/wp-up.sh [PORT]        (default 8181; run as root)
#
# - apt-installs only the missing packages, never letting apache2 start;
# - MariaDB on a unix socket only (--skip-networking), data in the state dir;
# - WordPress served by `php -S 127.0.0.1:PORT` (nothing listens beyond 127.0.0.1);
# - installs WordPress with wp_install() through php-cli (Debian has no wp-cli), seeds the data set,
#   and prints WP_BASE_URL=…, WP_REST_URL=…/wp-json and WP_SEED_JSON=…/seed.json on stdout
#   (progress goes to stderr), once /wp-json/wp/v2/posts answers 200.
# Safe to re-run while up: it reuses the database and the running server, re-applies the settings
# and re-seeds only what changed.
#
# Environment:
#   WPCI_DIR            state dir (default <repo>/.tmp/wordpress)
#   WPCI_SEED_DATA      seed JSON (default test/integration/wordpress/seed-data.json)
#   WPCI_MODERATION=1   hold every new comment (status "hold"); default: auto-approve
#   WPCI_DISABLE_FLOOD=1  switch off WordPress's 15 s per-IP comment flood throttle
#   WPCI_PHP_WORKERS    php -S worker processes (default 4)
#   WPCI_WAIT           seconds to wait for the REST API (default 60)
set -euo pipefail
WPCI_TAG=wp-up
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PORT="${1:-8181}"
[[ "$PORT" =~ ^[0-9]+$ ]] && [ "$PORT" -ge 1024 ] && [ "$PORT" -le 65535 ] || wpci_die "PORT must be 1024-65535, got '$PORT'"
[ "$(id -u)" = 0 ] || wpci_die "run as root (it apt-installs packages and starts mariadbd as user mysql)"
[ -r /etc/debian_version ] || wpci_die "needs Debian 12 (Debian's wordpress, mariadb-server and php packages)"
SEED_DATA="$(realpath -m "${WPCI_SEED_DATA:-$WPCI_HERE/seed-data.json}")"
[ -r "$SEED_DATA" ] || wpci_die "seed data not found: $SEED_DATA"
BASE_URL="http://127.0.0.1:$PORT"

# --- 1. packages -----------------------------------------------------------------------------
# Only what is missing, so nothing already installed gets upgraded. --no-install-recommends keeps
# it to what WordPress needs (wordpress Depends on apache2|httpd, which therefore always comes).
want=(wordpress wordpress-theme-twentytwentythree mariadb-server mariadb-client php-cli php-mysql php-gd)
command -v curl >/dev/null || want+=(curl)
missing=()
for p in "${want[@]}"; do
  [ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null)" = installed ] || missing+=("$p")
done

policy_rc=/usr/sbin/policy-rc.d
policy_marker="# temporary: written by broadsheet's wp-up.sh so that apt starts no service"
cleanup_policy() {
  if [ -f "$policy_rc" ] && grep -qF "$policy_marker" "$policy_rc"; then rm -f "$policy_rc"; fi
}
on_exit() {
  local rc=$?
  cleanup_policy
  if [ "$rc" != 0 ]; then
    wpci_log "failed (exit $rc); logs in $WPCI_DIR/log; 'bash $(dirname "$0")/wp-down.sh' stops what was started"
  fi
}
trap on_exit EXIT
if [ ${#missing[@]} -gt 0 ]; then
  wpci_log "apt-get install ${missing[*]}"
  # Without a policy-rc.d, installing apache2 (pulled in by wordpress) on a systemd machine would
  # start it on :80 on every interface, and mariadb-server would start its own server too. Docker
  # images ship one already (exit 101 = "action forbidden"); otherwise write one just for this run.
  if [ ! -e "$policy_rc" ]; then
    printf '#!/bin/sh\n%s\nexit 101\n' "$policy_marker" >"$policy_rc"
    chmod 755 "$policy_rc"
  fi
  apt_install() {
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
      -o DPkg::Lock::Timeout=600 "${missing[@]}" 9>&-
  }
  mkdir -p "$WPCI_DIR/log"
  apt_log="$WPCI_DIR/log/apt.log"
  # An image with stale or empty package lists: update once, then try again.
  if ! apt_install >"$apt_log" 2>&1; then
    wpci_log "apt-get install failed; running apt-get update and retrying"
    apt-get update -q -o DPkg::Lock::Timeout=600 >>"$apt_log" 2>&1 9>&- || true
    apt_install >>"$apt_log" 2>&1 || {
      tail -n 30 "$apt_log" >&2
      wpci_die "apt-get install failed (log: $apt_log)"
    }
  fi
  cleanup_policy
  wpci_log "packages installed"
fi
for f in "$WP_ROOT/wp-load.php" "$WP_ROOT/wp-content/themes/twentytwentythree/style.css"; do
  [ -r "$f" ] || wpci_die "missing $f after the install"
done
command -v mariadbd >/dev/null && command -v mariadb-install-db >/dev/null || wpci_die "mariadbd not found"
php -r 'exit(function_exists("imagecreatetruecolor") && function_exists("mysqli_connect") ? 0 : 1);' ||
  wpci_die "php lacks gd or mysqli"

# --- 2. state dir ------------------------------------------------------------------------------
mkdir -p "$WPCI_DIR"
wpci_lock
touch "$WPCI_MARKER"
mkdir -p "$WPCI_DIR"/{log,run,wp-content/mu-plugins,wp-content/plugins,wp-content/themes,wp-content/uploads}
chmod 755 "$WPCI_DIR"
SOCK="$WPCI_DIR/run/mysqld.sock"
[ ${#SOCK} -lt 100 ] || wpci_die "socket path too long for a unix socket (${#SOCK} chars): set WPCI_DIR to a shorter path"

# mariadbd runs as user mysql, so it must be able to traverse every directory above its files.
d="$WPCI_DIR"
while [ "$d" != / ]; do
  if ! runuser -u mysql -- test -x "$d" 2>/dev/null; then
    chmod o+x "$d"
    wpci_log "chmod o+x $d (mariadbd, running as mysql, must traverse it)"
  fi
  d=$(dirname "$d")
done

# Secrets, made once per state dir: database password, admin password, WordPress salts.
if [ ! -s "$WPCI_DIR/secrets.sh" ]; then
  rnd() { tr -dc 'A-Za-z0-9' </dev/urandom | head -c "$1"; }
  (
    umask 077
    {
      echo "DB_PASSWORD=$(rnd 24)"
      echo "ADMIN_PASSWORD=$(rnd 20)"
      for k in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
        echo "$k=$(rnd 64)"
      done
    } >"$WPCI_DIR/secrets.sh.tmp"
    mv "$WPCI_DIR/secrets.sh.tmp" "$WPCI_DIR/secrets.sh"
  )
fi
# shellcheck disable=SC1091
. "$WPCI_DIR/secrets.sh"

# --- 3. MariaDB: unix socket only --------------------------------------------------------------
cat >"$WPCI_DIR/my.cnf" <<EOF
# Written by wp-up.sh. A private MariaDB for the WordPress integration tests.
[client]
socket = $SOCK

[mariadbd]
datadir = $WPCI_DIR/mysql
socket = $SOCK
pid-file = $WPCI_DIR/run/mariadbd.pid
log-error = $WPCI_DIR/log/mariadb.err
# Its own temp dir: the caller's TMPDIR (e.g. .ci/run's <repo>/.tmp, owned by root) may not be
# writable by mysql, and InnoDB then fails to start ("Unable to create temporary file").
tmpdir = $WPCI_DIR/run/tmp
skip-networking
skip-name-resolve
skip-log-bin
performance-schema = OFF
character-set-server = utf8mb4
collation-server = utf8mb4_unicode_ci
innodb-buffer-pool-size = 32M
innodb-log-file-size = 16M
innodb-flush-log-at-trx-commit = 2
max-connections = 50
EOF
mkdir -p "$WPCI_DIR/run/tmp"
chown mysql:mysql "$WPCI_DIR/run" "$WPCI_DIR/run/tmp"
# mariadbd opens its error log as mysql: pre-create it, or it silently logs nowhere.
touch "$WPCI_DIR/log/mariadb.err"
chown mysql:mysql "$WPCI_DIR/log/mariadb.err"

if ! db_pid=$(wpci_db_pid); then
  rm -f "$WPCI_DIR/mariadbd.pid"
  if [ ! -d "$WPCI_DIR/mysql/mysql" ]; then
    wpci_log "initialising the database in $WPCI_DIR/mysql"
    rm -rf "$WPCI_DIR/mysql"
    mariadb-install-db --defaults-file="$WPCI_DIR/my.cnf" --user=mysql --skip-test-db \
      --auth-root-authentication-method=socket >"$WPCI_DIR/log/mariadb-install.log" 2>&1 9>&- ||
      {
        tail -n 20 "$WPCI_DIR/log/mariadb-install.log" >&2
        wpci_die "mariadb-install-db failed"
      }
  fi
  # setsid: its own session, away from this terminal's signals; 9>&-: not holding our lock.
  setsid mariadbd --defaults-file="$WPCI_DIR/my.cnf" --user=mysql </dev/null >>"$WPCI_DIR/log/mariadb.out" 2>&1 9>&- &
  db_pid=$!
  echo "$db_pid" >"$WPCI_DIR/mariadbd.pid"
  wpci_log "mariadbd started (pid $db_pid, socket only)"
else
  wpci_log "mariadbd already running (pid $db_pid)"
fi
for _ in $(seq 1 300); do
  mariadb-admin --defaults-file="$WPCI_DIR/my.cnf" --connect-timeout=2 ping >/dev/null 2>&1 9>&- && break
  wpci_alive "$db_pid" || {
    tail -n 30 "$WPCI_DIR/log/mariadb.err" >&2
    wpci_die "mariadbd exited (log: $WPCI_DIR/log/mariadb.err)"
  }
  sleep 0.1
done
mariadb-admin --defaults-file="$WPCI_DIR/my.cnf" ping >/dev/null 2>&1 || wpci_die "mariadbd did not answer within 30 s"
# As the OS root user, connecting as the database's root goes through unix_socket authentication.
mariadb --defaults-file="$WPCI_DIR/my.cnf" -u root 9>&- <<EOF
CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'wpci'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
ALTER USER 'wpci'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON wordpress.* TO 'wpci'@'localhost';
EOF

# --- 4. WordPress files: wp-content, mu-plugin, router, per-port config -------------------------
install -m 644 "$WPCI_HERE/mu-plugin.php" "$WPCI_DIR/wp-content/mu-plugins/wpci.php"
install -m 644 "$WPCI_HERE/router.php" "$WPCI_DIR/router.php"
ln -sfn "$WP_ROOT/wp-content/themes/twentytwentythree" "$WPCI_DIR/wp-content/themes/twentytwentythree"

# Debian's wp-config.php loads /etc/wordpress/config-$WORDPRESS_CONFIG.php when that server
# variable is set (router.php sets wpci-PORT), else config-<HTTP_HOST without port>.php.
mkdir -p "$WP_ETC"
CONF="$WP_ETC/config-wpci-$PORT.php"
if [ -f "$CONF" ] && ! grep -qF "WPCI_DIR: $WPCI_DIR" "$CONF"; then
  wpci_log "note: replacing $CONF, which another state dir wrote"
fi
umask_old=$(umask)
umask 077
cat >"$CONF.tmp" <<EOF
<?php
// Written by Broadsheet's test/integration/wordpress/wp-up.sh for its test WordPress on
// 127.0.0.1:$PORT; removed by wp-down.sh --purge. WPCI_DIR: $WPCI_DIR
define('DB_NAME', 'wordpress');
define('DB_USER', 'wpci');
define('DB_PASSWORD', '$DB_PASSWORD');
define('DB_HOST', 'localhost:$SOCK');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
\$table_prefix = 'wp_';

\$wpci_host = isset(\$_SERVER['HTTP_HOST']) && \$_SERVER['HTTP_HOST'] === 'localhost:$PORT' ? 'localhost:$PORT' : '127.0.0.1:$PORT';
define('WP_HOME', 'http://' . \$wpci_host);
define('WP_SITEURL', 'http://' . \$wpci_host);
define('WP_CONTENT_DIR', '$WPCI_DIR/wp-content');
define('WP_CONTENT_URL', 'http://' . \$wpci_host . '/wp-content');

define('AUTH_KEY', '$AUTH_KEY');
define('SECURE_AUTH_KEY', '$SECURE_AUTH_KEY');
define('LOGGED_IN_KEY', '$LOGGED_IN_KEY');
define('NONCE_KEY', '$NONCE_KEY');
define('AUTH_SALT', '$AUTH_SALT');
define('SECURE_AUTH_SALT', '$SECURE_AUTH_SALT');
define('LOGGED_IN_SALT', '$LOGGED_IN_SALT');
define('NONCE_SALT', '$NONCE_SALT');

// 'local' lets application passwords work over plain http (seed.json's admin credentials).
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_DEBUG', false);
// No outbound HTTP (updates, oEmbed, pingbacks) and no loopback cron requests.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('FS_METHOD', 'direct');
EOF
mv "$CONF.tmp" "$CONF"
umask "$umask_old"
grep -qxF "$CONF" "$WPCI_DIR/etc-configs.list" 2>/dev/null || echo "$CONF" >>"$WPCI_DIR/etc-configs.list"

# --- 5. install (first run only) + settings (every run) + seed (what changed) ------------------
WPCI_ADMIN_PASSWORD="$ADMIN_PASSWORD" WPCI_MODERATION="${WPCI_MODERATION:-0}" \
  WPCI_DISABLE_FLOOD="${WPCI_DISABLE_FLOOD:-0}" wpci_php_cli "$PORT" install.php >&2
WPCI_ADMIN_PASSWORD="$ADMIN_PASSWORD" WPCI_SEED_DATA="$SEED_DATA" WPCI_SEED_JSON="$WPCI_DIR/seed.json" \
  wpci_php_cli "$PORT" seed.php >&2

# --- 6. php -S on 127.0.0.1:PORT ---------------------------------------------------------------
if php_pid=$(wpci_php_pid) && [ "$(cat "$WPCI_DIR/php.port" 2>/dev/null)" = "$PORT" ]; then
  # router.php, the mu-plugin and the config are read on every request: no restart needed.
  wpci_log "php server already running on $BASE_URL (pid $php_pid)"
else
  wpci_stop_php
  if php -r 'exit(@fsockopen("127.0.0.1", (int) $argv[1], $n, $s, 2) ? 0 : 1);' "$PORT"; then
    wpci_die "port $PORT is taken by another process (see: ss -ltnp 'sport = :$PORT')"
  fi
  (
    cd "$WP_ROOT"
    PHP_CLI_SERVER_WORKERS="${WPCI_PHP_WORKERS:-4}" exec setsid php \
      -d display_errors=0 -d log_errors=1 -d error_log="$WPCI_DIR/log/php-error.log" \
      -d error_reporting='E_ALL & ~E_DEPRECATED & ~E_STRICT' -d memory_limit=256M \
      -d upload_max_filesize=16M -d post_max_size=16M \
      -S "127.0.0.1:$PORT" -t "$WP_ROOT" "$WPCI_DIR/router.php"
  ) </dev/null >>"$WPCI_DIR/log/php.log" 2>&1 9>&- &
  php_pid=$!
  echo "$php_pid" >"$WPCI_DIR/php.pid"
  echo "$PORT" >"$WPCI_DIR/php.port"
  wpci_log "php server started on $BASE_URL (pid $php_pid, ${WPCI_PHP_WORKERS:-4} workers)"
fi

deadline=$(($(date +%s) + ${WPCI_WAIT:-60}))
code=000
while :; do
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$BASE_URL/wp-json/wp/v2/posts" 9>&- || true)
  [ "$code" = 200 ] && break
  wpci_alive "$php_pid" || {
    tail -n 20 "$WPCI_DIR/log/php.log" >&2
    wpci_die "php server exited (log: $WPCI_DIR/log/php.log)"
  }
  [ "$(date +%s)" -lt "$deadline" ] || {
    tail -n 20 "$WPCI_DIR/log/php.log" "$WPCI_DIR/log/php-error.log" >&2 || true
    wpci_die "$BASE_URL/wp-json/wp/v2/posts answered $code, not 200, within ${WPCI_WAIT:-60} s"
  }
  sleep 0.2
done

{
  echo "WP_BASE_URL=$BASE_URL"
  echo "WP_REST_URL=$BASE_URL/wp-json"
  echo "WP_SEED_JSON=$WPCI_DIR/seed.json"
} >"$WPCI_DIR/env"
wpci_log "ready: GET /wp-json/wp/v2/posts -> 200 (env also in $WPCI_DIR/env)"
cat "$WPCI_DIR/env"
