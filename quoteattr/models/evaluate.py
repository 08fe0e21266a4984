"""Score the compact models end to end from raw text on the held-out treebank part.

    python -m quoteattr.models.evaluate --ud ../shared/data/ud --out docs/model-scores.json

Runs the full pipeline on the raw text of the held-out test file (never seen
in training) and compares with the gold CoNLL-U using stanza's copy of the
CoNLL 2018 shared-task scorer.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from quoteattr.models.train import TREEBANKS

METRICS = ("Tokens", "Sentences", "Words", "UPOS", "XPOS", "UFeats", "Lemmas", "UAS", "LAS")


def evaluate_language(ud_dir: Path, lang: str, models: str = "compact") -> dict:
    """CoNLL 2018 F1 scores (in %) of the ``models`` pipeline on the held-out file of ``lang``."""
    from stanza.models.common.utils import ud_scores
    from stanza.utils.conll import CoNLL
    from stanza.utils.datasets import conllu_to_text

    from quoteattr.pipeline import load_pipeline

    gold = ud_dir / lang / TREEBANKS[lang]["test"]
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "test.txt"
        conllu_to_text.convert_text(str(gold), str(raw))
        pipeline = load_pipeline(lang, models)
        start = time.time()
        text = raw.read_text(encoding="utf-8")
        doc = pipeline(text)
        seconds = time.time() - start
        for sentence in doc.sentences:
            for token in sentence.tokens:
                # stanza's tokenizer writes very long tokens (URLs) as "<UNK>"; restore them from the offsets
                if token.text == "<UNK>":
                    token.text = text[token.start_char:token.end_char]
                    if len(token.words) == 1:
                        token.words[0].text = token.text
        system = Path(tmp) / "system.conllu"
        CoNLL.write_doc2conll(doc, str(system))
        scores = ud_scores(str(gold), str(system))
    result = {m: round(100 * scores[m].f1, 2) for m in METRICS}
    result.update({"test_file": gold.name, "tokens": doc.num_tokens, "seconds": round(seconds, 1)})
    return result


def model_sizes(lang: str) -> dict[str, int]:
    from quoteattr.models.compact import COMPACT_DIR

    return {p.stem: p.stat().st_size for p in sorted((COMPACT_DIR / lang).glob("*.pt"))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ud", type=Path, default=Path("../shared/data/ud"))
    parser.add_argument("--lang", nargs="+", default=sorted(TREEBANKS))
    parser.add_argument("--models", default="compact", choices=["compact", "stanza"])
    parser.add_argument("--out", type=Path, default=None, help="also write the scores as JSON here")
    parser.add_argument("--card", type=Path, default=None, help="rewrite the model card section of this Markdown file")
    args = parser.parse_args(argv)
    results = {}
    for lang in args.lang:
        results[lang] = evaluate_language(args.ud, lang, args.models)
        results[lang]["sizes_bytes"] = model_sizes(lang)
        print(lang, json.dumps(results[lang]))
    if args.out:
        args.out.write_text(json.dumps(results, indent=1) + "\n")
    if args.card:
        write_card(args.card, results)
    return 0


def _runs(info: dict) -> list[dict]:
    """The training runs that made a model, first run first (later runs continued from the earlier model)."""
    runs = []
    while info:
        runs.insert(0, info)
        info = info.get("warm_start_from") or {}
    return runs


def _budget(run: dict) -> str:
    budget = " ".join(a for a in run.get("args", []) if a.startswith(("--max_steps", "--steps", "--num_epoch")))
    return budget + (f" ({run['note']})" if run.get("note") else "")


def write_card(path: Path, results: dict) -> None:
    """Replace everything after the ``<!-- card -->`` marker of ``path`` with tables of scores and settings."""
    import datetime

    from quoteattr.models.compact import COMPACT_DIR

    lines = [f"Scores measured on {datetime.date.today().isoformat()} with "
             "`python -m quoteattr.models.evaluate --card docs/models.md`: the whole pipeline runs on the raw text "
             "of the held-out file and is scored with the CoNLL 2018 shared-task scorer (F1, %).", "",
             "| language | held-out file | Tokens | Sentences | Words | UPOS | XPOS | UFeats | Lemmas | UAS | LAS | parse time |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for lang, r in results.items():
        lines.append(f"| {lang} | {r['test_file']} | " + " | ".join(f"{r[m]:.2f}" for m in METRICS)
                     + f" | {r['seconds']} s for {r['tokens']} tokens |")
    lines += ["", "| language | processor | size | trained on | training time | budget |", "|---|---|---|---|---|---|"]
    total = 0
    for lang in results:
        record = json.loads((COMPACT_DIR / lang / "training.json").read_text())
        for proc, size in results[lang]["sizes_bytes"].items():
            total += size
            info = record["processors"].get(proc, {})
            runs = _runs(info)
            budget = "; then ".join(_budget(run) for run in runs)
            seconds = " + ".join(f"{run.get('seconds', '?')}" for run in runs)
            machine = info.get("machine") or record.get("machine", "?")
            lines.append(f"| {lang} | {proc} | {size / 2**20:.1f} MiB | {machine} | {seconds} s | {budget} |")
    lines += ["", f"Total size of the bundled models: {total / 2**20:.1f} MiB.", ""]
    text = path.read_text(encoding="utf-8")
    marker = "<!-- card -->"
    head, _, tail = text.partition(marker)
    rest = tail.split("<!-- /card -->", 1)[1] if "<!-- /card -->" in tail else ""
    path.write_text(head + marker + "\n" + "\n".join(lines) + "\n<!-- /card -->" + rest, encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
