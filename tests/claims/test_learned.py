"""The learned claim tagger: its features, its manifest checks, its training, and what it adds to the rules."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest

from extract.claims.learned import (
    FEATURE_VERSION, DocTokens, LearnedError, LearnedManifest, LearnedTagger, SentenceContext, Token, labels_for, load_manifest,
    name_tags, recommendation_strength, sentence_context, sentence_features, spans_from_labels, tokens_of,
)
from extract.evaluation import trainlearned

DATA = Path(__file__).resolve().parents[2] / "extract" / "claims" / "data"


def _tokens(sentence: str) -> list[Token]:
    return [Token(m.group(0), m.start()) for m in re.finditer(r"\w+(?:[-']\w+)*|[^\w\s]", sentence)]


def test_labels_and_spans_round_trip() -> None:
    tokens = _tokens("Common signs are a dry cough and night sweats.")
    sentence = "Common signs are a dry cough and night sweats."
    spans = [(sentence.index("dry cough"), sentence.index("dry cough") + 9), (sentence.index("night"), len(sentence) - 1)]
    labels = labels_for(tokens, spans)
    assert labels == ["O", "O", "O", "O", "B", "I", "O", "B", "I", "O"]
    assert spans_from_labels(labels) == [(4, 6), (7, 9)]
    # an I without a B opens a span; a span overlapping one already labelled is skipped
    assert spans_from_labels(["I", "I", "O", "B"]) == [(0, 2), (3, 4)]
    assert labels_for(tokens, [spans[0], (spans[0][0] + 2, spans[0][1])]) == labels_for(tokens, [spans[0]])


def test_vocabulary_names_are_matched_longest_first() -> None:
    names = {"night sweats": frozenset({"HPO:finding"}), "night": frozenset({"EV:time"}),
             "cough": frozenset({"HPO:finding", "ICD-10-CM:finding"})}
    tags = name_tags(["Night", "sweats", "and", "a", "cough"], lambda p: names.get(p, frozenset()))
    assert tags == [("BHPO:finding",), ("IHPO:finding",), (), (), ("BHPO:finding", "BICD-10-CM:finding")]


def test_names_looked_up_by_compact_key_are_the_names_looked_up_by_phrase() -> None:
    from extract.linking.normalize import compact

    by_key = {compact(k): v for k, v in {"night sweats": frozenset({"HPO:finding"}), "post-herpetic neuralgia": frozenset({"HPO:finding"}),
                                          "and/or": frozenset({"EV:word"}), "cough": frozenset({"HPO:finding"})}.items()}
    words = ["Night", "sweats", ",", "post", "-", "herpetic", "neuralgia", "and/or", "a", "Cough", "."]
    by_phrase = name_tags(words, lambda p: by_key.get(compact(p), frozenset()))  # as Linker.name_tags looks a phrase up
    assert name_tags(words, lambda k: by_key.get(k, frozenset()), compacted=True) == by_phrase
    assert by_phrase[3:7] == [("BHPO:finding",), ("IHPO:finding",), ("IHPO:finding",), ("IHPO:finding",)]
    assert by_phrase[7] == ("BEV:word",) and by_phrase[9] == ("BHPO:finding",)


def test_the_table_key_prefixes_rule_out_runs_without_changing_the_tags() -> None:
    from extract.linking.normalize import compact

    by_key = {compact(k): v for k, v in {"night sweats": frozenset({"HPO:finding"}), "post-herpetic neuralgia": frozenset({"HPO:finding"}),
                                          "and/or": frozenset({"EV:word"}), "cough": frozenset({"HPO:finding"}),
                                          "a": frozenset({"EV:word"})}.items()}
    prefixes = (5, frozenset(k[:5] for k in by_key))
    words = ["Night", "sweats", ",", "post", "-", "herpetic", "neuralgia", "and/or", "a", "Cough", "at", "night", "."]
    asked: list[str] = []

    def lookup(key: str) -> frozenset[str]:
        asked.append(key)
        return by_key.get(key, frozenset())

    plain = name_tags(words, lookup, compacted=True)
    every = list(asked)
    asked.clear()
    assert name_tags(words, lookup, compacted=True, prefixes=prefixes) == plain
    assert set(asked) < set(every)  # fewer lookups, the same tags
    # each run left out is no key: five characters or more, begun as no key is
    assert all(len(k) >= 5 and k[:5] not in prefixes[1] for k in set(every) - set(asked))
    assert "nightsweats" in asked and "a" in asked  # a key, and a run shorter than the prefixes, still looked up


def test_sentence_context_finds_the_heading_and_the_lead_in() -> None:
    text = "Shin splints\n\nWhat you might notice\nMost people say:\n- a dull ache\n"
    ctx = sentence_context(text, text.index("- a dull"))
    assert ctx == SentenceContext("what you might notice", "most people say:")
    # a sentence that ends in a full stop is no heading
    text = "This is a sentence.\nAnother one.\nThird line here"
    assert sentence_context(text, text.index("Third")).heading == ""


def test_a_documents_tokens_read_once_are_each_sentences_tokens() -> None:
    import spacy

    text = "Knee pain\n\n  \u2022 Ice  it twice a day.\tRest (48 h).\n\nSee a GP \u2014 soon!  "
    doc = spacy.blank("en")(text)
    once = DocTokens(doc, text)
    spans = [(0, len(text)), (0, 9), (3, 14), (11, 12), (5, 5), (0, 0), (len(text) - 2, len(text)), (len(text), len(text))]
    spans += [(text.index("Rest"), text.index(".\n")), (text.index("GP") + 1, len(text) - 1), (-1, 4), (2, len(text) + 1)]
    for start, end in spans:
        assert once.between(start, end) == tokens_of(doc, start, end), (start, end)
    assert [t.text for t in once.between(0, 9)] == ["Knee", "pain"]


def test_features_carry_the_context_classes_and_the_names() -> None:
    classes = tuple((k, re.compile(p)) for k, p in load_manifest().cue_classes.items())
    tokens = _tokens("- a dull ache")
    names = [(), (), (), ("BHPO:finding",)]
    feats = sentence_features(tokens, names, SentenceContext("what you might notice", "you may notice:"), classes)
    assert len(feats) == 4
    assert "h:sym" in feats[0] and "lead:" in feats[0] and "lead:sym" in feats[0] and "bullet" in feats[0]
    assert "lex=BHPO:finding" in feats[3] and "lex-1=BHPO:finding" not in feats[3] and "lex1=BHPO:finding" in feats[2]
    assert "w=ache" in feats[3] and "last" in feats[3] and "first" in feats[0]


@pytest.mark.parametrize(
    ("before", "strength", "cue"),
    [("you must ", "must", "must"), ("patients should ", "should", "should"), ("you may want to ", "may", "may"),
     ("", "should", ""), ("you can, and you must ", "must", "must")],
)
def test_the_strength_of_a_tagged_recommendation_is_its_last_cue(before: str, strength: str, cue: str) -> None:
    manifest = load_manifest()
    cues = tuple((k, re.compile(p)) for k, p in manifest.strength_cues.items())
    assert recommendation_strength(before, cues) == (strength, cue)


def test_the_packaged_manifest_matches_its_models_and_features() -> None:
    manifest = load_manifest()
    assert manifest.feature_version == FEATURE_VERSION
    assert not set(manifest.trained_on) & trainlearned.BLIND
    for model in manifest.models.values():
        assert hashlib.sha256((DATA / model.file).read_bytes()).hexdigest() == model.sha256


def test_a_model_that_does_not_match_the_manifest_is_refused(tmp_path: Path) -> None:
    shutil.copytree(DATA / "learned", tmp_path / "learned")
    (tmp_path / "learned" / "symptom.crfsuite").write_bytes(b"not a model")
    with pytest.raises(LearnedError, match="symptom model .* does not match learned.json"):
        LearnedTagger(load_manifest(), tmp_path).taggers  # noqa: B018


def test_a_manifest_of_other_features_or_without_a_type_is_refused(tmp_path: Path) -> None:
    raw = json.loads((DATA / "learned.json").read_text())
    with pytest.raises(LearnedError, match="features version"):
        LearnedTagger(LearnedManifest.model_validate({**raw, "feature_version": FEATURE_VERSION + 1}))
    bad = tmp_path / "learned.json"
    bad.write_text(json.dumps({**raw, "models": {k: v for k, v in raw["models"].items() if k != "cause"}}))
    with pytest.raises(LearnedError, match="no model for \\['cause'\\]"):
        load_manifest(bad)
    bad.write_text(json.dumps({**raw, "cue_classes": {"sym": "("}}))
    with pytest.raises(LearnedError, match="cue class 'sym'"):
        load_manifest(bad)


def _toy_sentences() -> list:
    rows = []
    for lead, item in [("Symptoms include:", "a dry cough"), ("You may notice:", "tiredness"), ("Signs are:", "a rash"),
                       ("Treatment options:", "rest"), ("Symptoms include:", "a sore throat")]:
        tokens = _tokens("- " + item)
        ctx = SentenceContext(lead.lower().rstrip(":"), lead.lower())
        spans = {"cause": [], "symptom": [], "treatment": [], "recommendation": []}
        kind = "treatment" if "Treatment" in lead else "symptom"
        spans[kind] = [(2, 2 + len(item))]
        rows.append((tokens, ctx, spans))
    return rows


def test_training_is_deterministic(tmp_path: Path) -> None:
    classes = load_manifest().cue_classes
    lookup = {"dry cough": frozenset({"HPO:finding"}), "rash": frozenset({"HPO:finding"})}.get
    a = trainlearned.train(_toy_sentences(), lambda p: lookup(p, frozenset()), classes, tmp_path / "a")
    b = trainlearned.train(_toy_sentences(), lambda p: lookup(p, frozenset()), classes, tmp_path / "b")
    assert a == b
    assert (tmp_path / "a" / "learned" / "symptom.crfsuite").read_bytes() == (tmp_path / "b" / "learned" / "symptom.crfsuite").read_bytes()


def test_the_trainer_refuses_blind_corpora(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        trainlearned.main(["fbss", "heldout3"])
    assert "heldout3 is blind" in capsys.readouterr().err


def _claims(nlp, text: str) -> list[tuple[str, str, str]]:  # noqa: ANN001
    from extract.consistency.statements import arguments

    doc = nlp(text)
    return [(c.type, arguments(c)[0].text, c.evidence.rule) for c in doc._.claims if c.type != "statistic"]


def test_the_tagger_reads_a_symptom_list_under_a_heading_the_rules_do_not_know(nlp) -> None:  # noqa: ANN001
    text = "Shin splints\n\nWhat you might notice\n- pain along the inside of the shin\n- tenderness and mild swelling\n"
    got = _claims(nlp, text)
    symptoms = [s for t, s, _ in got if t == "symptom"]
    # each bullet's finding is a symptom claim (the tagger may keep "tenderness and mild swelling" whole: splitting
    # tagged coordinations cost symptom F1 on the development corpora in session 23, .8584 -> .8577)
    assert any("pain along the inside of the shin" in s for s in symptoms) and any("tenderness" in s for s in symptoms)
    assert any(rule == "learned:symptom" for t, _, rule in got if t == "symptom")


def test_a_rule_claim_is_not_repeated_by_the_tagger(nlp) -> None:  # noqa: ANN001
    got = _claims(nlp, "Common symptoms of shingles include a painful rash and a fever.")
    symptoms = [(s, r) for t, s, r in got if t == "symptom"]
    assert len(symptoms) == len({s for s, _ in symptoms})
    assert all(not r.startswith("learned:") for _, r in symptoms)


def test_without_linking_the_tagger_is_off(plain) -> None:  # noqa: ANN001
    text = "What you might notice\n- pain along the inside of the shin\n- tenderness and mild swelling\n"
    assert not any(rule.startswith("learned:") for _, _, rule in _claims(plain, text))


def test_a_tagged_argument_must_name_a_concept_that_is_no_body_part() -> None:
    from extract.records.models import Concept, Evidence, Mention, SymptomClaim

    tagger = LearnedTagger(LearnedManifest.model_validate({
        **json.loads((DATA / "learned.json").read_text()), "require_concept": ["symptom"], "excluded_concept_types": ["anatomy"]}))
    types = {"HP:0012531": "finding", "EV:spine": "anatomy"}.get

    def claim(concept_id):  # noqa: ANN001, ANN202
        concept = Concept(id=concept_id, vocabulary="HPO" if concept_id.startswith("HP:") else "EV", name="x", score=1.0) if concept_id else None
        ev = Evidence(quote="Pain in the spine.", start=0, end=18, sentence_index=0, rule="learned:symptom", extractor_version="t")
        return SymptomClaim(claim_id="c", doc_id="d", evidence=ev, symptom=Mention(text="Pain", start=0, end=4, concept=concept), group_key="k")

    assert tagger.kept(claim("HP:0012531"), types)
    assert not tagger.kept(claim("EV:spine"), types)
    assert not tagger.kept(claim(None), types)


def test_the_pipeline_can_keep_the_rules_claims_only(kb_dir) -> None:  # noqa: ANN001
    import extract

    rules_only = extract.load(learned=False, progress=False)
    text = "What you might notice\n- pain along the inside of the shin\n- tenderness and mild swelling\n"
    assert not any(rule.startswith("learned:") for _, _, rule in _claims(rules_only, text))


def test_a_tagged_claim_and_the_run_record_the_models_version(nlp) -> None:  # noqa: ANN001
    from extract.claims.learned import get_tagger
    from extract.runner.batch import _versions

    version = get_tagger().version
    assert re.fullmatch(r"\d+\.\d+\.\d+\+[0-9a-f]{12}", version)
    doc = nlp("What you might notice\n- pain along the inside of the shin\n- tenderness and mild swelling\n")
    tagged = [c for c in doc._.claims if c.evidence.rule.startswith("learned:")]
    assert tagged and all(c.evidence.extractor_version.endswith("/learned-" + version) for c in tagged)
    assert _versions(nlp)["learned"] == version


def test_a_manifest_naming_an_unknown_claim_type_is_refused(tmp_path: Path) -> None:
    raw = json.loads((DATA / "learned.json").read_text())
    bad = tmp_path / "learned.json"
    bad.write_text(json.dumps({**raw, "defer_to_other_types": ["symptom", "side effect"]}))
    with pytest.raises(LearnedError, match="unknown claim types \\['side effect'\\]"):
        load_manifest(bad)


def test_the_tagger_defers_to_rules_that_read_the_sentence_as_another_type() -> None:
    from extract.claims.grammar import RelationMention

    sentence = "Stop taking metformin if you are sick, and drink plenty of water."
    drug = (sentence.index("metformin"), sentence.index("metformin") + 9)
    water = (sentence.index("drink"), sentence.index("water") + 5)
    advice = RelationMention("recommendation", (0, drug[1]), None, None, "recommendation:stop", (0, drug[1]), "should", True, None, "stop")
    tagged = [("treatment", *drug), ("recommendation", *water)]
    base = load_manifest()
    deferring = LearnedTagger(base.model_copy(update={"defer_to_other_types": ["treatment"]}))
    # the rules read the sentence as advice: a tagged treatment is dropped, a second tagged action kept
    assert [(m.kind, m.subject) for m in deferring.mentions(sentence, tagged, [advice])] == [("recommendation", water)]
    # where the rules found nothing, or when the type does not defer, the tagged claims stay
    assert [m.kind for m in deferring.mentions(sentence, tagged, [])] == ["treatment", "recommendation"]
    lenient = LearnedTagger(base.model_copy(update={"defer_to_other_types": []}))
    assert [m.kind for m in lenient.mentions(sentence, tagged, [advice])] == ["treatment", "recommendation"]


def test_models_trained_into_another_folder_replace_the_packaged_ones(tmp_path: Path, kb_dir) -> None:  # noqa: ANN001
    from extract.claims.learned import get_tagger, tagger_from
    from extract.pipeline import load

    classes = load_manifest().cue_classes
    models = trainlearned.train(_toy_sentences(), lambda p: frozenset(), classes, tmp_path)
    raw = json.loads((DATA / "learned.json").read_text())
    (tmp_path / "learned.json").write_text(json.dumps({**raw, "trained_on": ["toy"], "models": {k: v.model_dump() for k, v in models.items()}}))
    tagger = tagger_from(str(tmp_path))
    assert tagger.manifest.trained_on == ["toy"] and tagger.version != get_tagger().version
    nlp = load(learned_models=tmp_path, progress=False)
    assert nlp.get_pipe("evidence_claims").learned() is tagger
    with pytest.raises(LearnedError, match="no learned.json in .*--out-dir"):
        load(learned_models=tmp_path / "nothing", progress=False)


def test_a_manifest_whose_strength_or_against_cue_does_not_compile_is_refused(tmp_path: Path) -> None:
    raw = json.loads((DATA / "learned.json").read_text())
    bad = tmp_path / "learned.json"
    bad.write_text(json.dumps({**raw, "against_cue": "\\bavoid("}))
    with pytest.raises(LearnedError, match="against_cue"):
        load_manifest(bad)
    bad.write_text(json.dumps({**raw, "strength_cues": {**raw["strength_cues"], "may": "[may"}}))
    with pytest.raises(LearnedError, match="strength cue 'may'"):
        load_manifest(bad)
