#!/usr/bin/env bash
# Issue 16, criterion 3: a real archive plus a hostile corpus, a full run, then a re-run with 1% of
# the inputs corrupted: every earlier good document must still be present, and the JSON of every
# input left unchanged byte-identical. Prints the numbers; exits 1 when a promise is broken.
#
#   tools/rerun-check.sh ARCHIVE_DIR WORK_DIR        (build first: dotnet build -c Release;
#                                                    HLSD_DLL=path/hlsd.dll runs another build)
#
# The archive is copied into WORK_DIR/in (the copy is what gets corrupted); WORK_DIR is emptied.
set -euo pipefail
archive=$(cd "$1" && pwd)
work=$2
repo=$(cd "$(dirname "$0")/.." && pwd)
hlsd=(dotnet "${HLSD_DLL:-$repo/src/HlsdExtract.Cli/bin/Release/net10.0/hlsd.dll}")
rm -rf "$work" && mkdir -p "$work/in"
work=$(cd "$work" && pwd)
cp -r "$archive" "$work/in/archive"

# The hostile corpus: a PDF whose /Resources refers to itself (overflows PdfPig's stack), a cut PDF,
# an empty file, binary bytes under .txt, 600,000 short lines, one sentence of 12,000 figures,
# 10,000 nested divs, invalid UTF-8, a dangling link.
python3 - "$work/in/hostile" <<'PY'
import os, sys
d = sys.argv[1]; os.makedirs(d)
def pdf(objs):
    out = b"%PDF-1.4\n"; offs = []
    for i, o in enumerate(objs):
        offs.append(len(out)); out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
s = b"BT /F1 12 Tf 72 720 Td (CBP seized 1,200 kilograms.) Tj ET"
page = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources 4 0 R /Contents 5 0 R >>",
        b"4 0 R", b"<< /Length %d >>\nstream\n" % len(s) + s + b"\nendstream"]
open(f"{d}/self-referencing.pdf", "wb").write(pdf(page))
good = pdf(page[:3] + [b"<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"] + page[4:])
open(f"{d}/good.pdf", "wb").write(good)
open(f"{d}/cut.pdf", "wb").write(good[: len(good) // 2])
open(f"{d}/empty.txt", "wb").write(b"")
open(f"{d}/binary.txt", "wb").write(bytes(range(256)) * 64)
open(f"{d}/many-lines.txt", "w").write("\n\n".join(f"Short line {i}." for i in range(600000)))
open(f"{d}/figures.txt", "w").write("Figures\n\nAuthorities seized " + ", ".join(f"{i + 1} kg" for i in range(12000)) + " of cocaine in 2023.\n")
open(f"{d}/deep.html", "w").write("<html><body>" + "<div>" * 10000 + "<p>CBP seized 1,200 kilograms of cocaine in March 2023.</p>" + "</div>" * 10000 + "</body></html>")
open(f"{d}/invalid-utf8.txt", "wb").write(b"CBP seized 40 kilograms \xc3\x28\xff of cocaine in 2023.\n")
os.symlink(f"{d}/nowhere.txt", f"{d}/dangling.txt")
PY

run() { local start=$SECONDS; "${hlsd[@]}" extract "$work/in" -o "$work/out" --jobs 2 --quiet --max-size 100 || true; echo "$1: $((SECONDS - start)) s"; }
run "full run"
python3 - "$work" snapshot <<'PY'
import hashlib, json, os, sys
work = sys.argv[1]
m = json.load(open(f"{work}/out/.hlsd/manifest.json"))
snap = {e["path"]: (e["docId"], e["sha256"], hashlib.sha256(open(f"{work}/out/{e['docId']}.json", "rb").read()).hexdigest()) for e in m["entries"]}
json.dump(snap, open(f"{work}/before.json", "w"))
print(f"full run: {len(snap)} documents extracted")
PY

# Corrupt 1% of the archive's inputs, every 100th in path order: half become binary garbage (they
# fail, and their earlier result must stay), half get bits flipped (they are extracted again).
python3 - "$work" <<'PY'
import json, os, random, sys
work = sys.argv[1]; rnd = random.Random(16)
files = sorted(os.path.join(r, f) for r, _, fs in os.walk(f"{work}/in/archive") for f in fs)
picked = files[::100]
for i, path in enumerate(picked):
    data = bytearray(open(path, "rb").read())
    if i % 2 == 0:
        data = bytearray(b"\x00\x01\x02PK\x03\x04" + bytes(rnd.randrange(256) for _ in range(2000)))
    else:
        for _ in range(8):
            data[rnd.randrange(len(data))] ^= 1 << rnd.randrange(8)
    open(path, "wb").write(bytes(data))
json.dump(picked, open(f"{work}/corrupted.json", "w"))
print(f"corrupted: {len(picked)} of {len(files)} archive inputs")
PY
run "re-run"
python3 - "$work" <<'PY'
import hashlib, json, os, sys
work = sys.argv[1]
before = json.load(open(f"{work}/before.json"))
corrupted = set(json.load(open(f"{work}/corrupted.json")))
m = {e["path"]: e for e in json.load(open(f"{work}/out/.hlsd/manifest.json"))["entries"]}
missing = [p for p in before if p not in m or not os.path.exists(f"{work}/out/{m[p]['docId']}.json")]
changed = [p for p, (doc, sha, jsha) in before.items() if p not in corrupted and p in m
           and hashlib.sha256(open(f"{work}/out/{m[p]['docId']}.json", "rb").read()).hexdigest() != jsha]
stale = [p for p in m if m[p].get("stale")]
print(f"re-run: {len(before) - len(missing)} of {len(before)} earlier documents present, {len(missing)} missing; "
      f"{len(before) - len(corrupted & set(before)) - len(changed)} of {len(before) - len(corrupted & set(before))} unchanged inputs byte-identical; "
      f"{len(stale)} kept stale (failed now, earlier result kept)")
sys.exit(1 if missing or changed else 0)
PY
