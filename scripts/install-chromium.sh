#!/usr/bin/env bash
# install-chromium.sh finds a Chromium (or Chrome) that can run headless, for
# the page tests in e2e/, and installs Debian's `chromium` package when none
# is there. It prints the browser's path on stdout, and nothing else, so that
#
#   SOCIALAUDIT_CHROME=$(scripts/install-chromium.sh)
#
# works. Messages go to stderr. Running it again does nothing but print the
# path. It exits non-zero, with the reason, when no browser can be had.
#
# Looked for, in order: $SOCIALAUDIT_CHROME when set; chromium,
# chromium-browser, chromium-headless-shell, google-chrome,
# google-chrome-stable and headless-shell on PATH; then the usual install
# paths. A candidate counts only if it runs and prints its version.
set -euo pipefail

say() { echo "install-chromium: $*" >&2; }

# usable PATH: the candidate runs and answers --version within 30 s.
usable() {
	local path=$1
	[[ -x $path && ! -d $path ]] || return 1
	local version
	version=$(timeout 30 "$path" --version 2>/dev/null) || return 1
	[[ $version == *[0-9]* ]] || return 1
	say "using $path ($version)"
}

find_browser() {
	local c path
	if [[ -n ${SOCIALAUDIT_CHROME:-} ]]; then
		path=$(command -v -- "$SOCIALAUDIT_CHROME" || true)
		if [[ -n $path ]] && usable "$path"; then
			echo "$path"
			return 0
		fi
		say "SOCIALAUDIT_CHROME=$SOCIALAUDIT_CHROME is not a browser that runs; looking elsewhere"
	fi
	for c in chromium chromium-browser chromium-headless-shell google-chrome google-chrome-stable headless-shell; do
		path=$(command -v -- "$c" || true)
		if [[ -n $path ]] && usable "$path"; then
			echo "$path"
			return 0
		fi
	done
	for path in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/chromium-headless-shell \
		/usr/lib/chromium/chromium /usr/lib/chromium/headless_shell /snap/bin/chromium \
		/usr/bin/google-chrome /opt/google/chrome/chrome /opt/google/chrome/google-chrome \
		/headless-shell/headless-shell; do
		if usable "$path"; then
			echo "$path"
			return 0
		fi
	done
	return 1
}

if find_browser; then
	exit 0
fi

say "no usable Chromium found; installing Debian's chromium package"
if ! command -v apt-get >/dev/null 2>&1; then
	say "error: apt-get is not available on this system."
	say "Install Chromium or Chrome yourself and set SOCIALAUDIT_CHROME to its path."
	exit 1
fi
sudo=()
if [[ $(id -u) -ne 0 ]]; then
	if ! command -v sudo >/dev/null 2>&1; then
		say "error: not root and sudo is not available, so apt-get cannot install chromium."
		say "Run as root, or install Chromium yourself and set SOCIALAUDIT_CHROME to its path."
		exit 1
	fi
	# -n: fail at once rather than wait for a password nobody will type (CI).
	sudo=(sudo -n)
fi
export DEBIAN_FRONTEND=noninteractive
if ! "${sudo[@]}" apt-get update -q >&2; then
	say "error: apt-get update failed (no network to Debian's mirrors, or sudo needs a password)."
	exit 1
fi
if ! "${sudo[@]}" apt-get install -y -q --no-install-recommends chromium >&2; then
	say "error: apt-get install chromium failed; see apt-get's messages above."
	exit 1
fi
if find_browser; then
	exit 0
fi
say "error: the chromium package is installed but no browser runs (tried chromium, /usr/bin/chromium)."
exit 1
