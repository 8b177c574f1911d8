"""``evidence score``: precision and recall of the extraction against gold annotations."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from extract.cli._util import app, fail, stdout


@app.command("score")
def score_command(
    corpora: Annotated[
        Optional[list[str]],
        typer.Argument(
            help="Names of gold corpora (folders of --gold with the same name under --corpora). "
            "Default: every corpus with a floor in GOLD/floors.json.",
            show_default=False,
        ),
    ] = None,
    gold: Annotated[Path, typer.Option("--gold", help="Folder of gold corpora.", file_okay=False)] = Path("tests/gold"),
    corpora_root: Annotated[
        Path, typer.Option("--corpora", help="Folder of the documents' corpora.", file_okay=False)
    ] = Path("corpora"),
    errors: Annotated[bool, typer.Option("--errors", help="List every missed, spurious or wrong figure and flag.")] = False,
    check: Annotated[
        bool, typer.Option("--check", help="Exit 1 when a score falls below its floor in GOLD/floors.json.")
    ] = False,
    model: Annotated[Optional[str], typer.Option("--model", help="An installed scispaCy model, as for `run`.")] = None,
    no_link: Annotated[
        bool,
        typer.Option("--no-link", help="Do not link claim arguments, as for `run` (concept accuracy is then 0)."),
    ] = False,
    no_learned: Annotated[
        bool, typer.Option("--no-learned", help="The rules' claims only, without the learned tagger's, as for `run`.")
    ] = False,
    learned_models: Annotated[
        Optional[Path],
        typer.Option(
            "--learned-models", file_okay=False,
            help="A folder of tagger models trained elsewhere (`python -m extract.evaluation.trainlearned "
            "--exclude CORPUS --out-dir DIR`) in place of the packaged ones: scores pages the tagger has not seen.",
        ),
    ] = None,
) -> None:
    """Score figure extraction and conflict flags against gold annotations.

    A figure counts as correct when its span overlaps a gold figure and its value (point,
    lower, upper), qualifier and unit agree; P and R are over those strict matches, "det"
    columns over span overlaps alone. Flags: expected conflicts found (with the expected
    kind) and flags raised on pairs that must not be flagged.
    """
    from extract.evaluation import load_gold, score_corpus
    from extract.evaluation.floors import check_floors, load_floors
    from extract.claims.learned import LearnedError
    from extract.evaluation.claims import ClaimsGoldError
    from extract.evaluation.gold import GoldError
    from extract.evaluation.score import format_scores
    from extract.cli.run import kb_errors
    from extract.pipeline import load
    from extract.pipeline.build import ModelNotFound

    floors_file = gold / "floors.json"
    floors = load_floors(floors_file) if floors_file.is_file() else {}
    names = corpora or sorted(floors)
    if not names:
        fail(f"no corpus named and no floors in {floors_file}; name a corpus, e.g. `evidence score fbss`")
    try:
        nlp = load(model, link=not no_link, learned=not no_learned, learned_models=learned_models)
        scores = [
            score_corpus(load_gold(gold / n, corpora_root / n), nlp, _claims_gold(gold / n / "claims", corpora_root / n))
            for n in names
        ]
    except (GoldError, ClaimsGoldError, ModelNotFound, LearnedError) as e:
        fail(str(e))
    except kb_errors() as e:
        fail(f"cannot build the linking knowledge base: {e} (--no-link scores without it)")
    stdout().print(format_scores(scores, errors=errors), markup=False, highlight=False)
    qualitative = [s.claims for s in scores if s.claims is not None]
    if qualitative:
        from extract.evaluation.claims import format_claims_scores

        stdout().print("\nCauses, symptoms, treatments, recommendations (concepts: accuracy of linked concepts; negation: matched claims whose negation agrees with the gold)")
        stdout().print(format_claims_scores(qualitative, errors=errors), markup=False, highlight=False)
    if check:
        failures = check_floors(scores, floors)
        for line in failures:
            stdout().print(f"BELOW FLOOR {line}", markup=False)
        if failures:
            raise typer.Exit(code=1)


def _claims_gold(folder: Path, corpus: Path) -> Optional[dict]:
    """Gold qualitative claims of a corpus, or None when it has none."""
    from extract.evaluation.claims import load_claims_gold

    return load_claims_gold(folder, corpus) if folder.is_dir() else None
