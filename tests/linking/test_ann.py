"""The ANN path queried without scikit-learn gives what scikit-learn and scispaCy give."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import joblib
import numpy
import pytest

from extract.linking.ann import QUERY_VECTORIZER, AnnCandidates, QueryVectorizer, char_wb_ngrams

from .test_kb import SOURCES

#: Mentions as claims write them, with the odd ones a page holds: capitals, runs of white space,
#: tabs, accents, a word shorter than a 3-gram, digits, punctuation, nothing the vocabulary has.
MENTIONS = [
    "persistent pain after spine surgery",
    "Spinal  cord\tstimulators implanted",
    "post-laminectomy syndrome",
    "FBSS",
    "scar tissue around the nerve roots",
    "épidural fibrosis",
    "a",
    "pain",
    "up to 20% of patients",
    "sharp, stabbing pain under the heel",
    "radiofrequency ablation of the medial branch nerves",
    "needing to pass urine during the night",
    "",
    "\u2014\u2014",
    "zzqx",
    "HbA1c above 7.5%",
]


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from extract.linking.kb import build_from_sources

    folder = tmp_path_factory.mktemp("kb") / "tiny"
    build_from_sources(SOURCES, folder, curated_sha256="abc")
    return folder


def _assert_same_vectors(ours, theirs) -> None:  # noqa: ANN001
    assert ours.shape == theirs.shape
    ours, theirs = ours.tocsr(), theirs.tocsr()
    ours.sort_indices()
    theirs.sort_indices()
    assert ours.indptr.tolist() == theirs.indptr.tolist()
    assert ours.indices.tolist() == theirs.indices.tolist()
    assert numpy.allclose(ours.data, theirs.data, atol=1e-6)


def test_ngrams_are_scikit_learns_char_wb_ngrams() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    analyzer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 3)).build_analyzer()
    for text in MENTIONS:
        assert char_wb_ngrams(text.lower(), 3, 3) == analyzer(text)
    assert char_wb_ngrams("a", 3, 3) == [" a "]  # a short word counts once


def test_query_vectors_equal_the_saved_scikit_learn_vectorizers(tiny: Path) -> None:
    fitted = joblib.load(tiny / "tfidf_vectorizer.joblib")
    ours = QueryVectorizer.load(tiny / QUERY_VECTORIZER)
    _assert_same_vectors(ours.transform(MENTIONS), fitted.transform(MENTIONS))


def test_query_vectors_equal_on_the_full_knowledge_base(kb_dir: Path) -> None:
    fitted = joblib.load(kb_dir / "tfidf_vectorizer.joblib")
    ours = QueryVectorizer.load(kb_dir / QUERY_VECTORIZER)
    aliases = json.loads((kb_dir / "concept_aliases.json").read_text("utf-8"))[::997]  # a spread of real aliases
    texts = MENTIONS + aliases
    _assert_same_vectors(ours.transform(texts), fitted.transform(texts))


def test_a_vectorizer_it_cannot_reproduce_is_refused() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    fitted = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 3), sublinear_tf=True).fit(["sciatica", "allodynia"])
    with pytest.raises(ValueError, match="sublinear"):
        QueryVectorizer.from_sklearn(fitted)


def test_candidates_equal_scispacys_candidate_generator(kb_dir: Path) -> None:
    from scispacy.candidate_generation import CandidateGenerator, LinkerPaths
    from scispacy.linking_utils import KnowledgeBase

    from extract.linking.kb import read_manifest
    from extract.linking.linker import Linker

    ef_search = read_manifest(kb_dir).settings.ef_search
    linker = Linker(kb_dir)
    ours = AnnCandidates.from_directory(kb_dir, ef_search, linker._concepts_of)
    aliases, vectorizer, index = LinkerPaths.from_directory(kb_dir).load(ef_search=ef_search)
    theirs = CandidateGenerator(index, vectorizer, aliases, KnowledgeBase(str(kb_dir / "concepts.jsonl")))
    got, expected = ours(MENTIONS, 30), theirs(MENTIONS, 30)
    assert len(got) == len(expected) == len(MENTIONS)
    assert sum(bool(c) for c in got) >= len(MENTIONS) - 3  # only "", the dashes and "zzqx" share no 3-gram
    for mine, scispacys in zip(got, expected):
        assert [c.concept_id for c in mine] == [c.concept_id for c in scispacys]
        for a, b in zip(mine, scispacys):
            assert sorted(a.aliases) == sorted(b.aliases)
            assert numpy.allclose(sorted(a.similarities), sorted(b.similarities), atol=1e-6)


def test_linking_an_unknown_mention_does_not_import_scikit_learn(kb_dir: Path) -> None:
    """The point of the module: the ANN path of a cold start needs no scikit-learn."""
    script = (
        "import sys; from pathlib import Path; from extract.linking.linker import Linker; "
        f"linker = Linker(Path({str(kb_dir)!r})); c = linker.link('spinal cord stimulators implanted'); "
        "print(c.id, 'ann' in linker.load_seconds, 'sklearn' in sys.modules)"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    concept, ann_loaded, sklearn_imported = done.stdout.split()
    assert concept == "EV:spinal_cord_stimulation" and ann_loaded == "True"
    assert sklearn_imported == "False"
