"""The command line, run as a user would: in a subprocess."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

from conftest import ROOT, SEED

PY = [sys.executable, "-m", "quoteattr"]


def run(*args, stdin: bytes | None = None):
    return subprocess.run([*PY, *args], input=stdin, capture_output=True, cwd=ROOT, timeout=600)


def test_attribute_jsonl_in_input_order_with_a_failing_document(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("„Wir kommen morgen“, sagte die Ministerin.", encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\xff\xfe not utf-8 \xff")
    empty = tmp_path / "c.txt"
    empty.write_text("   ", encoding="utf-8")
    result = run("attribute", str(good), str(bad), str(empty), "--models", "compact", "--quiet")
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["id"] for r in records] == [str(good), str(bad), str(empty)]
    assert records[0]["quotes"][0]["speaker"]["text"] == "die Ministerin"
    assert records[1]["error"] == "UnicodeDecodeError"
    assert records[2]["quotes"] == []
    assert b"UnicodeDecodeError" in result.stderr


def test_attribute_stdin_to_csv():
    text = '"The plan is dead," said John Smith.'.encode()
    result = run("attribute", "-", "--format", "csv", "--lang", "en", "--models", "compact", stdin=text)
    assert result.returncode == 0, result.stderr.decode()
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode())))
    assert rows[0]["speaker"] == "John Smith" and rows[0]["cue"] == "said" and rows[0]["kind"] == "direct"


def test_attribute_seed_filters_and_html(tmp_path):
    out = tmp_path / "seed.html"
    result = run("attribute", str(SEED), "--format", "html", "--kinds", "direct", "--models", "compact", "-o", str(out))
    assert result.returncode == 0, result.stderr.decode()
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "qa-direct" in page and "Selenskyj" in page


def test_quotes_command_needs_no_parser():
    result = run("quotes", str(SEED))
    spans = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(spans) == 13 and spans[0]["text"].startswith("„Wir haben")


def test_models_command_lists_compact():
    result = run("models")
    assert result.returncode == 0 and b"de: compact=installed" in result.stdout


def test_attribute_folder_of_spkatt_articles_and_jsonl_text_field(tmp_path):
    from conftest import SHARED

    corpus = SHARED / "data" / "spkatt-news" / "train"
    names = (ROOT / "evaluation" / "splits" / "spkatt-dev.txt").read_text().split()[:3]
    folder = tmp_path / "articles"
    folder.mkdir()
    records = []
    for name in names:
        data = json.loads((corpus / f"{name}.json").read_text(encoding="utf-8"))
        text = " ".join(" ".join(s["Tokens"]) for s in data["Sentences"])
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        records.append(json.dumps({"id": name, "body": text}, ensure_ascii=False))
    result = run("attribute", str(folder), "--format", "csv", "--lang", "de", "--models", "compact", "--quiet")
    assert result.returncode == 0, result.stderr.decode()
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode())))
    assert rows and {r["doc_id"] for r in rows} <= {str(folder / f"{n}.txt") for n in names}
    jsonl = tmp_path / "articles.jsonl"
    jsonl.write_text("\n".join(records + ['{"id": "broken"}']) + "\n", encoding="utf-8")
    result = run("attribute", str(jsonl), "--text-field", "body", "--lang", "de", "--models", "compact", "--quiet")
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["id"] for r in out] == names + [f"{jsonl}:4"]
    assert out[-1]["error"] == "ValueError" and result.returncode == 1


def test_attribute_json_with_min_confidence(tmp_path):
    out = tmp_path / "out.json"
    result = run("attribute", str(SEED), "--format", "json", "--min-confidence", "0.8", "--models", "compact", "-o", str(out))
    assert result.returncode == 0, result.stderr.decode()
    [record] = json.loads(out.read_text(encoding="utf-8"))
    assert record["id"] == str(SEED) and record["lang"] == "de" and record["quotes"]
    assert all(q["confidence"] >= 0.8 for q in record["quotes"])
