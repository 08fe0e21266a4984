"""The ``quoteattr`` command line: attribute, predict, score, quotes, models."""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from pathlib import Path
from typing import Iterator

from quoteattr.pipeline import MODEL_CHOICES


def _progress(items, total: int | None, quiet: bool, desc: str):
    if quiet or not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, desc=desc, file=sys.stderr)


def _inputs(paths: list[str], text_field: str | None, encoding: str) -> Iterator[tuple[str, object]]:
    """(id, text-or-exception) for every input document, in order."""
    for arg in paths:
        if arg == "-":
            data = sys.stdin.buffer.read().decode(encoding)
            if text_field:
                yield from _jsonl_records("<stdin>", data, text_field)
            else:
                yield "<stdin>", data
            continue
        path = Path(arg)
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix in (".txt", ".jsonl")) if path.is_dir() else [path]
        for f in files:
            try:
                data = f.read_bytes().decode(encoding)
            except (OSError, UnicodeDecodeError) as exc:
                yield str(f), exc
                continue
            if text_field and f.suffix == ".jsonl":
                yield from _jsonl_records(str(f), data, text_field)
            else:
                yield str(f), data


def _jsonl_records(name: str, data: str, field: str) -> Iterator[tuple[str, object]]:
    for n, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            text = record[field]
            doc_id = str(record.get("id", f"{name}:{n}"))
        except (ValueError, KeyError, TypeError) as exc:
            yield f"{name}:{n}", ValueError(f"line {n}: no text field {field!r} ({exc})")
            continue
        yield doc_id, text


def _attributor(args, **kwargs):
    from quoteattr.api import Attributor

    return Attributor(lang=None if args.lang == "auto" else args.lang, models=args.models, **kwargs)


def _names(path: str | None) -> set[str] | None:
    """The document names listed in ``path`` (one per line), or None for all."""
    return set(Path(path).read_text().split()) if path else None


def _record(doc, kinds: list[str] | None, min_confidence: float) -> dict:
    """A document as a JSON record, keeping only the quotes the filters let through."""
    record = doc.to_dict()
    record["quotes"] = [q for q, r in zip(record["quotes"], doc.quotes)
                        if (kinds is None or r.kind in kinds) and r.confidence >= min_confidence]
    return record


def cmd_attribute(args) -> int:
    from quoteattr.model import QUOTE_KINDS
    from quoteattr.render import render_html
    from quoteattr.tables import write_csv

    kinds = args.kinds.split(",") if args.kinds else None
    unknown = sorted(set(kinds or ()) - set(QUOTE_KINDS))
    if unknown:
        print(f"quoteattr: unknown kind(s) {', '.join(unknown)}; choose from {', '.join(QUOTE_KINDS)}", file=sys.stderr)
        return 2
    attributor = _attributor(args)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    failed = 0
    docs = []
    inputs = list(_inputs(args.inputs, args.text_field, args.encoding))
    for doc_id, text in _progress(inputs, len(inputs), args.quiet, "attributing"):
        try:
            if isinstance(text, Exception):
                raise text
            doc = attributor(text, id=doc_id)
        except Exception as exc:  # one bad document must not stop the run
            failed += 1
            record = {"id": doc_id, "error": type(exc).__name__, "message": str(exc)}
            print(f"quoteattr: {doc_id}: {type(exc).__name__}: {exc}", file=sys.stderr)
            if args.verbose:
                traceback.print_exc()
            if args.format == "jsonl":
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            elif args.format == "json":
                docs.append(record)
            continue
        if args.format == "jsonl":
            out.write(json.dumps(_record(doc, kinds, args.min_confidence), ensure_ascii=False) + "\n")
        elif args.format == "json":
            docs.append(_record(doc, kinds, args.min_confidence))
        else:
            docs.append(doc)
    if args.format == "json":
        json.dump(docs, out, ensure_ascii=False, indent=1)
    elif args.format == "csv":
        write_csv(docs, out, kinds=kinds, min_confidence=args.min_confidence)
    elif args.format == "html":
        for doc in docs:
            out.write(render_html(doc))
    if out is not sys.stdout:
        out.close()
    return 1 if failed else 0


def cmd_predict(args) -> int:
    from quoteattr.formats import brat, spkatt

    attributor = _attributor(args, lazy=not args.eager)
    in_dir, out_dir = Path(args.in_dir), Path(args.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    pattern = "*.json" if args.format == "spkatt" else "*.txt"
    files = sorted(in_dir.glob(pattern))
    wanted = _names(args.names)
    if wanted is not None:
        files = [f for f in files if f.stem in wanted]
    failed = 0
    for path in _progress(files, len(files), args.quiet, "predicting"):
        try:
            if args.format == "spkatt":
                data = spkatt.read(path)
                doc = attributor.attribute_tokens(spkatt.token_sentences(data), id=path.stem)
                spkatt.write(out_dir / path.name, data, spkatt.annotations(doc, data))
            else:
                text = brat.read_text(path)
                doc = attributor(text, id=path.stem)
                brat.write(out_dir / f"{path.stem}.ann", text, brat.annotations(doc))
        except Exception as exc:  # report and go on
            failed += 1
            print(f"quoteattr: skipped {path}: {type(exc).__name__}: {exc}", file=sys.stderr)
    print(f"predicted {len(files) - failed} of {len(files)} documents into {out_dir}", file=sys.stderr)
    return 1 if failed else 0


def format_report(result: dict) -> str:
    lines = [f"documents: {result.get('documents')}"]

    def block(name: str, r: dict) -> None:
        lines.append(f"{name:<24} n_gold={r['n_gold']:<6} n_pred={r['n_pred']:<6} attribution_acc={r['attribution_accuracy']:.3f}")
        for role in ("content", "source", "cue"):
            s = r[role]
            lines.append(f"  {role:<8} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}")

    block("overall", result["overall"])
    for form, r in result.get("by_form", {}).items():
        block(f"form={form}", r)
    block("in quotation marks", result["quoted"])
    block("without marks", result["unquoted"])
    return "\n".join(lines)


def cmd_score(args) -> int:
    from quoteattr.scoring import score_dirs

    result = score_dirs(args.format, args.gold, args.pred, _names(args.names))
    print(json.dumps(result, indent=1) if args.json else format_report(result))
    return 0


def cmd_quotes(args) -> int:
    from quoteattr.quotes import find_quotes

    for doc_id, text in _inputs(args.inputs, None, args.encoding):
        if isinstance(text, Exception):
            print(f"quoteattr: {doc_id}: {text}", file=sys.stderr)
            continue
        for q in find_quotes(text, None if args.lang == "auto" else args.lang):
            print(json.dumps({"id": doc_id, "start": q.start, "end": q.end, "text": q.text, "depth": q.depth,
                              "speech_score": q.speech_score}, ensure_ascii=False))
    return 0


def cmd_models(args) -> int:
    from quoteattr.pipeline import download_models, installed_models

    if args.action == "download":
        if not args.langs:
            print("quoteattr models download: name the languages, e.g. `quoteattr models download de en`", file=sys.stderr)
            return 2
        download_models(args.langs, args.model_dir)
    for lang, have in installed_models(args.model_dir).items():
        print(f"{lang}: compact={'installed' if have['compact'] else 'missing'} "
              f"stanza={'installed' if have['stanza'] else 'missing'}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quoteattr", description="Who said what in German and English text.")
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p, lang_default="auto"):
        p.add_argument("--lang", default=lang_default, choices=["auto", "de", "en"])
        p.add_argument("--models", default="auto", choices=MODEL_CHOICES)
        p.add_argument("--quiet", action="store_true", help="no progress bar")

    p = sub.add_parser("attribute", help="attribute quotes in text files, a folder, JSONL or stdin (-)")
    p.add_argument("inputs", nargs="+")
    p.add_argument("--format", default="jsonl", choices=["jsonl", "json", "csv", "html"])
    p.add_argument("--text-field", default=None, help="read JSONL records and take the text from this field")
    p.add_argument("--encoding", default="utf-8")
    p.add_argument("--min-confidence", type=float, default=0.0)
    p.add_argument("--kinds", default=None, help="comma-separated kinds to keep, e.g. direct,indirect")
    p.add_argument("-o", "--output", default=None, help="write here instead of stdout")
    p.add_argument("--verbose", action="store_true")
    common(p)
    p.set_defaults(func=cmd_attribute)

    p = sub.add_parser("predict", help="write predictions in a corpus format for every document of a folder")
    p.add_argument("--format", required=True, choices=["spkatt", "brat"])
    p.add_argument("in_dir")
    p.add_argument("out_dir")
    p.add_argument("--names", default=None, help="file listing the document names to process")
    p.add_argument("--eager", action="store_true", help="parse every sentence (default: only those that can matter)")
    common(p)
    p.set_defaults(func=cmd_predict)

    p = sub.add_parser("score", help="score predictions against gold annotations")
    p.add_argument("--format", required=True, choices=["spkatt", "brat"])
    p.add_argument("gold")
    p.add_argument("pred")
    p.add_argument("--names", default=None, help="file listing the document names to score")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_score)

    p = sub.add_parser("quotes", help="list quotation spans only (no parser)")
    p.add_argument("inputs", nargs="+")
    p.add_argument("--lang", default="auto", choices=["auto", "de", "en"])
    p.add_argument("--encoding", default="utf-8")
    p.set_defaults(func=cmd_quotes)

    p = sub.add_parser("models", help="list installed models, or download the official stanza ones")
    p.add_argument("action", nargs="?", default="list", choices=["list", "download"])
    p.add_argument("langs", nargs="*")
    p.add_argument("--model-dir", default=None)
    p.set_defaults(func=cmd_models)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # e.g. piped into head
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
