#!/usr/bin/env bash
# vendor-echarts.sh builds the ECharts that the report ships: a custom build of
# only the chart types, components and renderer its pages use, made from the
# npm package by scripts/echarts/ and copied into templates/assets/echarts/,
# where the templates package embeds it.
#
# scripts/echarts/ holds the build: package.json and package-lock.json pin
# every package exactly (echarts, and esbuild and terser to bundle and
# minify), entry.js says what goes in (echarts/core plus echarts.use), and
# build.mjs bundles it into one minified script that defines the global
# `echarts`, with the licences of all the code in it. The script installs
# the locked packages in a temporary folder (npm ci, no install scripts run),
# runs build.mjs there and copies the result. The build is deterministic:
# the same inputs give the same bytes.
#
# It records the ECharts version in templates/assets/echarts.version, the
# sha256 of every file it wrote in templates/assets/echarts.sha256 (sha256sum
# format, paths relative to templates/assets; a Go test in templates checks
# the embedded files against it), and the sha256 of the build's inputs in
# scripts/echarts/inputs.sha256, so that --check notices an input changed
# without a rebuild.
#
# Usage:
#   scripts/vendor-echarts.sh           build and vendor (needs npm and the registry)
#   scripts/vendor-echarts.sh --check   verify the committed files against the records (offline)
#   scripts/vendor-echarts.sh --verify  build again in a temporary folder and compare the bytes
#                                       with the committed files (needs the registry; changes nothing)
#
# To add a chart type or component: edit scripts/echarts/entry.js, then run
# this script. To move to another version of a package: set it in
# scripts/echarts/package.json, run `npm install --package-lock-only
# --ignore-scripts` in scripts/echarts/, then this script.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
assets=$root/templates/assets
build=$root/scripts/echarts
record=echarts.sha256
inputs=(package.json package-lock.json entry.js build.mjs)
name=vendor-echarts

# The files the build writes, relative to the build's output folder (and to
# templates/assets/echarts/).
outputs=(echarts.min.js LICENSE NOTICE licenses/LICENSE-d3)

# check verifies the committed files against the records, without network.
check() {
	cd "$assets"
	local f listed
	for f in "${outputs[@]}"; do
		if ! grep -q "  echarts/$f\$" "$record"; then
			echo "$name: $record does not list echarts/$f" >&2
			return 1
		fi
	done
	# Every file under echarts/ is recorded: nothing stale or unchecked ships.
	listed=$(cut -d' ' -f3- "$record" | sort)
	if [[ $(find echarts -type f | sort) != "$listed" ]]; then
		echo "$name: the files under templates/assets/echarts/ are not those $record lists:" >&2
		diff <(echo "$listed") <(find echarts -type f | sort) >&2 || true
		return 1
	fi
	sha256sum --check --strict --quiet "$record"
	cd "$build"
	if ! sha256sum --check --strict --quiet inputs.sha256; then
		echo "$name: scripts/echarts/ changed since the last build: run scripts/vendor-echarts.sh" >&2
		return 1
	fi
	for f in "${inputs[@]}"; do
		if ! grep -q "  $f\$" inputs.sha256; then
			echo "$name: inputs.sha256 does not list $f" >&2
			return 1
		fi
	done
	echo "$name: ECharts $(cat "$assets/echarts.version") (custom build) matches $record and scripts/echarts/inputs.sha256"
}

# make_build installs the locked packages in the folder $1 and builds there;
# the files are in $1/out.
make_build() {
	local dir=$1
	cp "${inputs[@]/#/$build/}" "$dir/"
	(cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
	local want got
	want=$(node -e 'process.stdout.write(require(process.argv[1]).dependencies.echarts)' "$dir/package.json")
	got=$(node -e 'process.stdout.write(require(process.argv[1]).version)' "$dir/node_modules/echarts/package.json")
	if [[ $got != "$want" ]]; then
		echo "$name: npm installed echarts $got, package.json pins $want" >&2
		return 1
	fi
	if [[ ! $want =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
		echo "$name: package.json pins echarts $want, not an exact X.Y.Z" >&2
		return 1
	fi
	(cd "$dir" && node build.mjs out)
	local f
	for f in "${outputs[@]}"; do
		[[ -s $dir/out/$f ]] || { echo "$name: the build wrote no $f" >&2; return 1; }
	done
	if [[ $(cd "$dir/out" && find . -type f | sed 's|^\./||' | sort) != "$(printf '%s\n' "${outputs[@]}" | sort)" ]]; then
		echo "$name: the build wrote other files than ${outputs[*]}" >&2
		return 1
	fi
}

case ${1:-} in
--check)
	check
	exit
	;;
--verify | "") ;;
*)
	echo "usage: $0 [--check | --verify]" >&2
	exit 2
	;;
esac

start=$SECONDS
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
make_build "$tmp"

if [[ ${1:-} == --verify ]]; then
	differ=0
	for f in "${outputs[@]}"; do
		if ! cmp -s "$tmp/out/$f" "$assets/echarts/$f"; then
			echo "$name: a new build's $f differs from templates/assets/echarts/$f" >&2
			differ=1
		fi
	done
	if [[ $differ != 0 ]]; then
		exit 1
	fi
	echo "$name: a new build is byte for byte the committed one ($((SECONDS - start)) s)"
	check
	exit
fi

rm -rf "$assets/echarts"
mkdir -p "$assets/echarts"
cp -R "$tmp/out/." "$assets/echarts/"
version=$(node -e 'process.stdout.write(require(process.argv[1]).version)' "$tmp/node_modules/echarts/package.json")
cd "$assets"
sha256sum "${outputs[@]/#/echarts/}" >"$record"
printf '%s\n' "$version" >echarts.version
cd "$build"
sha256sum "${inputs[@]}" >inputs.sha256
echo "$name: vendored a custom build of ECharts $version into templates/assets/echarts/ ($(wc -c <"$assets/echarts/echarts.min.js") bytes, $((SECONDS - start)) s)"
