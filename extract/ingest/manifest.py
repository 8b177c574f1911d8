"""Reading a folder's ``manifest.jsonl``: per-file metadata, validated on load."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from extract.ingest.errors import InputError
from extract.records import ManifestEntry

#: File name of the manifest inside a corpus folder; it is never itself a document.
MANIFEST_NAME = "manifest.jsonl"


def load_manifest(folder: Path) -> dict[str, ManifestEntry]:
    """Return the entries of ``folder/manifest.jsonl`` keyed by their ``file`` field.

    A folder without a manifest gives an empty dict. Blank lines are ignored. Raises
    :class:`InputError` (code ``bad_manifest``) naming the file and line for the first
    malformed or repeated entry, or if the manifest cannot be read as UTF-8.
    """
    path = Path(folder) / MANIFEST_NAME
    if not path.exists():
        return {}
    entries: dict[str, ManifestEntry] = {}
    for lineno, line in enumerate(_read_lines(path), start=1):
        if not line.strip():
            continue
        entry = _parse_line(path, lineno, line)
        if entry.file in entries:
            reason = f"{path} line {lineno} repeats the entry for {entry.file!r}; keep one line per file"
            raise InputError(path, "bad_manifest", reason)
        entries[entry.file] = entry
    return entries


def _read_lines(path: Path) -> list[str]:
    """The manifest's lines; an unreadable manifest is a bad manifest."""
    try:
        return path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(path, "bad_manifest", f"{path} cannot be read ({e}); save it as a UTF-8 text file") from e


def _parse_line(path: Path, lineno: int, line: str) -> ManifestEntry:
    """Validate one JSON line against :class:`ManifestEntry`."""
    try:
        return ManifestEntry.model_validate_json(line)
    except ValidationError as e:
        raise InputError(
            path,
            "bad_manifest",
            f"{path} line {lineno} is not a valid manifest entry ({_first_problem(e)}); fix or remove that line",
        ) from e


def _first_problem(error: ValidationError) -> str:
    """The first validation problem as 'field: message' (or the message alone)."""
    problem = error.errors()[0]
    field = ".".join(str(part) for part in problem["loc"])
    return f"{field}: {problem['msg']}" if field else problem["msg"]
