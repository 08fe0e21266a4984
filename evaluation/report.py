"""Predict and score both corpora on their development and tuning parts; write docs/evaluation.md.

    python evaluation/report.py --data ../shared/data --models compact

Runs `quoteattr predict` and `quoteattr score` (the same code as the CLI) on
every part listed in evaluation/splits/, keeps the JSON results in
evaluation/results/, and rewrites the results section of docs/evaluation.md.
"""

from __future__ import annotations

import argparse
import datetime
import json
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = {
    "spkatt": {"format": "spkatt", "lang": "de", "dir": "spkatt-news/train", "input": ""},
    "polnear": {"format": "brat", "lang": "en", "dir": "polnear-news/train", "input": "text"},
}
MARKER = "<!-- results -->"


def run_part(corpus: str, part: str, data: Path, models: str, work: Path, eager: bool = False,
             limit: int | None = None) -> dict:
    spec = CORPORA[corpus]
    names = ROOT / "evaluation" / "splits" / f"{corpus}-{part}.txt"
    if limit:
        subset = work / f"{corpus}-{part}-first{limit}.txt"
        subset.parent.mkdir(parents=True, exist_ok=True)
        subset.write_text("\n".join(names.read_text().split()[:limit]) + "\n")
        names = subset
    gold = data / spec["dir"]
    pred = work / f"{corpus}-{part}"
    start = time.time()
    subprocess.run([sys.executable, "-m", "quoteattr", "predict", "--format", spec["format"],
                    str(gold / spec["input"]), str(pred), "--names", str(names), "--lang", spec["lang"],
                    "--models", models, "--quiet", *(["--eager"] if eager else [])], check=False, cwd=ROOT)
    seconds = time.time() - start
    out = subprocess.run([sys.executable, "-m", "quoteattr", "score", "--format", spec["format"], str(gold),
                          str(pred), "--names", str(names), "--json"], check=True, capture_output=True, cwd=ROOT)
    result = json.loads(out.stdout)
    result["seconds"] = round(seconds, 1)
    result["subset"] = f"first {limit} names of the split" if limit else "whole split"
    return result


def _row(name: str, r: dict) -> str:
    return (f"| {name} | {r['n_gold']} | {r['n_pred']} | {r['content']['f1']:.3f} | {r['source']['f1']:.3f} | "
            f"{r['cue']['f1']:.3f} | {r['attribution_accuracy']:.3f} |")


def table(result: dict) -> str:
    lines = ["| subset | gold | predicted | content F1 | source F1 | cue F1 | attribution acc. |",
             "|---|---|---|---|---|---|---|", _row("all", result["overall"])]
    for form, r in result.get("by_form", {}).items():
        lines.append(_row(f"Form={form}", r))
    lines.append(_row("in quotation marks", result["quoted"]))
    lines.append(_row("without marks", result["unquoted"]))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--models", default="compact")
    parser.add_argument("--corpora", nargs="+", default=list(CORPORA))
    parser.add_argument("--parts", nargs="+", default=["dev", "tune"])
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "eval")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N documents of each part")
    parser.add_argument("--eager", action="store_true",
                        help="parse every sentence; results go to evaluation/results/<corpus>-<part>-eager.json "
                             "and docs/evaluation.md is left as it is")
    args = parser.parse_args(argv)
    results_dir = ROOT / "evaluation" / "results"
    results_dir.mkdir(parents=True, exist_ok=True)
    if args.eager:
        for corpus in args.corpora:
            for part in args.parts:
                result = run_part(corpus, part, args.data, args.models, args.work / "eager", eager=True,
                                  limit=args.limit)
                (results_dir / f"{corpus}-{part}-eager.json").write_text(json.dumps(result, indent=1) + "\n")
                print(corpus, part, "eager", json.dumps(result["overall"]))
        return 0
    sections = []
    for corpus in args.corpora:
        for part in args.parts:
            result = run_part(corpus, part, args.data, args.models, args.work, limit=args.limit)
            (results_dir / f"{corpus}-{part}.json").write_text(json.dumps(result, indent=1) + "\n")
            print(corpus, part, json.dumps(result["overall"]))
    for corpus in CORPORA:
        for part in ("dev", "tune"):
            path = results_dir / f"{corpus}-{part}.json"
            if path.exists():
                result = json.loads(path.read_text())
                sections.append(f"### {corpus} — {part} ({result['documents']} documents: "
                                f"{result.get('subset', 'whole split')}; predicted in {result['seconds']} s)\n\n"
                                f"{table(result)}\n")
    stamp = datetime.date.today().isoformat()
    header = (f"{MARKER}\n## Current results\n\nMeasured on {stamp} with `python evaluation/report.py "
              f"--models {args.models}` on {platform.machine()} ({platform.python_version()}), "
              f"models: {args.models}.\n\n")
    doc_path = ROOT / "docs" / "evaluation.md"
    text = doc_path.read_text(encoding="utf-8") if doc_path.exists() else ""
    text = text.split(MARKER)[0].rstrip() + "\n\n" + header + "\n".join(sections)
    doc_path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
