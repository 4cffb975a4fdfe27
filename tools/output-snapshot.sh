#!/usr/bin/env bash
# Hashes of every output the CLI writes for a fixed set of inputs, to show a refactor left output bytes unchanged.
# usage: tools/output-snapshot.sh OUT_DIR [ARCHIVE_SAMPLE_DIR]   (run from the repo root after `dotnet build -c Release`)
# Writes OUT_DIR/{corpus,fixture,sample,diff,diff2} and OUT_DIR.sha (sha256 of each file, logs and run state left out).
# The issue-12 check used 1,000 archive files: every 14th of `find <archive> -name '*.md' | sort` from the first, plus two.
set -euo pipefail
out=$1; sample=${2:-}
hlsd="dotnet src/HlsdExtract.Cli/bin/Release/net10.0/hlsd.dll"
rm -rf "$out"; mkdir -p "$out"
$hlsd extract corpus -o "$out/corpus" -q --force --format json,csv --xlsx || true
$hlsd extract tests/HlsdExtract.Tests/Data/fixtures -o "$out/fixture" -q --force --format json,csv --xlsx || true
if [ -n "$sample" ]; then $hlsd extract "$sample" -o "$out/sample" -q --force --format json,csv --xlsx || true; fi
$hlsd diff corpus/readouts/2022-10-13-hlsd-second-meeting-fact-sheet.md corpus/2023-10-05-hlsd-third-meeting.txt -o "$out/diff" -q --xlsx || true
$hlsd diff corpus/2023-10-05-hlsd-third-meeting.txt tests/HlsdExtract.Tests/Data/fixtures/2024-10-10-hlsd-fourth-meeting-synthetic.txt -o "$out/diff2" -q || true
(cd "$out" && find . -type f ! -path '*/.hlsd/*' ! -name '.hlsd-output' ! -path '*/logs/*' -print0 | sort -z | xargs -0 sha256sum) > "$out.sha"
wc -l < "$out.sha"; sha256sum "$out.sha"
