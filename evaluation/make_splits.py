"""Reproducible dev/tune split of the training corpora (stdlib only).

A document goes to ``tune`` when ``int(sha1(name).hexdigest(), 16) % 5 < 2``
(about 40%), otherwise to ``dev`` (about 60%).

Run from the repository root:

    python evaluation/make_splits.py [--data ../shared/data] [--out evaluation/splits]
"""
import argparse
import hashlib
import os
import sys

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def is_tune(name):
    return int(hashlib.sha1(name.encode("utf-8")).hexdigest(), 16) % 5 < 2


def names_in(directory, suffix):
    return sorted(f[: -len(suffix)] for f in os.listdir(directory) if f.endswith(suffix))


def write_list(path, names):
    with open(path, "w", encoding="utf-8") as fh:
        for n in sorted(names):
            fh.write(n + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="../shared/data", help="data folder, relative to the repo root")
    ap.add_argument("--out", default="evaluation/splits", help="output folder, relative to the repo root")
    args = ap.parse_args(argv)
    data = os.path.join(REPO_ROOT, args.data)
    out = os.path.join(REPO_ROOT, args.out)
    os.makedirs(out, exist_ok=True)
    corpora = {
        "spkatt": (os.path.join(data, "spkatt-news", "train"), ".json"),
        "polnear": (os.path.join(data, "polnear-news", "train", "text"), ".txt"),
    }
    for corpus, (directory, suffix) in corpora.items():
        names = names_in(directory, suffix)
        tune = [n for n in names if is_tune(n)]
        dev = [n for n in names if not is_tune(n)]
        write_list(os.path.join(out, corpus + "-dev.txt"), dev)
        write_list(os.path.join(out, corpus + "-tune.txt"), tune)
        print("%s: %d documents, dev %d, tune %d" % (corpus, len(names), len(dev), len(tune)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
