#!/usr/bin/env bash
# `npm run test:sqlmap`: sqlmap (Debian's package) against the login, invitation and answer forms
# of a locally started app (loopback, port 3440, fresh data dir). Passes when sqlmap finds no
# injectable parameter. Not part of `npm test`: it takes minutes.
#   SQLMAP_LEVEL (default 2), SQLMAP_RISK (default 1)
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v sqlmap >/dev/null || { echo "sqlmap is not installed: sudo apt-get install -y sqlmap"; exit 2; }

PORT=3440
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/rolefit-sqlmap-XXXXXX)
SERVER_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

node scripts/start.mjs --build-only
PORT=$PORT DATA_DIR="$WORK/data" NODE_ENV=production DATABASE_URL= SMTP_URL= APP_URL= \
  node build/server.js >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 240); do curl -sf "$BASE/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
curl -sf "$BASE/healthz" >/dev/null || { cat "$WORK/server.log"; exit 1; }

# An account, a role and an invitation link; a self-assessment past the self-ID step.
jar="$WORK/cookies"
email="sqlmap.$RANDOM@example.com"
curl -s -o /dev/null -d "name=Sql+Map&email=$email&organizationName=Sqlmap+Co&password=oyster-meadow-lamp-42" "$BASE/signup"
# Sign-up confirms the address: the link arrives in the dev outbox within a second.
confirm=""
for _ in $(seq 1 30); do
  confirm=$(curl -s "$BASE/dev/outbox" | grep -oE '/signup/confirm/[A-Za-z0-9_-]{43}' | head -n 1)
  [ -n "$confirm" ] && break
  sleep 0.5
done
curl -s -o /dev/null -c "$jar" -b "$jar" -X POST "$BASE$confirm"
role=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" -d "intent=template&title=AE&templateId=ae-enterprise" "$BASE/roles/new")
role_path=${role#"$BASE"}
invite_token=$(curl -s -c "$jar" -b "$jar" -d "intent=invite-one&name=Target&email=target.$RANDOM@example.com&send=link" "$BASE$role_path/invite" \
  | grep -oE '/i/[A-Za-z0-9_-]{43}' | head -n 1 | cut -c4-)
attempt=$(curl -s -o /dev/null -w '%{redirect_url}' -d "consent=yes&form=adaptive" "$BASE/assess")
attempt_path=${attempt#"$BASE"}
curl -s -o /dev/null -d "intent=skip-self-id" "$BASE$attempt_path"
item=$(curl -s "$BASE$attempt_path" | grep -oE 'name="itemId"[^>]*value="[^"]+"|value="[^"]+"[^>]*name="itemId"' | grep -oE 'value="[^"]+"' | head -n 1 | cut -d'"' -f2)
[ -n "$invite_token" ] && [ -n "$item" ] || { echo "setup failed (invitation token '$invite_token', item '$item')"; exit 1; }
echo "targets: /login, /i/<token>, $attempt_path (item $item)"

common=(--batch --level="${SQLMAP_LEVEL:-2}" --risk="${SQLMAP_RISK:-1}" --timeout=5 --retries=1 --threads=2
  --output-dir="$WORK/sqlmap" --flush-session --disable-coloring)

found=0
run() {
  local name=$1; shift
  echo "== sqlmap: $name"
  local out="$WORK/$name.out"
  sqlmap "${common[@]}" "$@" >"$out" 2>&1 || true
  grep -E "appear to be injectable|is vulnerable|injection point|not injectable|all tested parameters|CRITICAL|WARNING.*(parameter|429)" "$out" | sort | uniq -c | head -n 20 || true
  if grep -q "identified the following injection point" "$out"; then
    found=$((found + 1))
    sed -n '/identified the following injection point/,/^---$/p' "$out"
  fi
}
run login -u "$BASE/login" --data "email=someone%40example.com&password=not-the-password&redirectTo=%2Fdashboard" \
  -H "Origin: $BASE"
run invitation -u "$BASE/i/${invite_token}" --data "consent=yes" -H "Origin: $BASE"
run invitation-path -u "$BASE/i/${invite_token}*"
run answer -u "$BASE$attempt_path" --data "intent=answer&itemId=$item&value=2&mode=next" -H "Origin: $BASE"

echo
if [ "$found" -eq 0 ]; then
  echo "sqlmap: 0 injectable parameters in 4 targets"
else
  echo "sqlmap: $found target(s) with an injectable parameter"
  exit 1
fi
