"""The index's fast reader of a figure (msgspec) against its pydantic model: a line the fast
reader accepts is one the model accepts, read to the same values; every other line is read by
the model as before, so check_file accepts, rejects and names lines exactly as pydantic decides."""

from __future__ import annotations

import copy
import dataclasses
import json
import random

import msgspec
import pytest

from extract.consistency import check_file
from extract.consistency.files import _FastReader, _figure_adapter, _read_figure
from extract.evaluation.synthetic import synthetic_claims
from extract.runner.read import RecordError


def _fast(line: bytes):
    """The fast reader's figure, its measure in place (ValueError when it does not read the line)."""
    figure, measure, _ = _FastReader().read(line)
    return msgspec.structs.replace(figure, measure=measure)


def _plain(x):
    """A read figure as plain values, with the type of every number (1 and 1.0 differ)."""
    if isinstance(x, msgspec.Struct):
        return {f: _plain(getattr(x, f)) for f in x.__struct_fields__}
    if dataclasses.is_dataclass(x):
        return {f.name: _plain(getattr(x, f.name)) for f in dataclasses.fields(x)}
    if isinstance(x, dict):
        return {k: _plain(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return (type(x).__name__, [_plain(v) for v in x])
    return (type(x).__name__, repr(x))


def _good_records() -> list[dict]:
    """Synthetic figures, and the same with what they never state: concepts, n, a threshold,
    a count, an empty section."""
    records = list(synthetic_claims(40, 6, seed=3))
    rich = copy.deepcopy(records[0])
    rich["measure"].update(
        outcome_concept={"id": "HP:0012531", "name": "Pain", "related": ["R52"], "vocabulary": "HPO", "score": 0.9},
        intervention_concept={"id": "EV:scs", "name": "Spinal cord stimulation", "vocabulary": "EV", "score": 1.0},
        threshold="50%",
    )
    rich["n"] = {"n": 120, "surface": "n = 120", "start": 3, "end": 10, "source": "same_sentence"}
    count = copy.deepcopy(records[1])
    count["value"].update(point=120, lower=120, upper=120, unit="count", qualifier="exact", surface="120 patients")
    count["evidence"]["section"] = None
    count["polarity"] = "negative"
    unicode = copy.deepcopy(records[2])
    unicode["doc_id"] = "doc_é\u2603\U0001f600"
    unicode["measure"]["topic_terms"] = ["\u00e9t\u00e9", "a\\b", 'q"uote']
    return records + [rich, count, unicode]


def _mutations(record: dict) -> list[tuple[str, bytes]]:
    """(what, line) for one good record: every kind of line the model has to decide on."""
    dump = lambda r: json.dumps(r, separators=(",", ":")).encode()  # noqa: E731
    line = dump(record)
    out: list[tuple[str, bytes]] = [("good", line), ("good, spaced", json.dumps(record, indent=1).replace("\n", " ").encode())]

    def edit(what: str, path: tuple, value=None, delete: bool = False) -> None:
        r = copy.deepcopy(record)
        node = r
        for key in path[:-1]:
            node = node[key]
        if delete:
            node.pop(path[-1], None)
        else:
            node[path[-1]] = value
        out.append((what, dump(r)))

    for path in [("type",), ("doc_id",), ("evidence",), ("value",), ("measure",), ("evidence", "sentence_index"), ("evidence", "rule"),
                 ("value", "point"), ("value", "lower"), ("value", "upper"), ("value", "qualifier"), ("value", "unit"),
                 ("value", "surface"), ("value", "precision"), ("evidence", "section"), ("measure", "axis"), ("polarity",), ("claim_id",)]:
        edit(f"missing {'.'.join(path)}", path, delete=True)
    for path, value in [
        (("type",), "cause"), (("type",), "Statistic"), (("value", "qualifier"), "roughly"), (("polarity",), "neutral"),
        (("doc_id",), 7), (("doc_id",), None), (("doc_id",), ["d"]), (("evidence",), "quote"), (("evidence",), [1]),
        (("evidence", "sentence_index"), -1), (("evidence", "sentence_index"), 2.0), (("evidence", "sentence_index"), 2.5),
        (("evidence", "sentence_index"), "2"), (("evidence", "sentence_index"), True), (("evidence", "sentence_index"), 2**70), (("evidence", "sentence_index"), 2**63), (("evidence", "sentence_index"), 2**63 - 1),
        (("evidence", "sentence_index"), 2**64 - 1),
        (("evidence", "sentence_index"), None), (("value", "point"), "0.3"), (("value", "point"), True), (("value", "point"), 1),
        (("value", "point"), 10**400), (("value", "point"), {"v": 1}), (("value", "precision"), -0.001), (("value", "precision"), 0),
        (("value", "precision"), None), (("value", "unit"), 3), (("value", "surface"), None), (("measure", "outcome_terms"), "relief"),
        (("measure", "outcome_terms"), [1]), (("measure", "outcome_terms"), None), (("measure", "outcome_terms"), [["nested"]]),
        (("measure", "topic_terms"), {"a": 1}), (("measure", "axis"), 1), (("measure", "outcome_concept"), {"id": "x"}),
        (("measure", "outcome_concept"), {"id": "x", "name": "y", "related": "z"}), (("measure", "outcome_concept"), "x"),
        (("measure", "outcome_concept"), {"id": "x", "name": "y", "related": ["z"], "extra": {"deep": [[{}]]}}),
        (("n",), 12), (("n",), []), (("n",), {"deep": {"a": [1, {"b": None}]}}), (("outcome",), 3), (("population",), ["a"]),
        (("extra",), {"nested": [{"deeper": [1, 2.5, None]}]}), (("evidence", "extra"), [[[]]]), (("claim_id",), 5),
    ]:
        edit(f"{'.'.join(path)} = {json.dumps(value)[:30]}", path, value)
    out += [
        ("truncated", line[: len(line) // 2]),
        ("an array", b"[" + line + b"]"),
        ("a string", json.dumps(line.decode()).encode()),
        ("NaN precision", line.replace(b'"precision":0.005', b'"precision":NaN')),
        ("Infinity point", line.replace(b'"point":', b'"point":Infinity,"x":', 1)),
        ("1e400 point", line.replace(b'"point":', b'"point":1e400,"x":', 1)),
        ("duplicate key, last valid", line.replace(b'"doc_id":', b'"doc_id":7,"doc_id":', 1)),
        ("duplicate key, last invalid", line.replace(b'"doc_id":"', b'"doc_id":"a","doc_id":9,"y":"', 1)),
        ("duplicate nested object", line.replace(b'"value":{', b'"value":{"unit":"count",', 1)),
        ("duplicate measure, first valid", line.replace(b'"measure":{', b'"measure":{"axis":null},"measure":{', 1)),
        ("duplicate measure, last valid", line.replace(b'"measure":', b'"measure":7,"measure":', 1)),
        ("measure not an object", line.replace(b'"measure":', b'"measure":[1],"m":', 1)),
        ("measure not UTF-8", line.replace(b'"measure":{', b'"measure":{"key":"\xff",', 1)),
        ("measure with a lone surrogate", line.replace(b'"measure":{', b'"measure":{"axis":"\\udc00",', 1)),
        ("lone surrogate", line.replace(b'"doc_id":"', b'"doc_id":"\\ud800', 1)),
        ("escaped pair", line.replace(b'"doc_id":"', b'"doc_id":"\\ud83d\\ude00\\u00e9', 1)),
        ("not UTF-8", line.replace(b'"doc_id":"', b'"doc_id":"\xff\xfe', 1)),
        ("a BOM", b"\xef\xbb\xbf" + line),
        ("a control character", line.replace(b'"doc_id":"', b'"doc_id":"\t', 1)),
        ("trailing garbage", line + b" x"),
        ("two objects", line + line),
        ("whitespace around", b" \t" + line + b" \r\n"),
        ("NUL", line.replace(b'"doc_id":"', b'"doc_id":"\x00', 1)),
    ]
    # what the fast reader skips (a claim's quote, fields it does not read) is checked all the same
    at = b'"claim_id":'
    out += [
        ("skipped: not UTF-8", line.replace(at, b'"x":"\xff",' + at, 1)),
        ("skipped: overlong UTF-8", line.replace(at, b'"x":"\xc0\xaf",' + at, 1)),
        ("skipped: an encoded surrogate", line.replace(at, b'"x":"\xed\xa0\x80",' + at, 1)),
        ("skipped: a key not UTF-8", line.replace(at, b'"\xff":1,' + at, 1)),
        ("skipped: a lone surrogate", line.replace(at, b'"x":"\\ud800",' + at, 1)),
        ("skipped: a bad escape", line.replace(at, b'"x":"\\x",' + at, 1)),
        ("skipped: a bad unicode escape", line.replace(at, b'"x":"\\u12G4",' + at, 1)),
        ("skipped: a tab", line.replace(at, b'"x":"\t",' + at, 1)),
        ("skipped: DEL and a surrogate pair", line.replace(at, b'"x":"\x7f\\ud83d\\ude00",' + at, 1)),
        ("skipped: a leading zero", line.replace(at, b'"x":01,' + at, 1)),
        ("skipped: a bare point", line.replace(at, b'"x":1.,' + at, 1)),
        ("skipped: a huge exponent", line.replace(at, b'"x":1e99999,' + at, 1)),
        ("skipped: NaN", line.replace(at, b'"x":NaN,' + at, 1)),
        ("skipped: -Infinity", line.replace(at, b'"x":-Infinity,' + at, 1)),
        ("skipped: a bad literal", line.replace(at, b'"x":tru,' + at, 1)),
        ("skipped: a trailing comma", line.replace(at, b'"x":[1,],' + at, 1)),
        ("skipped: single quotes", line.replace(at, b"\"x\":'a'," + at, 1)),
        ("skipped: duplicate keys", line.replace(at, b'"x":{"a":1,"a":[true,false,null]},' + at, 1)),
        ("skipped: nested 3,000 deep", line.replace(at, b'"x":' + b"[" * 3000 + b"]" * 3000 + b"," + at, 1)),
        ("skipped: nested 100,000 deep", line.replace(at, b'"x":' + b"[" * 100_000 + b"]" * 100_000 + b"," + at, 1)),
        ("in the measure: not UTF-8", line.replace(b'"measure":{', b'"measure":{"x":"\xff",', 1)),
        ("in the measure: nested 3,000 deep", line.replace(b'"measure":{', b'"measure":{"x":' + b"[" * 3000 + b"]" * 3000 + b",", 1)),
    ]
    return out


def _lines() -> list[tuple[str, bytes]]:
    records = _good_records()
    out = [m for r in records[-4:] for m in _mutations(r)]
    rng = random.Random(11)
    for r in records[:-4]:  # the plain figures: a few random mutations each
        out += [("good", json.dumps(r).encode())] + rng.sample(_mutations(r), 5)
    return out


LINES = _lines()


def test_the_lines_cover_both_readers_accepting_and_rejecting():
    fast, model = 0, 0
    for _, line in LINES:
        try:
            _figure_adapter().validate_json(line)
            model += 1
        except ValueError:
            pass
        try:
            _fast(line)
            fast += 1
        except ValueError:
            pass
    assert 0 < fast < model < len(LINES)  # the fast reader leaves lax lines to pydantic


@pytest.mark.parametrize("what,line", LINES, ids=[w for w, _ in LINES])
def test_the_fast_reader_accepts_only_what_the_model_accepts_with_the_same_values(what, line):
    try:
        expected = _plain(_figure_adapter().validate_json(line))
    except ValueError:
        expected = None
    try:
        fast = _plain(_fast(line))
    except ValueError:
        fast = None
    if fast is not None:
        assert fast == expected
    read = _read_figure(line)
    assert (None if read is None else {**_plain(read[0]), "measure": _plain(read[1])}) == expected


def test_measure_ids_are_equal_exactly_when_the_signatures_are():
    """The index's class key holds the id of the measure's signature: measures written
    differently (key order, spacing, their key, a concept's score) but with one signature share
    an id, and any difference in what the signature reads gives another."""
    reader = _FastReader()
    base = _good_records()[-3]  # with concepts and a threshold
    same = [copy.deepcopy(base) for _ in range(3)]
    same[1]["measure"] = dict(reversed(list(same[1]["measure"].items())))
    same[2]["measure"]["key"] = "another key"
    same[2]["measure"]["outcome_concept"]["score"] = 0.1
    ids = {reader.read(json.dumps(r, indent=i).replace("\n", "").encode())[2] for i, r in enumerate(same)}
    assert len(ids) == 1
    changes = [("outcome_terms", ["other"]), ("population_terms", ["adult", "x"]), ("intervention_terms", []), ("axis", "success"),
               ("threshold", "60%"), ("time_terms", ["9", "week"]), ("topic_terms", ["x"]), ("outcome_concept", None),
               ("population_concept", {"id": "HP:1", "name": "Adult"}), ("intervention_concept", {"id": "EV:scs", "name": "SCS"})]
    for field, value in changes:
        other = copy.deepcopy(base)
        other["measure"][field] = value
        assert reader.read(json.dumps(other).encode())[2] not in ids, field
    pydantic = _figure_adapter().validate_json(json.dumps(same[2]))  # a line pydantic read: the same id
    assert reader.measure_id(pydantic.measure) in ids


def _never(self, line: bytes):
    """A fast reader that reads nothing: check_file as pydantic alone reads the file."""
    raise msgspec.DecodeError("off")


def _outcome(path):
    """What check_file gives: its conflicts and coverage, or its error."""
    try:
        result = check_file(path, labels=None, topics=None)
    except RecordError as e:
        return "error", str(e), e.line
    except Exception as e:  # (a value the model accepts and the check cannot take, as 1e400 "about": the same either way)
        return "crash", type(e).__name__, str(e)
    return "result", [c.model_dump_json() for c in result.conflicts], result.coverage


@pytest.mark.parametrize("what,line", [(w, l) for w, l in LINES if w != "good"], ids=[w for w, _ in LINES if w != "good"])
def test_check_file_accepts_or_names_a_line_as_with_the_claim_models_alone(what, line, tmp_path, monkeypatch):
    """Two good figures that conflict, then the line: check_file gives the same conflicts, or
    the same RecordError naming line 3, with its fast reader as with pydantic alone."""
    records = _good_records()
    far = copy.deepcopy(records[0])
    far["doc_id"], far["claim_id"] = "doc_far", "clm_far"
    far["value"].update(point=0.95, lower=0.95, upper=0.95, qualifier="exact", surface="95%")
    path = tmp_path / "claims.jsonl"
    path.write_bytes(json.dumps(records[0]).encode() + b"\n" + json.dumps(far).encode() + b"\n" + line.rstrip(b"\r\n") + b"\n")
    fast = _outcome(path)
    monkeypatch.setattr(_FastReader, "read", _never)
    assert fast == _outcome(path)
    if fast[0] == "error":
        assert fast[2] == 3 and str(path) in fast[1]


def test_a_sentence_index_past_sqlite_integers_is_a_record_error(tmp_path):
    """The model accepts any integer; the index holds 64 bits: the line is named, not a crash."""
    record = _good_records()[0]
    record["evidence"]["sentence_index"] = 2**70
    path = tmp_path / "claims.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(RecordError, match="line 1: .*sentence_index: 1180591620717411303424 is past"):
        check_file(path, labels=None, topics=None)


@pytest.mark.parametrize("field", ["point", "lower", "upper", "precision"])
def test_a_number_past_a_doubles_range_is_a_record_error(field, tmp_path, monkeypatch):
    """1e400 reads as infinity, which an "about" figure cannot be widened around (it crashed
    the check with an OverflowError): the claim models refuse it, so the line is named, by the
    fast reader's path and by pydantic's alike."""
    record = _good_records()[0]
    record["value"].update(qualifier="about", **{field: "past"})
    path = tmp_path / "claims.jsonl"
    path.write_text(json.dumps(record).replace('"past"', "1e400") + "\n", encoding="utf-8")
    with pytest.raises(RecordError, match=r"line 1: .*finite number"):
        check_file(path, labels=None, topics=None)
    monkeypatch.setattr(_FastReader, "read", _never)
    with pytest.raises(RecordError, match=r"line 1: .*finite number"):
        check_file(path, labels=None, topics=None)


def test_a_figures_interval_depends_on_its_value_alone():
    """The index works an interval out once per distinct value: to_interval reads nothing of
    the claim but its value (here, a stand-in with the value alone gives the same interval)."""
    from types import SimpleNamespace

    from extract.consistency.intervals import to_interval
    from extract.records.models import StatisticClaim

    records = _good_records() + list(synthetic_claims(300, 10, seed=5))
    assert {r["value"]["qualifier"] for r in records} >= {"exact", "about", "up_to", "range"}
    for record in records:
        claim = StatisticClaim.model_validate(record)
        for about in (0.1, 0.25):
            assert to_interval(SimpleNamespace(value=claim.value), about) == to_interval(claim, about)
