"""References: a document's reference list, and which of its entries each sentence cites.

This stage owns finding a document's reference list in plain text (:mod:`.listing`), parsing
its entries into :class:`~extract.records.Reference` records (:mod:`.entries`), finding the
citation markers of sentences ("(1)", "[2,3]", "Health1", "effective.3") and tying them to the
entries (:mod:`.markers`), and the citation scope: later sentences reporting a study a marker
introduced inherit its reference (:mod:`.scope`). All of it is pure functions over text and
records, with the cues as data (``data/references.json``); :mod:`.component` wires it to a
spaCy ``Doc`` for the figure and claim components, which put the references on every claim.
"""
