#!/usr/bin/env bash
# Quick checks against the running test WordPress (after wp-up.sh), with curl:
#   bash test/integration/wordpress/smoke.sh
# Uses WP_BASE_URL / WP_SEED_JSON from the environment, else the state dir's env file.
# The test comment it posts is deleted again (admin application password), so the seeded comment
# lists stay as seeded. Exits non-zero if any check fails.
set -uo pipefail
WPCI_TAG=smoke
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [ -z "${WP_BASE_URL:-}" ] || [ -z "${WP_SEED_JSON:-}" ]; then
  [ -r "$WPCI_DIR/env" ] || wpci_die "no WP_BASE_URL and no $WPCI_DIR/env: run wp-up.sh first"
  # shellcheck disable=SC1091
  . "$WPCI_DIR/env"
fi
REST="$WP_BASE_URL/wp-json/wp/v2"
# json FILE EXPR: evaluates a PHP expression over the decoded JSON $j (php is there: WordPress needs it).
json() { php -r '$j = json_decode(file_get_contents($argv[1]), true); echo eval("return " . $argv[2] . ";");' "$1" "$2"; }
seed_get() { json "$WP_SEED_JSON" "$1"; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
check() { # check NAME CONDITION-EXIT-STATUS DETAIL
  if [ "$2" = 0 ]; then
    passed=$((passed + 1))
    printf 'ok    %s\n' "$1"
  else
    failed=$((failed + 1))
    printf 'FAIL  %s  (%s)\n' "$1" "$3"
  fi
}
# req NAME METHOD PATH [curl args…] -> sets $code, body in $tmp/NAME.json, headers in $tmp/NAME.h
req() {
  local name=$1 method=$2 path=$3
  shift 3
  code=$(curl -sS -X "$method" -o "$tmp/$name.json" -D "$tmp/$name.h" -w '%{http_code}' --max-time 30 "$@" "$REST$path")
}

post_id=$(seed_get '$j["posts"][array_key_first($j["posts"])]')
closed_id=$(seed_get '$j["closedPostId"] ?? 0')
admin="admin:$(seed_get '$j["admin"]["applicationPassword"]')"
n_posts=$(seed_get '$j["totals"]["posts"]')

req posts GET '/posts?_embed&per_page=5'
total=$(tr -d '\r' <"$tmp/posts.h" | sed -n 's/^[Xx]-[Ww][Pp]-[Tt]otal: *//p')
check "GET posts?_embed -> 200 with X-WP-Total ($total, seeded $n_posts)" \
  "$([ "$code" = 200 ] && [ -n "$total" ] && [ "$total" -ge "$n_posts" ]; echo $?)" "HTTP $code, X-WP-Total '$total'"
embedded=$(json "$tmp/posts.json" 'count(array_filter($j, fn($p) => isset($p["_embedded"]["wp:featuredmedia"][0]["media_details"]["sizes"]["thumbnail"])))' 2>/dev/null)
check "posts carry embedded featured images with media_details.sizes ($embedded of 5)" "$([ "${embedded:-0}" -ge 1 ]; echo $?)" "none"

req users GET '/users'
role=$(json "$tmp/users.json" 'implode(",", array_filter(array_column($j, "broadsheet_role")))' 2>/dev/null)
check "GET users -> 200 with broadsheet_role ($role)" "$([ "$code" = 200 ] && [ -n "$role" ]; echo $?)" "HTTP $code"

req missing POST /comments -H 'Content-Type: application/json' \
  --data "{\"post\":$post_id,\"author_name\":\"Smoke Test\",\"content\":\"no email\"}"
err=$(json "$tmp/missing.json" '$j["code"] ?? ""' 2>/dev/null)
check "POST comment without author_email -> 400 rest_comment_author_data_required" \
  "$([ "$code" = 400 ] && [ "$err" = rest_comment_author_data_required ]; echo $?)" "HTTP $code $err"

if [ "$closed_id" != 0 ]; then
  req closed POST /comments -H 'Content-Type: application/json' \
    --data "{\"post\":$closed_id,\"author_name\":\"Smoke Test\",\"author_email\":\"smoke@example.com\",\"content\":\"closed\"}"
  err=$(json "$tmp/closed.json" '$j["code"] ?? ""' 2>/dev/null)
  check "POST comment on the closed post -> 403 rest_comment_closed" \
    "$([ "$code" = 403 ] && [ "$err" = rest_comment_closed ]; echo $?)" "HTTP $code $err"
fi

body="{\"post\":$post_id,\"author_name\":\"Smoke Test\",\"author_email\":\"smoke@example.com\",\"content\":\"smoke $(date +%s%N)\"}"
req comment POST /comments -H 'Content-Type: application/json' -H 'Origin: http://127.0.0.1:5173' --data "$body"
err=$(json "$tmp/comment.json" '$j["code"] ?? ""' 2>/dev/null)
if [ "$code" = 400 ] && [ "$err" = comment_flood ]; then
  wpci_log "400 comment_flood (another comment from 127.0.0.1 less than 15 s ago): retrying in 16 s"
  sleep 16
  req comment POST /comments -H 'Content-Type: application/json' -H 'Origin: http://127.0.0.1:5173' --data "$body"
fi
status=$(json "$tmp/comment.json" '$j["status"] ?? ($j["code"] ?? "")' 2>/dev/null)
cors=$(tr -d '\r' <"$tmp/comment.h" | sed -n 's/^[Aa]ccess-[Cc]ontrol-[Aa]llow-[Oo]rigin: *//p')
check "POST comment -> 201 (status $status, Access-Control-Allow-Origin $cors)" \
  "$([ "$code" = 201 ] && [ "$cors" = http://127.0.0.1:5173 ]; echo $?)" "HTTP $code $status"
if [ "$code" = 201 ]; then
  cid=$(json "$tmp/comment.json" '$j["id"]')
  req delete DELETE "/comments/$cid?force=true" -u "$admin"
  check "DELETE the smoke comment as admin (application password) -> 200" "$([ "$code" = 200 ]; echo $?)" "HTTP $code"
fi

echo "smoke: $passed passed, $failed failed"
[ "$failed" = 0 ]
