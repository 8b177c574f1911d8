"""How medspaCy ConText is loaded: cheaply, without medspacy/__init__, and to the same effect
as ``import medspacy``. Run in subprocesses so that imports and warning filters are fresh."""

import subprocess
import sys
import textwrap


def python(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_nothing_heavy_is_imported():
    out = python(
        """
        import sys, warnings
        import spacy
        import extract.assertion, extract.assertion.component
        assert not any(m in sys.modules for m in ("medspacy", "quickumls", "nltk", "PyRuSH")), "at import"
        filters = list(warnings.filters)
        from extract.assertion import assess
        nlp = spacy.blank("en"); nlp.add_pipe("sentencizer")
        (a,) = assess(nlp("The patient denies chest pain."), [(19, 29)])
        assert a.negated and a.cues[0].source == "context"
        from extract.assertion.context import context_api
        assert context_api().route == "private"
        assert warnings.filters == filters, "medspaCy's filterwarnings('ignore') leaked"
        print(sorted(m for m in ("medspacy", "quickumls", "nltk", "PyRuSH", "sklearn") if m in sys.modules))
        """
    )
    assert out == "[]"


def test_private_route_gives_what_import_medspacy_gives():
    out = python(
        """
        import spacy
        from extract.assertion import AssertionRules, assess
        from extract.assertion.context import context_api
        nlp = spacy.blank("en"); nlp.add_pipe("sentencizer")
        texts = [
            "The patient denies chest pain but reports fever.",
            "No evidence of infection; pneumonia was ruled out.",
            "Possible fracture of the wrist, should the patient fall again.",
            "Surgery may not relieve pain in up to 30% of patients if care fails.",
            "History of migraine; family history of stroke.",
        ]
        docs = [nlp(t) for t in texts]
        targets = [[(t.idx, t.idx + len(t)) for t in d if t.is_alpha] for d in docs]
        private = AssertionRules(route="auto")
        documented = AssertionRules(route="medspacy")
        a = [assess(d, t, rules=private) for d, t in zip(docs, targets)]
        b = [assess(d, t, rules=documented) for d, t in zip(docs, targets)]
        assert a == b
        assert context_api("auto").route == "private" and context_api("medspacy").route == "medspacy"
        assert context_api("auto").ConText is not context_api("medspacy").ConText
        ra = sorted((r.literal, r.category, r.direction) for r in private.context.context.rules)
        rb = sorted((r.literal, r.category, r.direction) for r in documented.context.context.rules)
        assert ra == rb and len(ra) == 102 - len(private.cues.context.disabled_rules)
        import medspacy
        assert hasattr(medspacy, "load")  # the real package is untouched
        print(sum(len(x.cues) for y in a for x in y))
        """
    )
    assert int(out) > 10
