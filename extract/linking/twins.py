"""One concept named in two vocabularies: an HPO term and an ICD-10-CM code of the same name.

HPO names many disorders as phenotypes ("Gout" HP:0001997, "Cellulitis" HP:0100658, "Atrial
fibrillation" HP:0005110), and ICD-10-CM codes the same disorders ("M10.9 Gout, unspecified",
"L03.90 Cellulitis, unspecified", "I48.91 Unspecified atrial fibrillation"). When the HPO term's
name is the code's description once the qualifiers that only mark a category's default case are
removed (:func:`extract.linking.icd.default_form`: "unspecified", "without complications"), the
two ids name one concept (tests/gold/CLAIMS_SPEC.md: "are one concept: list both"); a code and
its default subcategories are one concept already (:func:`extract.linking.icd.same_condition`).
Nothing looser counts: "Eczema" (HP:0000964) is not "Dermatitis, unspecified" (L30.9), "Type I
diabetes mellitus" is not "Type 1 diabetes mellitus without complications" (E10.9).

:func:`same_concept` answers for two ids. The HPO names are read from hp.obo once, on first use.
"""

from __future__ import annotations

from functools import lru_cache

_ICD_PREFIXES = ("HP:", "EV:")


@lru_cache(maxsize=1)
def _hpo_names() -> dict[str, str]:
    """HPO id -> its name, lowercased (non-obsolete phenotype terms)."""
    from extract.linking.hpo import read_hpo

    return {t.id: " ".join(t.name.lower().split()) for t in read_hpo().terms}


@lru_cache(maxsize=8192)
def icd_names(code: str) -> frozenset[str]:
    """The names an ICD-10-CM code goes by as one concept: the default form of its description
    and of each default category it belongs to (M10.9 "gout" and M10 "gout"); empty for an id
    ICD-10-CM does not hold."""
    from extract.linking.icd import _icd, condition_root, default_form

    cm = _icd()
    if not cm.is_valid_item(code):
        return frozenset()
    names = {default_form(cm.get_description(code))}
    root = condition_root(code)
    while code != root:
        code = cm.get_parent(code)
        names.add(default_form(cm.get_description(code)))
    return frozenset(names)


def is_icd(concept_id: str) -> bool:
    """Whether an id is an ICD-10-CM code (not an HPO or curated id)."""
    return not concept_id.startswith(_ICD_PREFIXES)


def same_concept(a: str, b: str) -> bool:
    """Whether two concept ids name one concept: equal; two ICD-10-CM codes of one condition (a
    category and its default subcategory); or an HPO term and an ICD-10-CM code of the same name."""
    if a == b:
        return True
    if is_icd(a) and is_icd(b):
        from extract.linking.icd import same_condition

        return same_condition(a, b)
    hpo, code = (a, b) if a.startswith("HP:") else (b, a)
    if not hpo.startswith("HP:") or not is_icd(code):
        return False
    name = _hpo_names().get(hpo)
    return name is not None and name in icd_names(code)
