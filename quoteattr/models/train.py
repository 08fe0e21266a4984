"""Train the compact stanza models that ship with quoteattr.

One command rebuilds every bundled model from the Universal Dependencies
treebanks with stanza's own training code::

    python -m quoteattr.models.train --ud ../shared/data/ud --out quoteattr/models/compact

For each language the treebank files listed in ``TREEBANKS`` are merged into a
training set; a fixed, deterministic slice of it (every tenth block of 20
sentences) is kept apart for early stopping, and one treebank part is held out
as a test set that training never sees.  Settings, seeds and wall times are
written to ``<out>/<lang>/training.json`` and each training's log to
``<work>/<lang>/<processor>.log``.  On a GPU, ``--budget gpu --jobs 8`` trains
all processors of both languages at once.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from quoteattr.models.compact import loadable_path, shrink_model_dir
from quoteattr.models.conllu import read_sentences, write_sentences

TREEBANKS: dict[str, dict] = {
    "de": {
        "train": ["de_gsd-ud-dev.conllu", "de_pud-ud-test.conllu", "de_lit-ud-test.conllu"],
        "test": "de_gsd-ud-test.conllu",
        # LIT leaves two thirds of its words without features (and "sei" without
        # Mood=Sub), which teaches the tagger to predict none: tag from the others.
        "processor_train": {"pos": ["de_gsd-ud-dev.conllu", "de_pud-ud-test.conllu"]},
        # Konjunktiv I marks indirect speech but is rare: its sentences are repeated in the tagger's training part.
        "oversample": {"pos": {"feature": "Mood=Sub", "times": 4}},
    },
    "en": {
        "train": [
            "en_ewt-ud-dev.conllu",
            "en_pud-ud-test.conllu",
            "en_lines-ud-train.conllu",
            "en_lines-ud-dev.conllu",
            "en_lines-ud-test.conllu",
        ],
        "test": "en_ewt-ud-test.conllu",
    },
}

# The parser comes before the lemmatizer: it matters most to attribution.
PROCESSORS = ("tokenize", "mwt", "pos", "depparse", "lemma")

#: Training budgets per language and processor (extra stanza arguments). ``cpu`` fits a 2-core
#: machine and one session; ``gpu`` trains towards stanza's own defaults on one GPU.
BUDGETS: dict[str, dict[str, dict[str, dict[str, int]]]] = {
    "cpu": {
        "de": {
            "tokenize": {"steps": 2000},
            "mwt": {"num_epoch": 12},
            "pos": {"max_steps": 900, "batch_size": 100},
            "depparse": {"max_steps": 900, "batch_size": 2000},
            "lemma": {"num_epoch": 4},
        },
        "en": {
            "tokenize": {"steps": 2000},
            "mwt": {"num_epoch": 12},
            "pos": {"max_steps": 700, "batch_size": 100},
            "depparse": {"max_steps": 1200, "batch_size": 2000},
            "lemma": {"num_epoch": 4},
        },
    },
}
BUDGETS["gpu"] = {
    lang: {
        "tokenize": {"steps": 20000},
        "mwt": {"num_epoch": 12},
        "pos": {"max_steps": 20000, "batch_size": 250},
        "depparse": {"max_steps": 20000, "batch_size": 5000},
        "lemma": {"num_epoch": 60},
    }
    for lang in TREEBANKS
}

#: Processors whose training can start from an earlier model (``--warm-start``).
WARM_STARTABLE = ("pos", "depparse")

SEED = 1234
DEV_BLOCK = 20
DEV_EVERY = 10


def split_train_dev(sentences: list[list[str]]) -> tuple[list, list]:
    """Deterministically split merged sentences into training and early-stopping parts."""
    train, dev = [], []
    for i, sent in enumerate(sentences):
        (dev if (i // DEV_BLOCK) % DEV_EVERY == 0 else train).append(sent)
    return train, dev


def training_files(lang: str, proc: str) -> list[str]:
    """The treebank files one processor of ``lang`` is trained on."""
    spec = TREEBANKS[lang]
    return spec.get("processor_train", {}).get(proc, spec["train"])


def oversample(sentences: list[list[str]], feature: str, times: int) -> list[list[str]]:
    """``sentences`` with every sentence that has a word with ``feature`` repeated ``times`` times in all."""
    out = []
    for sent in sentences:
        has = any(line.count("\t") >= 9 and feature in line.split("\t")[5].split("|") for line in sent)
        out.extend([sent] * (times if has else 1))
    return out


def prepare_data(ud_dir: Path, lang: str, work: Path, files: list[str],
                 repeat: dict | None = None) -> dict[str, Path]:
    """Write train/dev/test CoNLL-U, raw text and tokenizer label files for ``lang``."""
    from stanza.utils.datasets import conllu_to_text, prepare_tokenizer_data

    spec = TREEBANKS[lang]
    merged: list[list[str]] = []
    for name in files:
        merged.extend(read_sentences(ud_dir / lang / name))
    train, dev = split_train_dev(merged)
    if repeat:
        train = oversample(train, repeat["feature"], repeat["times"])
    test = read_sentences(ud_dir / lang / spec["test"])
    paths: dict[str, Path] = {}
    work.mkdir(parents=True, exist_ok=True)
    for part, sents in (("train", train), ("dev", dev), ("test", test)):
        conllu = work / f"{part}.conllu"
        write_sentences(conllu, sents)
        txt = work / f"{part}.txt"
        conllu_to_text.convert_text(str(conllu), str(txt))
        labels = work / f"{part}.toklabels"
        mwt = work / f"{part}_mwt.json"
        prepare_tokenizer_data.main([str(txt), str(conllu), "-o", str(labels), "-m", str(mwt)])
        paths.update({part: conllu, f"{part}_txt": txt, f"{part}_labels": labels, f"{part}_mwt": mwt})
    return paths


def _run(module: str, args: list[str], log_path: Path, threads: int, time_limit: float | None) -> dict:
    """Run one stanza training module; return its wall time and how it ended.

    With ``time_limit`` the training is stopped after that many seconds; stanza
    has by then saved the model of its best development score so far.
    """
    env = dict(os.environ, OMP_NUM_THREADS=str(threads), MKL_NUM_THREADS=str(threads))
    cmd = [sys.executable, "-m", module, *args]
    start = time.time()
    with open(log_path, "w", encoding="utf-8") as log:
        log.write("$ " + " ".join(cmd) + "\n")
        log.flush()
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)
        try:
            proc.wait(timeout=time_limit)
        except subprocess.TimeoutExpired:
            proc.terminate()
            proc.wait()
    seconds = round(time.time() - start, 1)
    stopped = bool(time_limit) and seconds >= time_limit
    if proc.returncode and not stopped:
        raise subprocess.CalledProcessError(proc.returncode, cmd)
    result: dict = {"seconds": seconds}
    progress = _progress(log_path.read_text(encoding="utf-8", errors="replace"))
    if progress:
        unit, count = progress
        result[f"last_{unit}"] = count
    if stopped:
        unit, count = progress or ("step", "?")
        result["note"] = f"stopped by --time-limit {time_limit:g} after {unit} {count}; best dev checkpoint kept"
    return result


def _progress(log: str) -> tuple[str, int] | None:
    """The last step or epoch a stanza training log reports, as ("step", 1840)."""
    found = re.findall(r"\b(step|epoch)\s+(\d+)", log, flags=re.IGNORECASE)
    return (found[-1][0].lower(), int(found[-1][1])) if found else None


def processor_args(proc: str, lang: str, data: dict[str, Path], work: Path, out: Path,
                   budget_name: str = "cpu", warm: Path | None = None) -> tuple[str, list[str]]:
    """The stanza training module and its command line for one processor.

    With ``warm`` (a model file of the same processor and data) the tagger and
    the parser start from its weights instead of from scratch.
    """
    if warm is not None and proc not in WARM_STARTABLE:
        raise ValueError(f"{proc} cannot start from an earlier model (only {', '.join(WARM_STARTABLE)})")
    short = f"{lang}_compact"
    common = ["--lang", lang, "--shorthand", short, "--save_dir", str(out), "--save_name", f"{proc}.pt"]
    budget = [f"--{k}={v}" for k, v in BUDGETS[budget_name][lang][proc].items()]
    if proc == "tokenize":
        return "stanza.models.tokenizer", [
            "--mode", "train", "--txt_file", str(data["train_txt"]), "--label_file", str(data["train_labels"]),
            "--mwt_json_file", str(data["train_mwt"]), "--dev_txt_file", str(data["dev_txt"]),
            "--dev_label_file", str(data["dev_labels"]), "--dev_conll_gold", str(data["dev"]),
            "--conll_file", str(work / "dev.tokenize.conllu"), "--eval_steps", "500",
            "--seed", str(SEED), *common, *budget,
        ]
    if proc == "mwt":
        return "stanza.models.mwt_expander", [
            "--train_file", str(data["train"]), "--eval_file", str(data["dev"]),
            "--output_file", str(work / "dev.mwt.conllu"), "--gold_file", str(data["dev"]),
            "--seed", str(SEED), *common, *budget,
        ]
    if proc == "pos":
        module, start = ("quoteattr.models.warm_tagger", ["--warm_start", str(warm)]) if warm else ("stanza.models.tagger", [])
        return module, [
            *start, "--train_file", str(data["train"]), "--eval_file", str(data["dev"]),
            "--output_file", str(work / "dev.pos.conllu"), "--no_pretrain", "--eval_interval", "100",
            "--hidden_dim", "150", "--char_hidden_dim", "150", "--deep_biaff_hidden_dim", "100",
            "--composite_deep_biaff_hidden_dim", "50", "--word_cutoff", "2",
            "--seed", str(SEED), *common, *budget,
        ]
    if proc == "lemma":
        return "stanza.models.lemmatizer", [
            "--train_file", str(data["train"]), "--eval_file", str(data["dev"]),
            "--output_file", str(work / "dev.lemma.conllu"),
            "--seed", str(SEED), *common[2:], *budget,
        ]
    if proc == "depparse":
        return "stanza.models.parser", [
            "--train_file", str(data["train"]), "--eval_file", str(data["dev"]),
            "--output_file", str(work / "dev.depparse.conllu"), "--no_pretrain",
            "--eval_interval", "200", "--hidden_dim", "200", "--char_hidden_dim", "200",
            "--deep_biaff_hidden_dim", "200", "--word_cutoff", "2",
            "--checkpoint_save_name", str(work / "depparse.checkpoint.pt"),
            *(["--continue_from", str(warm)] if warm else []),
            "--seed", str(SEED), *common, *budget,
        ]
    raise ValueError(f"unknown processor {proc!r}")


def _processor_record(model_dir: Path, proc: str) -> dict | None:
    """What ``model_dir/training.json`` records about the training of ``proc``, if anything."""
    path = model_dir / "training.json"
    return json.loads(path.read_text()).get("processors", {}).get(proc) if path.exists() else None


def _machine() -> str:
    import torch

    gpu = f", {torch.cuda.get_device_name(0)}" if torch.cuda.is_available() else ""
    return f"{platform.machine()} {os.cpu_count()} cores{gpu}"


def train(ud_dir: Path, langs: list[str], out: Path, work: Path, threads: int,
          processors: tuple[str, ...] = PROCESSORS, budget: str = "cpu", jobs: int = 1,
          time_limit: float | None = None, warm_start: Path | None = None) -> dict[str, dict]:
    """Train ``processors`` for every language in ``langs``, ``jobs`` trainings at a time.

    With ``warm_start`` (a folder of compact models, ``<lang>/<processor>.pt``) the
    tagger and parser continue from those models, e.g. to extend a time-limited run.

    Returns the recorded settings per language, also written to ``<out>/<lang>/training.json``.
    """
    records: dict[str, dict] = {}
    tasks = []
    for lang in langs:
        (out / lang).mkdir(parents=True, exist_ok=True)
        record_path = out / lang / "training.json"
        record = json.loads(record_path.read_text()) if record_path.exists() else {}
        record.update({
            "language": lang,
            "treebanks": TREEBANKS[lang],
            "dev_split": f"every {DEV_EVERY}th block of {DEV_BLOCK} sentences of the merged training files",
            "seed": SEED,
            "stanza": __import__("stanza").__version__,
            "python": platform.python_version(),
        })
        record.setdefault("processors", {})
        records[lang] = record
        prepared: dict[tuple, dict[str, Path]] = {}
        for proc in processors:
            files = training_files(lang, proc)
            repeat = TREEBANKS[lang].get("oversample", {}).get(proc)
            key = (tuple(files), repr(repeat))
            if key not in prepared:
                folder = work / lang if files == TREEBANKS[lang]["train"] and not repeat else work / lang / proc
                prepared[key] = prepare_data(ud_dir, lang, folder, files, repeat)
            warm = loadable_path(warm_start / lang / f"{proc}.pt") if warm_start else None
            module, args = processor_args(proc, lang, prepared[key], work / lang, out / lang, budget, warm)
            tasks.append((lang, proc, module, args, files, warm_start))

    lock = threading.Lock()

    def run_task(task) -> None:
        lang, proc, module, args, files, warm = task
        result = _run(module, args, work / lang / f"{proc}.log", threads, time_limit)
        with lock:
            earlier = _processor_record(warm / lang, proc) if warm else None
            records[lang]["processors"][proc] = {
                "module": module, "train_files": files, "args": args_for_record(args), "budget": budget,
                "threads": threads, "jobs": jobs, "torch": __import__("torch").__version__, "machine": _machine(), **result,
                **({"warm_start_from": earlier} if earlier else {}),
            }
            (out / lang / "training.json").write_text(json.dumps(records[lang], indent=2, ensure_ascii=False))

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        for future in [pool.submit(run_task, task) for task in tasks]:
            future.result()
    for lang in langs:
        shrink_model_dir(out / lang)
    return records


def args_for_record(args: list[str]) -> list[str]:
    """Command-line arguments with machine-specific paths reduced to file names."""
    return [Path(a).name if os.sep in a else a for a in args]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ud", type=Path, default=Path("../shared/data/ud"), help="folder with de/ and en/ CoNLL-U files")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "compact", help="where the models go")
    parser.add_argument("--work", type=Path, default=Path("build/train"), help="intermediate data and logs")
    parser.add_argument("--lang", nargs="+", default=sorted(TREEBANKS), choices=sorted(TREEBANKS))
    parser.add_argument("--processors", nargs="+", default=list(PROCESSORS), choices=PROCESSORS)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1, help="CPU threads per training")
    parser.add_argument("--budget", choices=sorted(BUDGETS), default="cpu",
                        help="training budget: cpu (2 cores, one session) or gpu (stanza's defaults, one GPU)")
    parser.add_argument("--jobs", type=int, default=1, help="trainings run at the same time")
    parser.add_argument("--time-limit", type=float, default=None,
                        help="stop each training after this many seconds, keeping its best model so far")
    parser.add_argument("--warm-start", type=Path, default=None, metavar="DIR",
                        help=f"continue training ({', '.join(WARM_STARTABLE)}) from the models in DIR/<lang>/")
    args = parser.parse_args(argv)
    train(args.ud, args.lang, args.out, args.work, args.threads, tuple(args.processors),
          args.budget, args.jobs, args.time_limit, args.warm_start)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
