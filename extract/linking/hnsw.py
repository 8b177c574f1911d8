"""The knowledge base's HNSW graph, built in a fresh Python process.

nmslib draws the level of every node it inserts from one random generator per process, seeded the
same way in every process: the first graph a process builds is the same on every machine, the
second is not (the generator has moved on). Tests, the bench and a long-lived caller may build
other indexes before the knowledge base's, so :func:`build_in_fresh_process` always builds it in a
child process of its own, on one thread (several threads insert in whatever order they reach):
the same aliases give the same graph, byte for byte, and so the same links on every machine.

Run as ``python -m extract.linking.hnsw VECTORS INDEX PARAMS_JSON`` by that function only.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def build(vectors_path: Path, index_path: Path, params: dict) -> None:
    """Build the HNSW index over the sparse vectors saved in ``vectors_path`` (as float32, which
    is what the query side loads them back as) and save it to ``index_path``."""
    import nmslib
    import numpy
    import scipy.sparse

    vectors = scipy.sparse.load_npz(vectors_path).astype(numpy.float32)
    index = nmslib.init(method="hnsw", space="cosinesimil_sparse", data_type=nmslib.DataType.SPARSE_VECTOR)
    index.addDataPointBatch(vectors)
    index.createIndex(params, print_progress=False)
    index.saveIndex(str(index_path))


def build_in_fresh_process(vectors_path: Path, index_path: Path, params: dict) -> None:
    """:func:`build` in a child Python process; raises RuntimeError with the child's error output
    when it fails."""
    proc = subprocess.run(
        [sys.executable, "-m", __name__, str(vectors_path), str(index_path), json.dumps(params)],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0 or not Path(index_path).is_file():
        detail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
        raise RuntimeError(f"building the HNSW index failed (exit {proc.returncode}): " + " | ".join(detail))


if __name__ == "__main__":
    build(Path(sys.argv[1]), Path(sys.argv[2]), json.loads(sys.argv[3]))
