#!/usr/bin/env bash
# Every test: lint and type checks, unit tests, integration tests against a real PostgreSQL and
# Redis (each run makes and drops its own database), the entities-versus-migrations check, and
# the browser tests in Debian's Chromium against the built app.
set -uo pipefail
cd "$(dirname "$0")/.."

say() { printf '\n\033[1m[test]\033[0m %s\n' "$*"; }
results=tmp/test-results
rm -rf "$results"; mkdir -p "$results"
failed=0
started=$(date +%s)

bash scripts/ensure-services.sh --with-chromium || exit 1

say "lint and type checks"
npx nx run-many -t lint typecheck --output-style=static || exit 1

say "unit tests (domain, contracts, api, dashboard)"
npx jest -c jest.config.cjs --json --outputFile="$results/unit.json" || failed=1

say "integration tests (real PostgreSQL and Redis)"
npx jest -c apps/api/jest.int.config.cjs --json --outputFile="$results/integration.json" || failed=1

say "building the API and the dashboard"
npx nx run-many -t build -p api dashboard --output-style=static || exit 1

say "entities and migrations agree"
node dist/apps/api/apps/api/src/infra/database/schema-check.js || failed=1

say "browser tests (Playwright in Chromium)"
npx jest -c apps/e2e/jest.config.cjs --json --outputFile="$results/e2e.json" || failed=1

node scripts/test-summary.cjs "$results" "$started" || failed=1
exit $failed
