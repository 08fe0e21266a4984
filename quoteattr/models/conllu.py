"""Minimal CoNLL-U sentence reading and writing for the training recipe."""

from __future__ import annotations

from pathlib import Path


def read_sentences(path: Path) -> list[list[str]]:
    """Return the sentences of a CoNLL-U file, each as its list of lines (comments included)."""
    sentences: list[list[str]] = []
    current: list[str] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.strip():
                current.append(line)
            elif current:
                sentences.append(current)
                current = []
    if current:
        sentences.append(current)
    return sentences


def write_sentences(path: Path, sentences: list[list[str]]) -> None:
    """Write sentences (lists of lines) as a CoNLL-U file."""
    with open(path, "w", encoding="utf-8") as f:
        for sent in sentences:
            f.write("\n".join(sent) + "\n\n")
