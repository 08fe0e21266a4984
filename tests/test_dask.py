"""The Dask integration in local mode gives the same results as a single process."""

from __future__ import annotations

import pytest

db = pytest.importorskip("dask.bag")

from quoteattr.dask import attribute_bag  # noqa: E402

TEXTS = ["„Wir kommen morgen“, sagte die Ministerin.", "Laut Polizei wurden drei Menschen verletzt.",
         "Kein Zitat hier.", "„Das reicht“, so der Sprecher."]


def test_bag_matches_single_process(attributor):
    bag = db.from_sequence(TEXTS, npartitions=2)
    records = attribute_bag(bag, lang="de", models="compact").compute(scheduler="synchronous")
    expected = [attributor(t, lang="de").to_dict() for t in TEXTS]
    assert [r["text"] for r in records] == TEXTS
    assert [r["quotes"] for r in records] == [e["quotes"] for e in expected]
