#!/usr/bin/env bash
# vendor-echarts.sh downloads the ECharts browser build from the npm registry
# (npm pack, no install scripts run) and copies it, with its licence files,
# into templates/assets/echarts/, where the templates package embeds it.
# It records the version in templates/assets/echarts.version and the sha256
# of every vendored file in templates/assets/echarts.sha256 (sha256sum format,
# paths relative to templates/assets). A Go test in templates checks the
# embedded files against that record.
#
# Usage:
#   scripts/vendor-echarts.sh [VERSION]   download VERSION (default: the recorded one, else 5.6.0)
#   scripts/vendor-echarts.sh --check     verify the committed files against the record
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
assets=$root/templates/assets
record=echarts.sha256
files=(echarts/echarts.min.js echarts/LICENSE echarts/NOTICE echarts/licenses/LICENSE-d3)

if [[ ${1:-} == "--check" ]]; then
	cd "$assets"
	for f in "${files[@]}"; do
		if ! grep -q "  $f\$" "$record"; then
			echo "vendor-echarts: $record does not list $f" >&2
			exit 1
		fi
	done
	sha256sum --check --strict --quiet "$record"
	echo "vendor-echarts: ECharts $(cat echarts.version) matches $record"
	exit 0
fi

version=${1:-}
if [[ -z $version ]]; then
	if [[ -f $assets/echarts.version ]]; then
		version=$(cat "$assets/echarts.version")
	else
		version=5.6.0
	fi
fi
if [[ ! $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
	echo "vendor-echarts: version $version is not of the form X.Y.Z" >&2
	exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent --ignore-scripts "echarts@$version" >/dev/null)
tar -xzf "$tmp/echarts-$version.tgz" -C "$tmp"
got=$(node -e 'process.stdout.write(require(process.argv[1]).version)' "$tmp/package/package.json")
if [[ $got != "$version" ]]; then
	echo "vendor-echarts: npm gave echarts $got, want $version" >&2
	exit 1
fi

mkdir -p "$assets/echarts/licenses"
cp "$tmp/package/dist/echarts.min.js" "$assets/echarts/echarts.min.js"
cp "$tmp/package/LICENSE" "$assets/echarts/LICENSE"
cp "$tmp/package/NOTICE" "$assets/echarts/NOTICE"
cp "$tmp/package/licenses/LICENSE-d3" "$assets/echarts/licenses/LICENSE-d3"

cd "$assets"
sha256sum "${files[@]}" >"$record"
printf '%s\n' "$version" >echarts.version
echo "vendor-echarts: vendored ECharts $version into templates/assets/echarts/"
