"""Approximate candidates of a mention: scispaCy's TF-IDF char-3-gram + HNSW lookup, queried
without importing scikit-learn.

The knowledge base is built with scikit-learn's ``TfidfVectorizer`` and an nmslib HNSW index, in
scispaCy's ``LinkerPaths`` layout (see :mod:`extract.linking.kb`), and scispaCy's own
``CandidateGenerator`` can query it. Importing that generator imports scikit-learn, which imports
SciPy's statistics and pandas: about a second, most of what a cold start spends loading the
index. Querying needs none of it. The vectorizer's vocabulary and inverse document frequencies
are saved next to it (:data:`QUERY_VECTORIZER`), :class:`QueryVectorizer` turns mentions into the
same vectors with NumPy/SciPy (``char_wb`` analyzer, lower-casing, raw counts times idf,
L2-normalised), and :class:`AnnCandidates` queries the index and groups the neighbours per
concept exactly as ``CandidateGenerator.__call__`` does. Both are checked against scikit-learn and
scispaCy in ``tests/linking/test_ann.py``.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, NamedTuple, Optional, Sequence

#: The vectorizer's query parameters, written by the knowledge base build.
QUERY_VECTORIZER = "tfidf_query.json"
#: The HNSW graph and the TF-IDF vectors of the aliases (scispaCy's ``LinkerPaths`` names).
INDEX_FILE = "nmslib_index.bin"
VECTORS_FILE = "tfidf_vectors_sparse.npz"

_WHITE_SPACES = re.compile(r"\s\s+")  # as scikit-learn's ``_VectorizerMixin._white_spaces``
#: :meth:`AliasVectors.reaches` takes a query's n-grams until those left hold less than this share
#: of the squared similarity asked (see there). Measured on the linker calls of the development
#: corpora: 0.5 makes the bound at the threshold (0.7) about three times faster than taking just
#: enough n-grams (1.0): more postings are read, but a few dozen aliases, not thousands, are
#: compared in full.
PREFIX_SHARE = 0.5
#: Texts whose TF-IDF vectors a :class:`QueryVectorizer` keeps (a few kB each).
ROWS_KEPT = 4096
#: Room for float32 rounding in :meth:`AliasVectors.reaches`'s per-alias bound (squared
#: similarities): an alias's stored vector has a norm within 1e-7 of one.
_BOUND_SLACK = 1e-6


class AnnCandidate(NamedTuple):
    """The aliases of one concept among a mention's nearest neighbours (scispaCy's
    ``MentionCandidate``): their similarities are ``1 - cosine distance``."""

    concept_id: str
    aliases: list[str]
    similarities: list[float]


def char_wb_ngrams(text: str, n_min: int, n_max: int) -> list[str]:
    """The character n-grams of each white-space separated word padded with one space, as
    scikit-learn's ``analyzer="char_wb"`` makes them (a word shorter than ``n`` counts once)."""
    text = _WHITE_SPACES.sub(" ", text)
    out: list[str] = []
    for w in text.split():
        w = f" {w} "
        length = len(w)
        for n in range(n_min, n_max + 1):
            offset = 0
            out.append(w[offset : offset + n])
            while offset + n < length:
                offset += 1
                out.append(w[offset : offset + n])
            if offset == 0:
                break
    return out


class QueryVectorizer:
    """The ``transform`` of a fitted ``TfidfVectorizer(analyzer="char_wb")`` with default
    ``lowercase=True, norm="l2", use_idf=True, sublinear_tf=False``, from its saved parameters."""

    def __init__(self, vocabulary: Sequence[str], idf: Sequence[float], ngram_range: tuple[int, int], lowercase: bool = True) -> None:
        import numpy

        self.vocabulary = {gram: i for i, gram in enumerate(vocabulary)}
        self.idf = numpy.asarray(idf, dtype=numpy.float64)
        self._idf = self.idf.tolist()  # the same floats, read one by one for a mention's few n-grams
        self.ngram_range = (int(ngram_range[0]), int(ngram_range[1]))
        self.lowercase = lowercase
        #: :meth:`_row`, kept (bounded): a mention is bounded at several similarities (by
        #: :meth:`AnnCandidates.reaches`), then queried
        self._rows = lru_cache(maxsize=ROWS_KEPT)(self._compute_row)

    @classmethod
    def from_sklearn(cls, vectorizer: object) -> "QueryVectorizer":
        """The query parameters of a fitted scikit-learn ``TfidfVectorizer``."""
        params = vectorizer.get_params()  # type: ignore[attr-defined]
        if params["analyzer"] != "char_wb" or params["norm"] != "l2" or params["sublinear_tf"] or not params["use_idf"]:
            raise ValueError("only a char_wb, l2-normalised TF-IDF vectorizer without sublinear tf is supported")
        if params["strip_accents"] is not None or params["preprocessor"] is not None:
            raise ValueError("accent stripping and custom preprocessors are not supported")
        vocabulary = [""] * len(vectorizer.vocabulary_)  # type: ignore[attr-defined]
        for gram, i in vectorizer.vocabulary_.items():  # type: ignore[attr-defined]
            vocabulary[i] = gram
        return cls(vocabulary, vectorizer.idf_.tolist(), params["ngram_range"], params["lowercase"])  # type: ignore[attr-defined]

    def save(self, path: Path) -> None:
        vocabulary = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        data = {"analyzer": "char_wb", "ngram_range": list(self.ngram_range), "lowercase": self.lowercase,
                "norm": "l2", "vocabulary": vocabulary, "idf": self.idf.tolist()}
        path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")

    @classmethod
    def load(cls, path: Path) -> "QueryVectorizer":
        data = json.loads(path.read_text("utf-8"))
        if data.get("analyzer") != "char_wb" or data.get("norm") != "l2" or len(data["vocabulary"]) != len(data["idf"]):
            raise ValueError(f"{path} does not hold a char_wb l2 TF-IDF vectorizer")
        return cls(data["vocabulary"], data["idf"], tuple(data["ngram_range"]), data["lowercase"])

    def transform(self, texts: Iterable[str]):  # noqa: ANN201 - a scipy.sparse.csr_matrix
        """The TF-IDF vectors of ``texts`` (float32 CSR, one row per text; all-zero when no
        n-gram of a text is in the vocabulary)."""
        import numpy
        import scipy.sparse

        indptr, indices, values = [0], [], []
        for cols, row in map(self._row, texts):
            indices.extend(cols)
            values.extend(row.tolist())
            indptr.append(len(indices))
        shape = (len(indptr) - 1, len(self.vocabulary))
        return scipy.sparse.csr_matrix((numpy.array(values, dtype=numpy.float32), indices, indptr), shape=shape)

    def pairs(self, texts: Iterable[str]) -> list[list[tuple[int, float]]]:
        """The rows of :meth:`transform` as nmslib takes sparse queries, ``(column, value)`` pairs
        with the same float32 values, without building a SciPy matrix (nor importing SciPy)."""
        import numpy

        return [list(zip(cols, row.astype(numpy.float32).tolist())) for cols, row in map(self._row, texts)]

    def vector(self, text: str):  # noqa: ANN201 - (columns, float64 values)
        """The vocabulary columns of ``text``'s n-grams, sorted, and their L2-normalised TF-IDF
        (a row of :meth:`transform`, in float64)."""
        return self._row(text)

    def _row(self, text: str):  # noqa: ANN202 - (columns, float64 values)
        """The vocabulary columns of ``text``'s n-grams, sorted, and their L2-normalised TF-IDF
        (kept for the texts met last: callers only read them, and the values are read-only)."""
        return self._rows(text)

    def _compute_row(self, text: str):  # noqa: ANN202 - (columns, float64 values)
        import numpy

        vocabulary, counts = self.vocabulary, {}
        for gram in char_wb_ngrams(text.lower() if self.lowercase else text, *self.ngram_range):
            i = vocabulary.get(gram)
            if i is not None:
                counts[i] = counts.get(i, 0) + 1
        cols = sorted(counts)
        # count times idf as Python floats (the same double products as NumPy's, without indexing
        # the idf array by a list: half the time of a mention's vector)
        idf = self._idf
        row = numpy.array([counts[c] * idf[c] for c in cols], dtype=numpy.float64)
        norm = numpy.sqrt((row * row).sum())
        if norm > 0:
            row = row / norm
        row.flags.writeable = False
        return cols, row


def load_index(kb_dir: Path, ef_search: int):  # noqa: ANN201 - an nmslib FloatIndex
    """The HNSW index of a knowledge base with its data points (the float16 vectors), as
    scispaCy's ``load_approximate_nearest_neighbours_index`` loads it; after the first time,
    from the per-machine copy saved with its data points (:mod:`extract.linking.derived`)."""
    from extract.linking.derived import load_index_with_data

    index = load_index_with_data(kb_dir, (INDEX_FILE, VECTORS_FILE), "", lambda: index_from_vectors(kb_dir))
    index.setQueryTimeParams({"efSearch": ef_search})
    return index


def index_from_vectors(kb_dir: Path):  # noqa: ANN201 - an nmslib FloatIndex
    """The HNSW graph of ``kb_dir`` loaded over its TF-IDF vectors, added back as data points."""
    import nmslib
    import numpy
    import scipy.sparse

    vectors = scipy.sparse.load_npz(kb_dir / VECTORS_FILE).astype(numpy.float32)
    index = nmslib.init(method="hnsw", space="cosinesimil_sparse", data_type=nmslib.DataType.SPARSE_VECTOR)
    index.addDataPointBatch(vectors)
    index.loadIndex(str(kb_dir / INDEX_FILE))
    return index


class AliasVectors:
    """The TF-IDF vectors of the index's aliases (its data points, :data:`VECTORS_FILE`), by
    alias and by n-gram, to tell whether any alias is at least so similar to a query
    (:meth:`reaches`) without walking the HNSW graph. The graph only returns aliases of the index
    with their true similarities, so when no alias reaches a similarity, no neighbour the index
    returns does either: a caller that only wants neighbours that similar need not ask the
    index. Loaded on first need (about 0.4 s: SciPy, the vectors, their n-gram postings); holds
    about 50 MB."""

    #: The arrays an instance is made of (see :meth:`arrays`), as the cache keeps them.
    ARRAYS = ("indptr", "indices", "values", "starts", "aliases", "lengths", "n_grams")

    def __init__(self, indptr, indices, values, starts, aliases, lengths, n_grams) -> None:  # noqa: ANN001 - NumPy arrays
        import numpy

        # plain ndarray views of memory-mapped arrays (no copy): slicing a numpy.memmap goes through
        # its Python __getitem__, about ten times slower, and :meth:`reaches` slices per n-gram
        indptr, indices, values, starts, aliases, lengths = map(numpy.asarray, (indptr, indices, values, starts, aliases, lengths))
        self.indptr, self.indices, self.values = indptr, indices, values  # per alias (CSR): n-grams, normalised values
        self.starts, self.aliases, self.lengths = starts, aliases, lengths  # per n-gram: the aliases having it
        self.n_grams = int(n_grams)
        self.n_aliases = len(indptr) - 1

    @classmethod
    def from_csr(cls, indptr, indices, data, n_grams: int) -> "AliasVectors":  # noqa: ANN001 - NumPy arrays of a CSR matrix
        """The vectors of a CSR matrix (aliases by n-grams): values normalised per alias (float32,
        within 1e-7, as nmslib holds them), and the aliases of each n-gram."""
        import numpy
        import scipy.sparse

        values = numpy.asarray(data, dtype=numpy.float32).astype(numpy.float64)  # as nmslib holds them
        norms = numpy.sqrt(numpy.add.reduceat(values * values, indptr[:-1])) if len(values) else numpy.ones(0)
        values = (values / numpy.repeat(norms, numpy.diff(indptr))).astype(numpy.float32)
        by_gram = scipy.sparse.csr_matrix((numpy.ones(len(indices), dtype=numpy.int8), indices, indptr),
                                          shape=(len(indptr) - 1, n_grams)).tocsc()
        return cls(indptr, indices, values, by_gram.indptr, by_gram.indices, numpy.diff(by_gram.indptr), n_grams)

    def arrays(self) -> dict:
        """The arrays of :data:`ARRAYS`, by name (``n_grams`` as a 0-d array)."""
        import numpy

        return {name: numpy.asarray(getattr(self, name)) for name in self.ARRAYS}

    @classmethod
    def load(cls, path: Path) -> "AliasVectors":
        """The vectors of a SciPy ``save_npz`` CSR file (as the knowledge base build writes
        them): memory-mapped from the derived copy of the cache (:func:`~extract.linking.derived.
        load_arrays`), which is made from the file on first use (about 0.4 s of CPU; the copy
        then loads in milliseconds and shares its pages between processes)."""
        from extract.linking import derived

        return cls(**derived.load_arrays(Path(path), lambda: cls.from_npz(path).arrays()))

    @classmethod
    def from_npz(cls, path: Path) -> "AliasVectors":
        """The vectors of a SciPy ``save_npz`` CSR file, computed (no cache)."""
        import numpy

        with numpy.load(path) as saved:
            if saved["format"].item() != b"csr":
                raise ValueError(f"{path} does not hold a CSR matrix")
            n_grams = int(saved["shape"][1])
            return cls.from_csr(saved["indptr"], saved["indices"], saved["data"], n_grams)

    def reaches(self, columns: Sequence[int], values, similarity: float) -> bool:  # noqa: ANN001 - NumPy floats
        """Whether some alias has a cosine similarity of at least ``similarity`` to the query
        (its n-gram ``columns`` and their ``values``, as :meth:`QueryVectorizer.vector` makes
        them), as nmslib computes it in float32 (within 1e-6). Exact, by prefix filtering with a
        per-alias bound. With the query and the aliases normalised, the query's n-grams are taken
        in order of their weight per alias having them until those left, ``R``, have a squared
        norm ``r2`` below :data:`PREFIX_SHARE` times ``similarity`` squared. By Cauchy-Schwarz, an
        alias ``a`` has a similarity of at most ``sqrt(t2(a) + r2)``, where ``t2(a)`` sums the
        squared query weights of the n-grams taken that ``a`` has (split the dot product into the
        n-grams taken and ``R``, bound each part by the product of norms, then the sum of two
        products by the product of the norms of the pairs, ``a``'s being at most 1): an alias
        having none has at most ``sqrt(r2)``, below ``similarity``. Only the aliases whose bound
        reaches ``similarity`` (a few dozen, where thousands have an n-gram taken) are compared in
        full. False for a query with no n-gram."""
        import numpy

        if not len(columns):
            return False
        if similarity <= 0.0:
            return True
        cols = numpy.asarray(columns, dtype=numpy.int64)
        query = numpy.asarray(values, dtype=numpy.float32).astype(numpy.float64)  # as nmslib is sent it
        query /= numpy.sqrt((query * query).sum())
        squares = query * query
        order = numpy.argsort(self.lengths[cols] / squares, kind="stable")  # the most weight per alias first
        left = 1.0 - numpy.cumsum(squares[order])  # squared norm of the n-grams not yet taken
        wanted = similarity * similarity
        below = left < PREFIX_SHARE * wanted
        take = order[: int(numpy.argmax(below)) + 1] if below[-1] else order  # ``left`` only falls
        rest = max(float(left[len(take) - 1]), 0.0)
        firsts, lasts = self.starts[cols[take]], self.starts[cols[take] + 1]
        counts = lasts - firsts
        total = int(counts.sum())
        if total == 0:
            return False
        # the aliases having each n-gram taken, one after the other, and the n-gram's squared weight
        having = self.aliases[numpy.repeat(firsts - (numpy.cumsum(counts) - counts), counts) + numpy.arange(total)]
        taken = numpy.bincount(having, weights=numpy.repeat(squares[take], counts), minlength=self.n_aliases)
        found = numpy.flatnonzero(taken >= wanted - rest - _BOUND_SLACK)
        if len(found) == 0:
            return False
        first = self.indptr[found]
        lengths = self.indptr[found + 1] - first
        offsets = numpy.cumsum(lengths) - lengths
        at = numpy.repeat(first - offsets, lengths) + numpy.arange(int(lengths.sum()))  # their values, alias after alias
        dense = numpy.zeros(self.n_grams)
        dense[cols] = query
        return bool(numpy.add.reduceat(self.values[at] * dense[self.indices[at]], offsets).max() >= similarity)


class AnnCandidates:
    """Nearest aliases of mentions, grouped per concept (scispaCy's ``CandidateGenerator``)."""

    def __init__(self, index: object, vectorizer: QueryVectorizer, aliases: Sequence[str],
                 concepts_of: Callable[[str], Iterable[str]], vectors: Optional[Path] = None) -> None:
        self.index = index
        self.vectorizer = vectorizer
        self.aliases = aliases
        self.concepts_of = concepts_of
        self.vectors_file = vectors
        self._vectors: Optional[AliasVectors] = None

    @classmethod
    def from_directory(cls, kb_dir: Path, ef_search: int, concepts_of: Callable[[str], Iterable[str]]) -> "AnnCandidates":
        aliases = json.loads((kb_dir / "concept_aliases.json").read_text("utf-8"))
        return cls(load_index(kb_dir, ef_search), QueryVectorizer.load(kb_dir / QUERY_VECTORIZER), aliases, concepts_of,
                   kb_dir / VECTORS_FILE)

    def clear_cache(self) -> None:
        """Forget the mentions' vectors kept (see :class:`QueryVectorizer`)."""
        self.vectorizer._rows.cache_clear()

    def reaches(self, mention: str, similarity: float) -> bool:
        """Whether some alias of the index is at least ``similarity`` similar to ``mention``
        (:meth:`AliasVectors.reaches`): when not, none of its neighbours is. True when the
        aliases' vectors are not known (an index given without them)."""
        if self.vectors_file is None:
            return True
        if self._vectors is None:
            self._vectors = AliasVectors.load(self.vectors_file)
        return self._vectors.reaches(*self.vectorizer.vector(mention), similarity)

    def __call__(self, mentions: Sequence[str], k: int) -> list[list[AnnCandidate]]:
        """The candidates of each mention, sorted by concept id (none for a mention that shares
        no 3-gram with the vocabulary: nmslib cannot query an all-zero vector)."""
        import numpy

        if not mentions:
            return []
        vectors = self.vectorizer.pairs(mentions)
        nonzero = [i for i, pairs in enumerate(vectors) if pairs]
        out: list[list[AnnCandidate]] = [[] for _ in mentions]
        if len(nonzero) == 0:
            return out
        queries = [vectors[i] for i in nonzero]
        aliases, concepts_of = self.aliases, self.concepts_of
        for row, (neighbours, distances) in zip(nonzero, self.index.knnQueryBatch(queries, k=k, num_threads=1)):  # type: ignore[attr-defined]
            found: dict[str, tuple[list[str], list[float]]] = {}
            for n, distance in zip(neighbours.tolist(), distances.tolist()):
                alias = aliases[n]
                for concept_id in concepts_of(alias):
                    entry = found.get(concept_id)
                    if entry is None:
                        entry = found[concept_id] = ([], [])
                    entry[0].append(alias)
                    entry[1].append(1.0 - distance)
            out[row] = [AnnCandidate(c, *found[c]) for c in sorted(found)]
        return out
