"""Citation scope: a marker cites its sentence; a study it introduces is inherited by the later
sentences that report it, until a new marker, a new section, or a sentence about something else.

The sentences come from the pipeline's own sentence component on ``spacy.blank("en")``.
"""

import pytest
import spacy

import extract.pipeline.components  # noqa: F401  (registers evidence_sentences)
import extract.references.component  # noqa: F401  (registers evidence_references)

LIST = (
    "\n\nReferences\n"
    "1. Akkemik U, Onay M. Interventional procedures for post-laminectomy syndrome. Agri. 2021;33(4):253-60.\n"
    "2. Bailey JC, Osborne MD. Pain rehabilitation after failed stimulation. Pain Med. 2018;19(2):385-92.\n"
    "3. Varga E, Holm A. Psoriasis epidemiology. Dermatol Rev. 2020;14(2):101-112.\n"
)


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("evidence_sentences")
    nlp.add_pipe("evidence_references")
    return nlp


def cited(nlp, body):
    """Each sentence of ``body`` (before the list) with the labels and bases it cites."""
    doc = nlp(body + LIST)
    out = []
    for sent in doc.sents:
        if sent.start_char >= len(body):
            break
        if not any(ch.isalnum() for ch in sent.text):
            continue  # a closing quotation mark the tokenizer left on its own
        _, citations = doc._.citations.cited(sent.start_char)
        out.append((sent.text.strip().lstrip("• ").split()[0], [(c.label, c.basis) for c in citations]))
    return out


def test_a_study_introduced_with_a_marker_is_inherited_by_its_report(nlp):
    body = (
        "Results of treatment\n\n"
        "An October 2021 study (1) aimed to evaluate pain scores. To explain, the scale ranges from 0 to 10.\n\n"
        "The research team examined the files of 107 patients.\n\n"
        "  • With injections, 48.5% of patients had less pain.\n"
        "  • The success rate was 66.7% in radicular pain.\n\n"
        "The researchers here concluded that \u201cit is not one pathology.\n\nMore research is needed.\u201d\n\n"
        "Our clinic offers injections for every patient.\n\n"
        "The researchers also found that 20% relapsed."
    )
    assert cited(nlp, body) == [
        ("Results", []),
        ("An", [("1", "marker")]),
        ("To", []),  # an aside in the same paragraph: not cited, the scope stays open
        ("The", [("1", "context")]),
        ("With", [("1", "context")]),  # list items right after
        ("The", [("1", "context")]),
        ("The", [("1", "context")]),
        ("More", [("1", "context")]),  # a new paragraph, inside the quotation the researchers opened
        ("Our", []),  # a paragraph about something else ends the scope
        ("The", []),  # ... so a later "the researchers" inherits nothing
    ]


def test_a_new_marker_or_heading_ends_the_scope(nlp):
    body = (
        "A 2021 trial [1] enrolled 200 adults. The trial found that 40% improved. "
        "Rehabilitation helps too [2]. The authors noted fewer relapses.\n\n"
        "A review [3] covered 12 studies.\n\nSide effects\n\nThe researchers saw few side effects."
    )
    assert cited(nlp, body) == [
        ("A", [("1", "marker")]),
        ("The", [("1", "context")]),
        ("Rehabilitation", [("2", "marker")]),  # a marker that introduces no study opens no scope
        ("The", []),
        ("A", [("3", "marker")]),
        ("Side", []),
        ("The", []),  # a new section
    ]


def test_markers_cite_their_own_sentence_only_without_a_study(nlp):
    body = "Psoriasis affects 2% to 3% of people [1,3]. About 30% develop arthritis. Participants were adults."
    assert cited(nlp, body) == [("Psoriasis", [("1", "marker"), ("3", "marker")]), ("About", []), ("Participants", [])]


def test_a_glued_marker_cut_off_by_the_sentence_splitter_stays_with_its_sentence(nlp):
    body = "Carpal tunnel release is widely regarded as effective.2 However, data remain limited."
    result = cited(nlp, body)
    assert result[0] == ("Carpal", [("2", "marker")])
    assert all(labels == [] for _, labels in result[1:])


def test_the_reference_list_cites_nothing_and_is_known_as_the_list(nlp):
    doc = nlp("A study (1) found it." + LIST)
    found = doc._.citations
    start = doc.text.index("References")
    assert found.in_list(start) and found.in_list(doc.text.index("Bailey"))
    assert not found.in_list(0)
    assert found.cited(doc.text.index("Bailey")) == ([], [])
    assert [r.label for r in doc._.references] == ["1", "2", "3"]
    assert [m.text for m in found.markers] == ["(1)"]  # the list's own "1." labels are no markers
