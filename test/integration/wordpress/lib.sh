# shellcheck shell=bash
# Shared by wp-up.sh, wp-down.sh, wp-option.sh and smoke.sh. Sourced, never run.
#
# Everything the server needs at run time lives in the state dir ($WPCI_DIR, default
# <repo>/.tmp/wordpress). The only file written outside the repo besides the Debian packages is
# Debian WordPress's per-site config, /etc/wordpress/config-wpci-PORT.php (that is where Debian's
# /usr/share/wordpress/wp-config.php looks); wp-down.sh --purge removes it.

WPCI_HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WPCI_REPO="$(cd "$WPCI_HERE/../../.." && pwd)"
WPCI_DIR="$(realpath -m "${WPCI_DIR:-$WPCI_REPO/.tmp/wordpress}")"
WP_ROOT=/usr/share/wordpress
WP_ETC=/etc/wordpress
# A file that marks a directory as ours: wp-down.sh --purge deletes only a dir that has it.
WPCI_MARKER="$WPCI_DIR/.wpci-state-dir"

_wpci_t0="${_wpci_t0:-$(date +%s%N)}"
wpci_log() {
  local now
  now=$(date +%s%N)
  printf '[%s %5.1fs] %s\n' "${WPCI_TAG:-wpci}" "$(((now - _wpci_t0) / 1000000))e-3" "$*" >&2
}
wpci_die() {
  wpci_log "ERROR: $*"
  exit 1
}

# wpci_cmdline PID -> the process's argv joined by spaces (empty if it is gone).
wpci_cmdline() {
  [ -r "/proc/$1/cmdline" ] && tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null || true
}

# wpci_ours PIDFILE NEEDLE -> prints the PID if the file names a live process whose command line
# contains NEEDLE (a path inside the state dir), so a recycled PID is never taken for ours.
wpci_ours() {
  local pid
  [ -s "$1" ] || return 1
  pid=$(tr -dc '0-9' <"$1")
  [ -n "$pid" ] || return 1
  case "$(wpci_cmdline "$pid")" in
    *"$2"*) printf '%s\n' "$pid" ;;
    *) return 1 ;;
  esac
}

wpci_php_pid() { wpci_ours "$WPCI_DIR/php.pid" "$WPCI_DIR/router.php"; }
wpci_db_pid() { wpci_ours "$WPCI_DIR/mariadbd.pid" "--defaults-file=$WPCI_DIR/my.cnf"; }

# wpci_stat PID -> "STATE PGRP" from /proc/PID/stat (no procps needed). The command name in
# field 2 may hold spaces and parentheses, so fields are counted after its last ") ".
wpci_stat() {
  local line fields
  read -r line <"/proc/$1/stat" 2>/dev/null || return 1
  read -ra fields <<<"${line##*) }"
  printf '%s %s\n' "${fields[0]}" "${fields[2]}"
}

# Is PID (or, with -g, any process of group PID) alive? A zombie is not: a process that has
# exited but whose parent (init, once wp-up.sh has exited) has not reaped it yet, which on some
# machines takes seconds, while `kill -0` still succeeds on it.
wpci_alive() {
  local st f line fields
  if [ "$1" = -g ]; then
    for f in /proc/[0-9]*/stat; do
      read -r line <"$f" 2>/dev/null || continue
      read -ra fields <<<"${line##*) }"
      [ "${fields[2]}" = "$2" ] && [ "${fields[0]}" != Z ] && return 0
    done
    return 1
  fi
  st=$(wpci_stat "$1") && [ "${st%% *}" != Z ]
}

# Waits until PID (or, with -g, every process of the group PID) is gone. Returns 1 on timeout.
wpci_wait_gone() {
  local group=() ticks
  if [ "$1" = -g ]; then
    group=(-g)
    shift
  fi
  ticks=$(($2 * 10))
  while wpci_alive "${group[@]}" "$1"; do
    ticks=$((ticks - 1))
    [ "$ticks" -gt 0 ] || return 1
    sleep 0.1
  done
}

# Stops the PHP server this state dir started: the whole process group (master + workers), which
# it owns alone because wp-up.sh started it with setsid.
wpci_stop_php() {
  local pid
  if pid=$(wpci_php_pid); then
    local st
    st=$(wpci_stat "$pid") || st=""
    if [ "${st#* }" = "$pid" ]; then
      kill -TERM -- "-$pid" 2>/dev/null || true
      wpci_wait_gone -g "$pid" 10 || {
        wpci_log "php server group $pid did not stop on TERM; sending KILL"
        kill -KILL -- "-$pid" 2>/dev/null || true
        wpci_wait_gone -g "$pid" 5 || true
      }
    else
      kill -TERM "$pid" 2>/dev/null || true
      wpci_wait_gone "$pid" 10 || true
    fi
    wpci_log "php server (pid $pid) stopped"
  fi
  rm -f "$WPCI_DIR/php.pid" "$WPCI_DIR/php.port"
}

# Stops the MariaDB server this state dir started, with a clean shutdown (SIGTERM).
wpci_stop_db() {
  local pid
  if pid=$(wpci_db_pid); then
    kill -TERM "$pid" 2>/dev/null || true
    wpci_wait_gone "$pid" 120 || {
      wpci_log "mariadbd $pid still running after 120 s; sending KILL (InnoDB will recover on next start)"
      kill -KILL "$pid" 2>/dev/null || true
      wpci_wait_gone "$pid" 10 || true
    }
    wpci_log "mariadbd (pid $pid) stopped"
  fi
  rm -f "$WPCI_DIR/mariadbd.pid"
}

# Takes the state dir's lock on fd 9 (wp-up/wp-down/wp-option never run at the same time on one
# state dir). Children started in the background must get `9>&-`, or they would keep the lock.
wpci_lock() {
  mkdir -p "$WPCI_DIR"
  exec 9>"$WPCI_DIR/.lock"
  flock -w 600 9 || wpci_die "could not lock $WPCI_DIR/.lock within 600 s"
}

# Runs one of the PHP command-line helpers next to this file, against the site on PORT.
wpci_php_cli() {
  local port=$1 script=$2
  shift 2
  WPCI_PORT="$port" WPCI_DIR="$WPCI_DIR" php -d display_errors=stderr -d error_reporting=E_ALL\&~E_DEPRECATED\&~E_STRICT \
    "$WPCI_HERE/$script" "$@" 9>&-
}
