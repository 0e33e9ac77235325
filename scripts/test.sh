#!/usr/bin/env bash
# npm test: brings what the tests need (Debian chromium + fonts, nginx and MariaDB binaries, a
# throw-away PostgreSQL 15 on loopback), runs every test file on Node's test runner, and cleans up after itself.
set -euo pipefail
cd "$(dirname "$0")/.."

find_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
dpkg -s fonts-noto-core >/dev/null 2>&1 || missing+=(fonts-noto-core)
# Real servers for the process tests: nginx in front of two nodes, MariaDB holding a NukeViet site.
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || missing+=(nginx-light)
[ -x /usr/sbin/mariadbd ] || command -v mariadbd >/dev/null 2>&1 || missing+=(mariadb-server)
if [ -z "${TEST_DATABASE_URL:-}" ] && [ ! -x "$(find_pg_bin)/initdb" ]; then missing+=(postgresql-15); fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Đang cài các gói còn thiếu: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Thiếu gói hệ thống cho bộ kiểm thử. Hãy cài: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

pg_dir=""
pg_bin=""
templates_dir=""
compiled_dir=""
as_pg_user() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_pg() {
  # The first starts every test file copied (test/support/first-start-templates.ts); with a
  # PostgreSQL of the caller's (TEST_DATABASE_URL given), its template databases are dropped too.
  if [ -n "$templates_dir" ]; then
    if [ -z "$pg_dir" ]; then node --import tsx test/support/drop-first-start-templates.ts "$templates_dir" || true; fi
    rm -rf "$templates_dir"
  fi
  if [ -n "$pg_dir" ] && [ -f "$pg_dir/data/postmaster.pid" ]; then
    as_pg_user "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  # An if, not `[ … ] && rm`: with TEST_DATABASE_URL given there is no directory, and a false
  # test as the trap's last command would make a passing run exit 1.
  if [ -n "$pg_dir" ]; then rm -rf "$pg_dir"; fi
  if [ -n "$compiled_dir" ]; then rm -rf "$compiled_dir"; fi
}
trap stop_pg EXIT

if [ -z "${TEST_DATABASE_URL:-}" ]; then
  pg_bin="$(find_pg_bin)"
  pg_dir="$(mktemp -d /tmp/congtin-pg.XXXXXX)"
  [ "$(id -u)" = 0 ] && chown postgres "$pg_dir"
  pg_port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
  as_pg_user "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  # fsync off: this cluster is thrown away after the run, and it keeps the suite fast.
  as_pg_user "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
    -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null
  export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$pg_port/postgres"
  echo "PostgreSQL tạm thời: 127.0.0.1:$pg_port"
fi
export REQUIRE_POSTGRES=1
templates_dir="$(mktemp -d /tmp/congtin-templates.XXXXXX)"
export CONGTIN_TEST_TEMPLATES="$templates_dir"
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"

# `npm test -- file…` runs only those files; on Node 20 the runner takes no globs, so list them.
if [ $# -gt 0 ]; then files=("$@"); else mapfile -t files < <(find src test e2e -name '*.test.ts' -o -name '*.test.tsx' 2>/dev/null | sort); fi
echo "Node $(node --version)"
# One checkout runs on Node 20 and on Node 24 (.ci/run): fit better-sqlite3's addon to this Node.
node scripts/native-for-node.mjs
node scripts/build-client.mjs
# The architecture's import rules (.dependency-cruiser.cjs): a broken rule fails the run here.
npm run -s lint
npm run -s check:deps
# Sizes of files and functions, and each module querying only its own tables (scripts/check-shape.ts).
npm run -s check:shape
# The tests run from a compiled copy of the modules (scripts/compile-tests.mjs: no TypeScript
# loader in any test process, server or worker); the working directory and CONGTIN_PROJECT_ROOT
# stay the repository, whose sources, dist/ and data the tests read and build.
compiled_dir="$(mktemp -d /tmp/congtin-compiled.XXXXXX)"
tree="$(node scripts/compile-tests.mjs "$compiled_dir")"
export CONGTIN_PROJECT_ROOT="$PWD"
compiled_files=()
# A file may be given relative to the repository or as an absolute path.
for f in "${files[@]}"; do compiled_files+=("$tree/$(realpath --relative-to=. "$f" | sed -E 's/\.tsx?$/.js/')"); done
node --enable-source-maps --test --test-concurrency=2 --test-reporter=spec "${compiled_files[@]}"
