#!/usr/bin/env bash
# Runs every unit and HTTP test against SQLite and PostgreSQL and the browser tests once, then prints one line: "N passed, N failed".
# Installs what the tests need when missing (Debian chromium, postgresql, poppler-utils, zbar-tools) and starts a throwaway
# PostgreSQL cluster on 127.0.0.1 on a random port, stopped again on exit.
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
results="$root/TestResults"
rm -rf "$results" && mkdir -p "$results"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
# PDF tests read documents back with pdftotext/pdffonts/pdftoppm and scan their QR codes with zbarimg.
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v zbarimg >/dev/null || missing+=(zbar-tools)
# Paper intake reads scans with Tesseract and its Japanese model.
command -v tesseract >/dev/null || missing+=(tesseract-ocr)
[ -f /usr/share/tesseract-ocr/5/tessdata/jpn.traineddata ] || missing+=(tesseract-ocr-jpn)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  as_root apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null || { echo "apt-get install failed"; exit 1; }
fi

pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pgdir=$(mktemp -d /tmp/tsunagu-pg.XXXXXX)
pgport=$(( 20000 + RANDOM % 30000 ))
pg_as() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi; }
[ "$(id -u)" = 0 ] && chown postgres: "$pgdir"
stop_pg() { pg_as "$pgbin/pg_ctl -D $pgdir/data -m immediate stop" >/dev/null 2>&1; rm -rf "$pgdir"; }
trap stop_pg EXIT
pg_as "$pgbin/initdb -D $pgdir/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >"$results/initdb.log" 2>&1 \
  || { cat "$results/initdb.log"; echo "0 passed, 1 failed"; exit 1; }
pg_as "$pgbin/pg_ctl -D $pgdir/data -l $pgdir/pg.log -w -o '-p $pgport -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300' start" >/dev/null \
  || { cat "$pgdir/pg.log"; echo "0 passed, 1 failed"; exit 1; }
export TSUNAGU_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=postgres;Pooling=true"

status=0
dotnet tool restore >/dev/null
dotnet build Tsunagu.slnx -nologo -v q -clp:ErrorsOnly || { echo "0 passed, 1 failed"; exit 1; }
dotnet format Tsunagu.slnx --verify-no-changes --no-restore -v q || { echo "dotnet format found unformatted code (run: dotnet format Tsunagu.slnx)"; status=1; }
vulnerable=$(dotnet list Tsunagu.slnx package --vulnerable --include-transitive 2>&1)
if echo "$vulnerable" | grep -q "has the following vulnerable packages"; then
  echo "$vulnerable"; echo "Vulnerable packages found"; status=1
fi

run() { # project provider
  local project=$1 provider=$2
  TSUNAGU_TEST_PROVIDER=$provider dotnet test "tests/$project" --no-build -nologo \
    --logger "trx;LogFileName=$project-$provider.trx" --results-directory "$results" -v q 2>&1 \
    | grep -vE "^\s*$|chromium: [0-9]+: \[" || true
}
run Tsunagu.Tests Sqlite
run Tsunagu.Tests Postgres
# Browser tests drive the pages in Chromium; the database under them is covered on both providers by Tsunagu.Tests,
# so they run once (SQLite) to keep the whole suite inside CI's 15 minutes on 2 cores.
run Tsunagu.BrowserTests Sqlite

passed=0; failed=0; runs=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  runs=$((runs + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(echo "$counters" | sed -E 's/.* passed="([0-9]+)".*/\1/')
  f=$(echo "$counters" | sed -E 's/.* failed="([0-9]+)".*/\1/')
  passed=$((passed + p)); failed=$((failed + f))
done
[ "$runs" -eq 3 ] || { echo "expected 3 test runs, found $runs result files"; status=1; failed=$((failed + 3 - runs)); }
[ "$failed" -eq 0 ] || status=1
echo "$passed passed, $failed failed"
exit $status
