#!/usr/bin/env bash
# Makes sure PostgreSQL and Redis answer on the addresses in DATABASE_URL / REDIS_URL
# (127.0.0.1:5432 and 127.0.0.1:6379 by default). In order of preference:
#   1. already running            -> nothing to do
#   2. installed but stopped       -> start them
#   3. a Docker engine is running  -> docker compose up postgres redis
#   4. Debian/Ubuntu as root       -> apt-get install, then start
# With --with-chromium it also makes sure Debian's Chromium is there for the browser tests.
set -euo pipefail

want_chromium=0
[ "${1:-}" = "--with-chromium" ] && want_chromium=1

here=$(cd "$(dirname "$0")/.." && pwd)
pg_host=127.0.0.1; pg_port=5432; redis_host=127.0.0.1; redis_port=6379

say() { printf '\033[1m[services]\033[0m %s\n' "$*"; }
port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }
wait_port() { for _ in $(seq 1 60); do port_open "$1" "$2" && return 0; sleep 0.5; done; return 1; }
is_root() { [ "$(id -u)" = 0 ]; }
have_apt() { command -v apt-get >/dev/null 2>&1 && is_root; }
docker_up() { command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; }
apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

start_postgres() {
  if command -v pg_lsclusters >/dev/null 2>&1 && [ -n "$(ls /etc/postgresql 2>/dev/null)" ]; then
    local version; version=$(ls /etc/postgresql | sort -V | tail -n 1)
    say "starting PostgreSQL $version"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || pg_ctlcluster "$version" main start
    return 0
  fi
  return 1
}

ensure_postgres() {
  port_open "$pg_host" "$pg_port" && { say "PostgreSQL is running on $pg_host:$pg_port"; return; }
  if start_postgres; then :
  elif docker_up; then
    say "starting PostgreSQL with docker compose"
    docker compose -f "$here/docker/compose.yml" up -d postgres
  elif have_apt; then
    say "installing PostgreSQL from Debian's packages"
    apt_install postgresql
    start_postgres
    # A fresh Debian cluster wants a password over TCP: give the postgres role the one in .env.example.
    wait_port "$pg_host" "$pg_port"
    su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null
  else
    say "PostgreSQL is not running on $pg_host:$pg_port and I cannot install it here."
    say "Install PostgreSQL 15+ (or run: docker compose -f docker/compose.yml up -d postgres redis) and try again."
    exit 1
  fi
  wait_port "$pg_host" "$pg_port" || { say "PostgreSQL did not come up on $pg_host:$pg_port"; exit 1; }
  say "PostgreSQL is up"
}

start_redis() {
  command -v redis-server >/dev/null 2>&1 || return 1
  say "starting Redis"
  mkdir -p /tmp/amhp-redis
  redis-server --daemonize yes --bind 127.0.0.1 --port "$redis_port" --save "" --appendonly no \
    --dir /tmp/amhp-redis --logfile /tmp/amhp-redis/redis.log >/dev/null
}

ensure_redis() {
  port_open "$redis_host" "$redis_port" && { say "Redis is running on $redis_host:$redis_port"; return; }
  if start_redis; then :
  elif docker_up; then
    say "starting Redis with docker compose"
    docker compose -f "$here/docker/compose.yml" up -d redis
  elif have_apt; then
    say "installing Redis from Debian's packages"
    apt_install redis-server
    start_redis
  else
    say "Redis is not running on $redis_host:$redis_port and I cannot install it here."
    exit 1
  fi
  wait_port "$redis_host" "$redis_port" || { say "Redis did not come up on $redis_host:$redis_port"; exit 1; }
  say "Redis is up"
}

ensure_chromium() {
  [ -x /usr/bin/chromium ] && { say "Chromium is at /usr/bin/chromium"; return; }
  if have_apt; then
    say "installing Chromium from Debian's packages (browser tests)"
    apt_install chromium
  else
    say "the browser tests need Debian's Chromium at /usr/bin/chromium (apt-get install chromium)"
    exit 1
  fi
}

ensure_postgres
ensure_redis
[ "$want_chromium" = 1 ] && ensure_chromium
exit 0
