#!/usr/bin/env python3
"""Title and published date of `hlsd extract` output against the archive's YAML front matter.

usage: archive_metadata.py ARCHIVE_DIR OUTPUT_DIR [--misses N]

  dotnet src/HlsdExtract.Cli/bin/Release/net10.0/hlsd.dll extract /tmp/wh -o /tmp/wh-out -q --force --format json
  python3 tools/archive_metadata.py /tmp/wh /tmp/wh-out

Prints the number of archive files, how many have no extraction (failures), and the share whose
title equals the front-matter title and whose published date equals its `date` (else
`published_time`). Titles are compared after the pipeline's own normalization: whitespace
(no-break spaces included) collapsed, zero-width characters and soft hyphens dropped, curly
quotes as straight ones.
"""
import json, os, re, sys
import yaml

QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
                        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"'})


def norm_title(t):
    if t is None:
        return None
    t = re.sub("[\u00ad\u200b\u200c\u200d\u2060\ufeff]", "", str(t).translate(QUOTES))
    return " ".join(t.split())


def front_matter(path):
    text = open(path, encoding="utf-8", errors="replace").read()
    if not text.startswith("---"):
        return {}
    end = text.find("\n---", 3)
    try:
        return yaml.safe_load(text[3:end]) or {}
    except yaml.YAMLError:
        return {}


def main():
    archive, out = sys.argv[1], sys.argv[2]
    show = int(sys.argv[sys.argv.index("--misses") + 1]) if "--misses" in sys.argv else 5
    outputs = {}
    for name in os.listdir(out):
        if name.endswith(".json") and not name.startswith("."):
            with open(os.path.join(out, name), encoding="utf-8") as f:
                j = json.load(f)
            outputs[os.path.realpath(j["source"]["path"])] = j.get("metadata") or {}
    files = sorted(os.path.join(r, f) for r, _, fs in os.walk(archive) for f in fs if f.endswith((".md", ".markdown")))
    failures, titles, dates, title_misses, date_misses = 0, 0, 0, [], []
    for path in files:
        md = outputs.get(os.path.realpath(path))
        if md is None:
            failures += 1
            continue
        fm = front_matter(path)
        want_date = str(fm.get("date") or fm.get("published_time") or "")[:10]
        if norm_title(md.get("title")) == norm_title(fm.get("title")):
            titles += 1
        else:
            title_misses.append((path, fm.get("title"), md.get("title")))
        if md.get("publishedDate") == want_date:
            dates += 1
        else:
            date_misses.append((path, want_date, md.get("publishedDate")))
    n = len(files)
    print(f"files {n}  failures {failures}")
    print(f"title == front matter      {titles}/{n} = {titles / max(n, 1):.4f}")
    print(f"publishedDate == its date  {dates}/{n} = {dates / max(n, 1):.4f}")
    for p, want, got in title_misses[:show]:
        print(f"  title miss {p}: {want!r} -> {got!r}")
    for p, want, got in date_misses[:show]:
        print(f"  date miss {p}: {want!r} -> {got!r}")


if __name__ == "__main__":
    main()
