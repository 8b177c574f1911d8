"""medspaCy's ConText, loaded cheaply and run on claim targets that may overlap.

Import route
------------
``import medspacy`` (and equally ``from medspacy.context import ConText``, which runs the
package ``__init__`` first) costs about 2.4 s here: ``medspacy/__init__`` imports every
component, ``medspacy.util`` imports QuickUMLS, which imports NLTK, which imports
scipy.stats and scikit-learn; PyRuSH comes on top. ConText needs none of it. Its modules
(``medspacy/context/*`` and ``medspacy/common/*``) import from outside themselves only
``tuple_overlaps``, a one-line function of ``medspacy.util``.

Options weighed:

1. ``import medspacy`` when ConText is first needed: documented, but 1.5-1.7 s of the 5 s
   cold-start budget for nothing ConText uses.
2. A stand-in for ``sys.modules["medspacy"]`` so that ``medspacy.context`` loads without the
   package ``__init__``: cheap, but it would hand every later ``import medspacy`` in the
   process a hollow package (no ``medspacy.load``). Rejected.
3. A private alias (chosen): medspaCy's own, unmodified ``context`` and ``common`` modules are
   loaded from the installed package directory under a private package name,
   ``_evidence_medspacy``, with that package's ``util`` module replaced by a shim holding only
   ``tuple_overlaps`` (copied verbatim). It is medspaCy's ConText algorithm, rule classes,
   matcher and default rule file, bit for bit; ``sys.modules["medspacy"]`` is never touched, so
   ``import medspacy`` elsewhere keeps working (spaCy accepts the second registration of the
   ``medspacy_context`` factory because it is the same function from the same file). It costs
   about 3 ms.
4. Copying ConText's source into this package: a fork to maintain. Rejected.

Route 3 is used only for medspaCy versions it was checked against (:data:`CHECKED_VERSIONS`);
for any other version, or if the private import fails in any way, the documented route 1 is
taken, so a medspaCy upgrade can make start-up slower but never wrong. A test checks that both
routes give the same modifiers. ``medspacy.common.medspacy_matcher`` calls
``warnings.filterwarnings("ignore")`` at import, which would silence every warning of the
process; both routes import inside ``warnings.catch_warnings()`` so the filters are restored.

Overlapping targets
-------------------
ConText reads its targets from ``doc.ents`` (which cannot overlap) or from a span group (which
can). Each sentence holding targets is copied with ``Span.as_doc()`` (so cues come only from the
target's own sentence and the caller's ``Doc`` is never written to), its targets are put in a
span group, and ConText runs over it. Its modifiers, with ConText's own scopes (directions,
terminations such as "but", per-rule limits), are then tested against each target with
ConText's own ``ConTextModifier.modifies``, with two genre rules on top:

- a cue never reaches beyond its clause (``clause_boundaries`` of the cue file: ConText knows
  "but" and "however", not ";" or ":");
- a cue inside a target ("Surgery does not cause arachnoiditis" as one relation span) modifies
  it when the part of the target on the cue's side is in the cue's scope (ConText alone never
  lets a modifier modify a target it overlaps).
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import importlib.metadata
import logging
import sys
import time
import types
import warnings
from functools import lru_cache
from typing import Any, Callable, NamedTuple, Optional

from extract.assertion.cues import ContextSettings, CueFileError
from extract.assertion.hedges import Found, Span, overlaps

log = logging.getLogger(__name__)

#: medspaCy versions whose ``context`` and ``common`` modules import only ``tuple_overlaps``
#: from ``medspacy.util``; the private route is taken only for these.
CHECKED_VERSIONS = frozenset({"1.3.1"})
PRIVATE = "_evidence_medspacy"
GROUP = "evidence_assertion_targets"
LABEL = "CLAIM"


class ContextAPI(NamedTuple):
    """The two ConText classes, and how they were imported."""

    ConText: Any
    ConTextRule: Any
    route: str  # "private" or "medspacy"
    seconds: float


def tuple_overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Verbatim copy of ``medspacy.util.tuple_overlaps`` (medspaCy 1.3.1)."""
    return a[0] <= b[0] < a[1] or a[0] < b[1] <= a[1]


def _import_private() -> ContextAPI:
    t0 = time.perf_counter()
    spec = importlib.util.find_spec("medspacy")  # finds the package without running its __init__
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("medspacy is not installed")
    package = types.ModuleType(PRIVATE, "medspaCy's context modules, loaded without medspacy/__init__")
    package.__path__ = list(spec.submodule_search_locations)
    package.__spec__ = importlib.machinery.ModuleSpec(PRIVATE, None, is_package=True)
    package.__spec__.submodule_search_locations = package.__path__
    shim = types.ModuleType(f"{PRIVATE}.util")
    shim.tuple_overlaps = tuple_overlaps  # type: ignore[attr-defined]
    sys.modules[PRIVATE] = package
    sys.modules[shim.__name__] = shim
    try:
        module = importlib.import_module(f"{PRIVATE}.context")
    except BaseException:
        for name in [n for n in sys.modules if n == PRIVATE or n.startswith(PRIVATE + ".")]:
            del sys.modules[name]
        raise
    return ContextAPI(module.ConText, module.ConTextRule, "private", time.perf_counter() - t0)


def _import_medspacy() -> ContextAPI:
    t0 = time.perf_counter()
    from medspacy.context import ConText, ConTextRule

    return ContextAPI(ConText, ConTextRule, "medspacy", time.perf_counter() - t0)


@lru_cache(maxsize=None)
def context_api(route: str = "auto") -> ContextAPI:
    """medspaCy's ConText classes, imported once: ``"auto"`` takes the private route for a
    checked medspaCy version and falls back to ``import medspacy``; ``"medspacy"`` forces the
    documented route."""
    with warnings.catch_warnings():  # medspaCy's matcher module silences all warnings on import
        if route == "auto" and importlib.metadata.version("medspacy") in CHECKED_VERSIONS:
            try:
                return _import_private()
            except Exception as e:  # any failure: the documented route is always correct
                log.warning("loading medspaCy ConText without medspacy/__init__ failed (%s); importing medspacy", e)
        return _import_medspacy()


def build_context(nlp: Any, settings: ContextSettings, route: str = "auto") -> Any:
    """A ConText with medspaCy's default English rules, less the rules ``settings`` disables,
    reading its targets from the span group :data:`GROUP` and setting no span attributes."""
    api = context_api(route)
    context = api.ConText(nlp, rules=None, span_attrs=None, input_span_type="group", span_group_name=GROUP)
    rules = api.ConTextRule.from_json(context.DEFAULT_RULES_FILEPATH)
    unknown = set(settings.disabled_rules) - {r.literal for r in rules}
    if unknown:
        raise CueFileError(f"context.disabled_rules names rules that are not medspaCy defaults: {sorted(unknown)}")
    context.add([r for r in rules if r.literal not in settings.disabled_rules])
    return context


class ContextRunner:
    """Runs ConText on one sentence at a time; the ConText is built on first use.

    ``nlp`` supplies the tokenizer ConText's phrase rules are tokenized with (the pipeline's,
    from the component); without one a blank English pipeline is used.
    """

    def __init__(self, settings: ContextSettings, nlp: Any = None, route: str = "auto") -> None:
        self.settings = settings
        self.nlp = nlp
        self.route = route
        self._context: Any = None
        self._needs: Optional[tuple[tuple[frozenset[str], ...], ...]] = None
        self._first: Optional[dict[str, list[int]]] = None  # rules by the words of their first needed token

    @property
    def context(self) -> Any:
        """The ConText component (built, and medspaCy's modules imported, on first access)."""
        if self._context is None:
            nlp = self.nlp
            if nlp is None:
                import spacy

                nlp = spacy.blank("en")
            self._context = build_context(nlp, self.settings, self.route)
            self._needs = cue_needs(self._context.rules, nlp.tokenizer, self.settings)
        return self._context

    def _may_match(self, lowered: set[str]) -> bool:
        """Whether some rule finds every token it needs (:func:`cue_needs`) among a sentence's
        ``lower_`` values; only the rules one of whose first token's words is there are tried."""
        needs = self._needs or ()
        if self._first is None:
            first: dict[str, list[int]] = {}
            for i, need in enumerate(needs):
                for word in need[0]:
                    first.setdefault(word, []).append(i)
            self._first = first
        tried = {i for word in lowered if word in self._first for i in self._first[word]}
        return any(all(token & lowered for token in needs[i][1:]) for i in tried)

    def cues(self, sent: Any, targets: list[Span], clause: Callable[[int, int], Span]) -> list[list[Found]]:
        """For each target (character offsets into ``sent.text``), ConText's cues that modify
        it. ``clause(start, end)`` gives the clause around a cue, in the same offsets."""
        from spacy.tokens import Span as SpacySpan

        context = self.context
        if self._needs is not None and not self._may_match({t.lower_ for t in sent}):
            return [[] for _ in targets]  # no rule that reports a cue can match: ConText finds none
        sdoc = sent.as_doc()
        spans = [sdoc.char_span(s, e, label=LABEL, alignment_mode="expand") for s, e in targets]
        sdoc.spans[GROUP] = [s for s in spans if s is not None]
        context(sdoc)
        out: list[list[Found]] = [[] for _ in targets]
        categories = self.settings.categories
        for m in sdoc._.context_graph.modifiers:
            if m.category not in categories or m.direction in ("TERMINATE", "PSEUDO"):
                continue
            m_start, m_end = m.modifier_span
            chars = (sdoc[m_start].idx, sdoc[m_end - 1].idx + len(sdoc[m_end - 1]))
            left, right = clause(*chars)
            found = Found(categories[m.category], m.category, self.settings.grades.get(m.category), *chars, "context")
            for i, span in enumerate(spans):
                if span is None:
                    continue
                for a, b in _probes(sdoc, span, (m_start, m_end), (left, right)):
                    if m.modifies(SpacySpan(sdoc, a, b, label=LABEL)):
                        out[i].append(found)
                        break
        return out


def cue_needs(rules: Any, tokenizer: Any, settings: ContextSettings) -> Optional[tuple[tuple[frozenset[str], ...], ...]]:
    """What a sentence must hold for a ConText rule whose cues :meth:`ContextRunner.cues`
    reports (its category mapped, not a TERMINATE or PSEUDO rule) to match in it: per rule, the
    tokens it cannot match without, each as the set of ``lower_`` values it accepts. None when
    some such rule needs no token (the prefilter is then off).

    For a phrase rule, every token of its lower-cased literal as medspaCy's ``MedspacyMatcher``
    tokenizes it for its ``LOWER`` PhraseMatcher; for a token pattern, every token that is
    neither optional nor repeated (no ``OP``) and tests only ``LOWER``, against a string or an
    ``IN`` list (a regular-expression rule, a string, needs no token). A sentence in which no
    rule finds all its tokens has no match of these rules, hence no modifier to report.
    """
    needs: list[tuple[frozenset[str], ...]] = []
    for rule in rules:
        if rule.category not in settings.categories or rule.direction in ("TERMINATE", "PSEUDO"):
            continue
        tokens: list[frozenset[str]] = []
        if rule.pattern is None:
            tokens = [frozenset([t.lower_]) for t in tokenizer(rule.literal.lower())]
        elif isinstance(rule.pattern, list):
            for spec in rule.pattern:
                value = spec.get("LOWER") if isinstance(spec, dict) and set(spec) == {"LOWER"} else None
                if isinstance(value, str):
                    tokens.append(frozenset([value]))
                elif isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list):
                    if value["IN"] and all(isinstance(v, str) for v in value["IN"]):
                        tokens.append(frozenset(value["IN"]))
        if not tokens:
            return None
        needs.append(tuple(tokens))
    return tuple(needs)


def _probes(sdoc: Any, target: Any, modifier: tuple[int, int], clause: Span) -> list[tuple[int, int]]:
    """The token ranges of ``target`` ConText is asked about: the parts before and after the
    modifier (all of it when they do not overlap), keeping only tokens inside the clause."""
    inside = [t.i for t in target if t.idx >= clause[0] and t.idx + len(t) <= clause[1]]
    if not inside:
        return []
    lo, hi = inside[0], inside[-1] + 1
    parts = [(lo, min(hi, modifier[0])), (max(lo, modifier[1]), hi)]
    return [(a, b) for a, b in parts if a < b]


def overruled(cue: Found, pseudo: list[Span], own: list[Span]) -> bool:
    """Whether the project's reading of the text overrules a ConText cue: it overlaps a
    pseudo-cue ("no more than" is not the negation "no"), or a longer cue of the project's
    ("cannot be ruled out" is a hedge, not the negation "not"; "no evidence that" subsumes
    "no evidence")."""
    span = (cue.start, cue.end)
    if any(overlaps(span, p) for p in pseudo):
        return True
    return any(overlaps(span, o) and o[1] - o[0] > span[1] - span[0] for o in own)
