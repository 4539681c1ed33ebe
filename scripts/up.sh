#!/usr/bin/env bash
# One command from a fresh clone to a running AMHP Hub at http://localhost:3000:
# dependencies, PostgreSQL and Redis, migrations, demo data, then the API (which also serves
# the dashboard) and the worker. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[up]\033[0m %s\n' "$*"; }

node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || { say "Node.js 20.19 or newer is needed (found $(node -v))"; exit 1; }

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi

bash scripts/ensure-services.sh

# Settings come from .env when there is one; .env.example documents every variable.
if [ -f .env ]; then set -a; . ./.env; set +a; fi

say "building the API, worker and dashboard"
npx nx run-many -t build -p api dashboard --output-style=stream-without-prefixes

api_dist=dist/apps/api/apps/api/src
say "applying database migrations"
node "$api_dist/infra/database/migrate.js"
say "loading demo data (fictional people; only into an empty database)"
node "$api_dist/scripts/seed-demo.js"

pids=()
stop() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop EXIT INT TERM

node "$api_dist/worker.js" & pids+=($!)
node "$api_dist/main.js" & pids+=($!)

port=${PORT:-3000}
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1; then break; fi
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null || { say "the API did not become healthy"; exit 1; }

cat <<MSG

  AMHP Hub is running:  http://localhost:$port
  API documentation:    http://localhost:$port/api/docs
  Health:               http://localhost:$port/api/health

  The demo data is fictional. Press Ctrl-C to stop.

MSG
wait -n "${pids[@]}"
