#!/usr/bin/env bash
# test.sh runs every test of the module, the page tests in a real headless
# Chromium included: it finds or installs the browser with
# scripts/install-chromium.sh, then runs `go test ./...` with the browser
# required, so a missing browser fails the run instead of skipping the page
# tests. Extra arguments go to go test:
#
#   scripts/test.sh                 # everything
#   scripts/test.sh -run E2E -v     # the page tests only, with their logs
#
# The page tests write a screenshot of each index page to
# $SOCIALAUDIT_SCREENSHOTS when it is set (a temporary folder otherwise; the
# test log names it).
set -euo pipefail
cd "$(dirname "$0")/.."

chrome=$(bash scripts/install-chromium.sh)
export SOCIALAUDIT_CHROME=$chrome
export SOCIALAUDIT_REQUIRE_BROWSER=1
echo "test.sh: SOCIALAUDIT_CHROME=$SOCIALAUDIT_CHROME" >&2
exec go test "$@" ./...
