"""Write workbench/matching/data/meaning-centre.npy: the mean whole-text meaning vector of the bundled entries.

A run's meaning vectors are centred on their own mean (`embeddings.centred`), blended with this one so that a
run of a few entries is centred as a run of hundreds would be. Run again after the meaning table or the bundled
glossaries change much: `python scripts/meaning_centre.py` (tests/test_matching_meaning.py checks it is current).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np

from workbench.catalogue import load_bundled
from workbench.matching import embeddings, meaning
from workbench.workspace import Workspace

OUT = Path(__file__).resolve().parents[1] / "workbench" / "matching" / "data" / "meaning-centre.npy"


def bundled_centre() -> np.ndarray:
    with tempfile.TemporaryDirectory() as folder, Workspace.create(Path(folder) / "ws.db", load_bundled()) as workspace:
        records = workspace.entries()
    chosen = [record for record in records if meaning.has_meaning(record)]
    return meaning.embed(embeddings.texts(chosen, {record.ref: record for record in records})).mean(axis=0)


if __name__ == "__main__":
    np.save(OUT, bundled_centre().astype(np.float32))
