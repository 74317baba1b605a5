#!/usr/bin/env bash
# Browser tests: starts the built service (target/*.jar) on H2 with the demo users and data in a
# fresh directory on a free port, runs the tests in tests/ against it in Debian's headless
# Chromium, and stops it. Run after `mvn -B verify` (or `mvn -B package -DskipTests`).
# Screenshots: target/browser-tests/screenshots, of failures target/browser-tests/failures;
# the service's log: target/browser-tests/service.log.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
out="$root/target/browser-tests"
jar="$(ls "$root"/target/digitala-las-*.jar | grep -v -- '-plain' | head -1)"
chromium="${CHROMIUM:-/usr/bin/chromium}"
[[ -x "$chromium" ]] || { echo "browser tests need Chromium at $chromium (apt-get install chromium chromium-driver)"; exit 1; }

rm -rf "$out" && mkdir -p "$out/service"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
(cd "$out/service" && exec java -jar "$jar" --server.port="$port" > "$out/service.log" 2>&1) &
service=$!
trap 'kill "$service" 2>/dev/null; wait "$service" 2>/dev/null || true' EXIT

echo "== service on port $port (log: $out/service.log)"
for _ in $(seq 1 180); do
  if curl -fs "http://localhost:$port/actuator/health/readiness" > /dev/null; then break; fi
  kill -0 "$service" 2>/dev/null || { echo "the service stopped"; tail -50 "$out/service.log"; exit 1; }
  sleep 1
done
curl -fs "http://localhost:$port/actuator/health/readiness" > /dev/null || { echo "the service did not get ready"; exit 1; }

cd "$here"
npm ci --no-audit --no-fund
echo "== browser tests ($("$chromium" --version))"
SERVICE_URL="http://localhost:$port" CHROMIUM="$chromium" BROWSER_TEST_OUT="$out" npm test
