"""The seed's HTML view opened in a real headless Chromium."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from quoteattr.render import render_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)")
def test_seed_view_renders_in_chromium(seed_doc, tmp_path):
    page = tmp_path / "seed.html"
    page.write_text(render_html(seed_doc, title="seed"), encoding="utf-8")
    profile = tmp_path / "profile"
    common = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}"]
    dom = subprocess.run([*common, "--dump-dom", page.as_uri()], capture_output=True, timeout=120, text=True)
    assert dom.returncode == 0, dom.stderr[-2000:]
    html = dom.stdout
    quotes = [q for q in seed_doc.quotes if q.kind != "term"]
    assert html.count('class="qa-label"') == len(quotes)
    assert "Wir haben vereinbart" in html and "qa-direct" in html
    for q in quotes:
        if q.entity_name:
            assert q.entity_name in html
    shot = tmp_path / "seed.png"
    subprocess.run([*common, f"--screenshot={shot}", "--window-size=1200,2400", page.as_uri()],
                   capture_output=True, timeout=120)
    assert shot.exists() and shot.stat().st_size > 10_000
