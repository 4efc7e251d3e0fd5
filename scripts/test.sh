#!/usr/bin/env bash
# `npm test`: every test — type check, unit and real-database tests (Vitest), browser tests
# (Playwright). Starts a throwaway embedded PostgreSQL (a fresh data dir per run) unless
# DATABASE_URL is set. Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1
export AUTH_SECRET="${AUTH_SECRET:-$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64"))')}"
export FILE_ENCRYPTION_KEY="${FILE_ENCRYPTION_KEY:-$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64"))')}"
export ASSAY_ALLOW_GENERATED_SECRETS=1

if ! node scripts/lib/find-chromium.mjs >/dev/null; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "[test] installing Debian's chromium for the browser tests (one time, ~30 s)…"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1
  fi
  if ! node scripts/lib/find-chromium.mjs >/dev/null; then
    echo "assay: the browser tests need Chromium: run 'sudo apt-get install chromium' (or set CHROMIUM_PATH)." >&2
    exit 1
  fi
fi

echo "[test] type check"
node_modules/.bin/tsc --noEmit || { echo "0 passed, 1 failed"; exit 1; }

echo "[test] lint (architecture fences, formatting)"
npm run --silent lint || { echo "0 passed, 1 failed"; exit 1; }

echo "[test] build"
node_modules/.bin/next build > .ci-build.log 2>&1 || { cat .ci-build.log; echo "0 passed, 1 failed"; exit 1; }

# Two throwaway embedded databases: one for Vitest's database tests, one for the browser tests, so
# jobs queued by the former are never picked up by the app server the latter start.
# As root in a private directory a data dir is a link to one the postgres user can reach
# (scripts/lib/embedded-postgres.mjs): remove_data_dirs removes both.
remove_data_dirs() {
  node --input-type=module -e 'const { removeDataDir } = await import("./scripts/lib/embedded-postgres.mjs"); process.argv.slice(1).forEach(removeDataDir);' "$@"
}
remove_data_dirs .data/test-pg-* 2>/dev/null
rm -rf .data/test-files-* 2>/dev/null
rm -f .ci-vitest.json .ci-playwright.json
UNIT_DIR=".data/test-pg-unit-$$" E2E_DIR=".data/test-pg-e2e-$$"
export STORAGE_DIR=".data/test-files-$$"
EMBEDDED_PG_DIR="$UNIT_DIR" EMBEDDED_PG_PORT="${EMBEDDED_PG_PORT:-54339}" \
  node scripts/with-db.mjs node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile=.ci-vitest.json
v=$?
EMBEDDED_PG_DIR="$E2E_DIR" EMBEDDED_PG_PORT="${EMBEDDED_PG_PORT_E2E:-54340}" node scripts/with-db.mjs bash -c '
  node_modules/.bin/tsx --conditions=react-server scripts/seed.ts > /dev/null &&
  PLAYWRIGHT_JSON_OUTPUT_NAME=.ci-playwright.json node_modules/.bin/playwright test --reporter=list,json'
p=$?
status=$(( v || p ))
remove_data_dirs "$UNIT_DIR" "$E2E_DIR"
rm -rf "$STORAGE_DIR"
node scripts/lib/summarise-tests.mjs
exit $(( status || $? ))
