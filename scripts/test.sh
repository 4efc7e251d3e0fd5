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

# Russian OCR model (ADR 042): npm publishes none, so Debian's tesseract-ocr-rus is installed like Chromium. Optional:
# without it Cyrillic scans are read with the English/Turkish models only and the Cyrillic OCR test is skipped.
if ! node -e 'process.exit(require("./lib/server/ocr-models.cjs").modelFile("rus") ? 0 : 1)'; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "[test] installing Debian's Russian OCR model (tesseract-ocr-rus, one time)…"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr-rus) >/dev/null 2>&1
  fi
  if ! node -e 'process.exit(require("./lib/server/ocr-models.cjs").modelFile("rus") ? 0 : 1)'; then
    echo "assay: Cyrillic scans need Russian OCR data: run 'sudo apt-get install tesseract-ocr-rus' (optional; tests go on)." >&2
  fi
fi

# Type check and lint side by side (each runs on one core); either failing stops the run.
echo "[test] type check, and lint (architecture fences, formatting)"
node_modules/.bin/tsc --noEmit > .ci-tsc.log 2>&1 &
tsc_pid=$!
npm run --silent lint
lint=$?
wait "$tsc_pid"
tsc=$?
cat .ci-tsc.log
[ "$tsc" = 0 ] || echo "[test] type check failed"
[ "$lint" = 0 ] || echo "[test] lint failed"
[ "$tsc" = 0 ] && [ "$lint" = 0 ] || { echo "0 passed, 1 failed"; exit 1; }

echo "[test] build"
node_modules/.bin/next build > .ci-build.log 2>&1 || { cat .ci-build.log; echo "0 passed, 1 failed"; exit 1; }

# Throwaway embedded databases: one for Vitest's database tests, one per lane of the browser tests,
# so jobs queued by the former are never picked up by the app servers the latter start.
# As root in a private directory a data dir is a link to one the postgres user can reach
# (scripts/lib/embedded-postgres.mjs): remove_data_dirs removes them all.
remove_data_dirs() {
  node --input-type=module -e 'const { removeDataDir } = await import("./scripts/lib/embedded-postgres.mjs"); process.argv.slice(1).forEach(removeDataDir);' "$@"
}
remove_data_dirs .data/test-pg-* 2>/dev/null
rm -rf .data/test-files-* 2>/dev/null
rm -f .ci-vitest.json .ci-playwright.json
UNIT_DIR=".data/test-pg-unit-$$" E2E_DIR=".data/test-pg-e2e-$$" E2E_B_DIR=".data/test-pg-e2e-b-$$"
export STORAGE_DIR=".data/test-files-$$"
rm -f .ci-vitest-unit.json .ci-vitest-db.json
# Vitest's two projects (vitest.config.ts) side by side, one process each on the two cores: "db"
# (the throwaway database, one file at a time, printed as it runs) and "unit" (no database; its log
# is printed after). The two JSON reports are merged into .ci-vitest.json.
node_modules/.bin/vitest run --project unit --reporter=default --reporter=json --outputFile=.ci-vitest-unit.json \
  > .ci-vitest-unit.log 2>&1 &
unit_pid=$!
EMBEDDED_PG_DIR="$UNIT_DIR" EMBEDDED_PG_PORT="${EMBEDDED_PG_PORT:-54339}" \
  node scripts/with-db.mjs node_modules/.bin/vitest run --project db --reporter=default --reporter=json --outputFile=.ci-vitest-db.json
vdb=$?
wait "$unit_pid"
vunit=$?
cat .ci-vitest-unit.log
node tests/support/merge-vitest-reports.mjs .ci-vitest.json .ci-vitest-unit.json .ci-vitest-db.json
v=$(( vdb || vunit ))
# The browser tests run in two lanes (playwright.config.ts), each with its own seeded database and
# app server: the outer with-db starts lane b's and hands it on as E2E_B_DATABASE_URL, the inner one
# lane a's (DATABASE_URL, as before).
# Lane b's server keeps its files apart too (its seed writes them there).
export E2E_DIR E2E_PG_PORT="${EMBEDDED_PG_PORT_E2E:-54340}" E2E_B_STORAGE_DIR="$STORAGE_DIR-lane-b"
EMBEDDED_PG_DIR="$E2E_B_DIR" EMBEDDED_PG_PORT="${EMBEDDED_PG_PORT_E2E_B:-54341}" node scripts/with-db.mjs bash -c '
  STORAGE_DIR="$E2E_B_STORAGE_DIR" node_modules/.bin/tsx --conditions=react-server scripts/seed.ts > /dev/null || exit 1
  export E2E_B_DATABASE_URL="$DATABASE_URL" E2E_B_APP_DATABASE_URL="$APP_DATABASE_URL"
  unset DATABASE_URL APP_DATABASE_URL
  EMBEDDED_PG_DIR="$E2E_DIR" EMBEDDED_PG_PORT="$E2E_PG_PORT" node scripts/with-db.mjs bash -c "
    node_modules/.bin/tsx --conditions=react-server scripts/seed.ts > /dev/null &&
    PLAYWRIGHT_JSON_OUTPUT_NAME=.ci-playwright.json node_modules/.bin/playwright test --reporter=list,json"'
p=$?
status=$(( v || p ))
remove_data_dirs "$UNIT_DIR" "$E2E_DIR" "$E2E_B_DIR"
rm -rf "$STORAGE_DIR" "$E2E_B_STORAGE_DIR"
node scripts/lib/summarise-tests.mjs
exit $(( status || $? ))
