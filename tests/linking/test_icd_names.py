"""ICD-10-CM names a reader uses: Includes notes, bracketed synonyms and abbreviations, words in
parentheses, the default case left out; and when two codes name the same condition."""

from __future__ import annotations

import pytest

from extract.linking.icd import bracket_variants, condition_root, default_form, description_variants, same_condition
from extract.linking.linker import CONDITION_TYPES, Linker


@pytest.mark.parametrize(
    ("text", "variants"),
    [
        ("Human immunodeficiency virus [HIV] disease", ["Human immunodeficiency virus disease", "HIV disease", "HIV"]),
        ("Zoster [herpes zoster]", ["Zoster", "herpes zoster"]),
        ("Rubella [German measles]", ["Rubella", "German measles"]),
        ("acquired immune deficiency syndrome [AIDS]", ["acquired immune deficiency syndrome", "AIDS"]),
        ("Essential (primary) hypertension", ["Essential hypertension", "primary hypertension"]),
        ("Obstructive sleep apnea (adult) (pediatric)", ["Obstructive sleep apnea"]),
        ("Anemia due to glucose-6-phosphate dehydrogenase [G6PD] deficiency",
         ["Anemia due to glucose-6-phosphate dehydrogenase deficiency", "Anemia due to G6PD deficiency"]),
        ("Crohn's disease [regional enteritis]", ["Crohn's disease", "regional enteritis", "Crohn's"]),
        ("Parkinson's disease", ["Parkinson's"]),
    ],
)
def test_bracket_variants(text: str, variants: list[str]) -> None:
    assert bracket_variants(text) == variants


@pytest.mark.parametrize(
    "text",
    ["Dentofacial anomalies [including malocclusion]", "Corrosion of scalp [any part]",
     "Selective deficiency of immunoglobulin G [IgG] subclasses"],
)
def test_bracketed_notes_and_unmatched_abbreviations_make_no_name(text: str) -> None:
    """An "[including ...]" note is no synonym; "IgG" abbreviates no words before it, so it
    neither replaces them nor stands alone for the whole code."""
    variants = bracket_variants(text)
    assert len(variants) == 1 and "[" not in variants[0]
    assert not any(v in {"IgG", "any part", "including malocclusion"} for v in variants)


@pytest.mark.parametrize(
    ("text", "variants"),
    [
        ("Paraplegia (lower) NOS", ["Paraplegia NOS"]),
        ("Hemorrhoids (bleeding) without mention of degree", ["Hemorrhoids without mention of degree"]),
        ("Chancre (primary) of pinta", ["Chancre of pinta"]),
        ("Chagas' disease (chronic) with heart involvement", ["Chagas' disease with heart involvement"]),
        ("Systolic (congestive) heart failure", ["Systolic heart failure", "congestive heart failure"]),
    ],
)
def test_a_parenthesis_after_the_head_qualifies_it_and_replaces_nothing(text: str, variants: list[str]) -> None:
    """"(lower)" after "Paraplegia" qualifies the head: "lower", or "bleeding" for hemorrhoids,
    is no name of the code (they linked "spread to the lower abdomen" to paraplegia, "bleeding
    from one nostril" to hemorrhoids). Before a head it is another word for the modifier."""
    assert bracket_variants(text) == variants


def test_the_default_case_is_left_out_of_a_name() -> None:
    assert description_variants("Zoster without complications") == ["Zoster"]
    assert description_variants("Type 2 diabetes mellitus without complications") == ["Type 2 diabetes mellitus"]


@pytest.mark.parametrize(
    ("mention", "code"),
    [("shingles", "B02"), ("herpes zoster", "B02"), ("HIV", "B20"), ("AIDS", "B20"), ("German measles", "B06"),
     ("Crohn's", "K50"), ("Parkinson's", "G20")],
)
def test_icd_names_link(linker: Linker, mention: str, code: str) -> None:
    concept = linker.link(mention, types=CONDITION_TYPES)
    assert concept is not None and concept.id == code, concept


def test_default_form_drops_only_default_qualifiers() -> None:
    assert default_form("Lateral epicondylitis, unspecified elbow") == "lateral epicondylitis"
    assert default_form("Migraine, unspecified, not intractable, without status migrainosus") == "migraine"
    assert default_form("Lateral epicondylitis, right elbow") == "lateral epicondylitis, right elbow"
    assert default_form("Migraine, unspecified, intractable") == "migraine, intractable"
    assert default_form("Pressure ulcer of unspecified site") == "pressure ulcer"
    assert default_form("Ankylosing spondylitis of cervical region") == "ankylosing spondylitis of cervical region"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("M77.1", "M77.10", True),  # lateral epicondylitis; ..., unspecified elbow
        ("M77.1", "M77.11", False),  # ..., right elbow: a side is more than the category says
        ("M77.10", "M77", False),  # other enthesopathies: an ancestor is no default case
        ("G43", "G43.909", True),  # migraine down a chain of unspecified / not intractable codes
        ("G43", "G43.91", False),  # intractable
        ("B02", "B02.9", True),  # zoster [herpes zoster]; zoster without complications
        ("B02", "B02.30", False),  # zoster ocular disease
        ("E11", "E11.9", True),
        ("M45", "M45.9", True),  # ankylosing spondylitis; ... of unspecified sites in spine
        ("M45", "M45.0", False),  # ... of multiple sites in spine
        ("L89", "L89.9", True),  # pressure ulcer; ... of unspecified site
        ("E11", "E11.65", False),
        ("HP:0000017", "HP:0000017", True),
        ("HP:0000017", "N39.0", False),
    ],
)
def test_same_condition(a: str, b: str, same: bool) -> None:
    assert same_condition(a, b) is same
    assert same_condition(b, a) is same


def test_condition_root_of_unknown_or_block_codes_is_itself() -> None:
    assert condition_root("B20") == "B20"  # a category listed as its own block
    assert condition_root("Z99.99") == "Z99.99"
    assert condition_root("EV:surgery") == "EV:surgery"


@pytest.mark.parametrize(
    ("text", "names", "not_names"),
    [
        ("Mucocutaneous lymph node syndrome [Kawasaki]", ["Kawasaki syndrome"], ["Mucocutaneous lymph node Kawasaki", "Kawasaki"]),
        ("Radial styloid tenosynovitis [de Quervain]", ["de Quervain tenosynovitis", "de Quervain's tenosynovitis"], ["de Quervain"]),
        ("Synovial cyst of popliteal space [Baker], right knee", ["Baker's cyst, right knee"],
         ["Synovial cyst of popliteal Baker"]),
        ("Concentric sclerosis [Balo] of central nervous system", ["Balo sclerosis"], ["Concentric Balo of central nervous system"]),
        ("Neuromyelitis optica [Devic]", [], ["Neuromyelitis Devic", "Devic optica"]),
        ("Relapsing panniculitis [Weber-Christian]", ["Weber-Christian panniculitis"], ["Weber-Christian"]),
        ("Infantile spinal muscular atrophy, type I [Werdnig-Hoffman]", ["Werdnig-Hoffman atrophy"], ["Werdnig-Hoffman"]),
        # an eponym before a modifier renames the modifier, as before
        ("Severe [Duchenne] muscular dystrophy", ["Duchenne muscular dystrophy"], ["Duchenne"]),
    ],
)
def test_a_bracketed_eponym_goes_before_the_head_noun(text: str, names: list[str], not_names: list[str]) -> None:
    """ICD-10-CM writes about a hundred titles with the eponym in brackets after the head
    ("Mucocutaneous lymph node syndrome [Kawasaki]"). Writers put the eponym before the head
    noun; the bare surname or the surname put in for the word before the bracket names nothing."""
    variants = bracket_variants(text)
    assert all(n in variants for n in names), variants
    assert not any(n in variants for n in not_names), variants


def test_a_bracketed_eponym_also_names_the_disease_and_the_syndrome() -> None:
    from extract.linking.icd import loose_eponym_names

    assert "Devic disease" in loose_eponym_names("Neuromyelitis optica [Devic]")
    assert "Tietze disease" in loose_eponym_names("Chondrocostal junction syndrome [Tietze]")
    assert "Dercum's disease" in loose_eponym_names("Lipomatosis (Check) dolorosa [Dercum]")
    # a title with a qualifier after the bracket is a subdivision: its category has the names
    assert loose_eponym_names("Synovial cyst of popliteal space [Baker], right knee") == []
    # a surname that is an English word names the condition only possessive
    assert loose_eponym_names("Osteochondrosis (juvenile) of calcaneum [Sever]") == ["Sever's disease", "Sever's syndrome"]
    # no eponym: a synonym or an abbreviation in brackets
    assert loose_eponym_names("Rubella [German measles]") == []
    assert loose_eponym_names("Sodium [Na] deficiency") == []


@pytest.mark.parametrize(
    ("mention", "code"),
    [
        ("Kawasaki disease", "M30.3"),
        ("Kawasaki's disease", "M30.3"),
        ("Devic's disease", "G36.0"),
        ("de Quervain's tenosynovitis", "M65.4"),
        ("De Quervain disease", "M65.4"),
        ("Tietze syndrome", "M94.0"),
        ("Sever's disease", "M92.6"),
        ("Takayasu's disease", "M31.4"),
        ("Shy-Drager syndrome", "G90.3"),
        ("Forestier's disease", "M48.1"),
    ],
)
def test_eponym_names_link_to_their_code(linker: Linker, mention: str, code: str) -> None:
    concept = linker.link(mention, types=CONDITION_TYPES)
    assert concept is not None and concept.id == code, concept
