"""Writing the corpus folder: raw bytes under ``raw/``, the text beside the manifest, and the
manifest itself as the crawl's journal.

Files are written atomically (a temporary file, then a rename), and a document's manifest line
is written only after its files, so a line in the manifest means its files are complete. New
lines are appended and flushed to disk one by one as URLs finish; replacing a line (a
refreshed or retried URL) rewrites the manifest atomically. A crawl killed mid-way therefore
leaves a manifest of complete entries, at worst followed by one torn last line, which the
next crawl drops before it resumes.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Optional

from pydantic import ValidationError

from extract.ingest.manifest import MANIFEST_NAME
from extract.records import ManifestEntry

#: Sub-folder of the corpus with the raw bytes (the reader does not recurse into it).
RAW_DIR = "raw"
#: The HTTP cache inside the corpus folder (a dot-file: the reader ignores it).
CACHE_NAME = ".http_cache.sqlite"


class CorpusError(Exception):
    """The corpus folder or its manifest cannot be used; the message says what to do."""


class Corpus:
    """A corpus folder being crawled into: its manifest entries, by file and by fetched URL."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        try:
            (self.folder / RAW_DIR).mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise CorpusError(f"cannot create the corpus folder {self.folder}: {e.strerror or e}") from e
        self.manifest = self.folder / MANIFEST_NAME
        self.entries: dict[str, ManifestEntry] = {}
        self.repaired: Optional[str] = None
        self._load()

    @property
    def cache_path(self) -> Path:
        return self.folder / CACHE_NAME

    def entry_for_url(self, url: str) -> Optional[ManifestEntry]:
        """The manifest entry of a URL fetched before (by the URL as requested), if any."""
        return self._by_url.get(url)

    def is_done(self, url: str) -> bool:
        """Whether ``url`` is in the manifest as fetched ('ok') and its text file is there."""
        entry = self._by_url.get(url)
        return entry is not None and entry.status == "ok" and (self.folder / entry.file).is_file()

    def write_files(self, stem: str, raw_suffix: str, raw: bytes, text: str) -> tuple[str, str]:
        """Write the raw bytes and the text of one document; returns (raw file relative to the
        corpus, text file name)."""
        raw_file = f"{RAW_DIR}/{stem}{raw_suffix}"
        text_file = f"{stem}.txt"
        atomic_write(self.folder / raw_file, raw)
        atomic_write(self.folder / text_file, text.encode("utf-8"))
        return raw_file, text_file

    def record(self, entry: ManifestEntry) -> None:
        """Add or replace the entry for ``entry.file``: appended and flushed, or the manifest
        rewritten atomically when the file already has a line."""
        old = self.entries.get(entry.file)
        self.entries[entry.file] = entry
        self._index(entry)
        if old is None:
            self._append(entry)
        else:
            self._rewrite()
            old_raw = old.fetch.raw_file if old.fetch else None
            new_raw = entry.fetch.raw_file if entry.fetch else None
            if old_raw and old_raw != new_raw:
                (self.folder / old_raw).unlink(missing_ok=True)

    def _load(self) -> None:
        self._by_url: dict[str, ManifestEntry] = {}
        if not self.manifest.exists():
            return
        try:
            data = self.manifest.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as e:
            raise CorpusError(f"cannot read {self.manifest} ({e}); fix or move it before crawling into this folder") from e
        lines = data.split("\n")
        torn = bool(lines) and lines[-1].strip() != ""  # the last line was never finished
        rewrite = False
        for lineno, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                entry = ManifestEntry.model_validate_json(line)
            except ValidationError as e:
                if torn and lineno == len(lines):
                    self.repaired = f"dropped an unfinished last line of {self.manifest} (an interrupted crawl)"
                    rewrite = True
                    continue
                raise CorpusError(
                    f"{self.manifest} line {lineno} is not a valid manifest entry ({e.errors()[0]['msg']}); "
                    "fix or remove that line before crawling into this folder"
                ) from e
            rewrite = rewrite or entry.file in self.entries
            self.entries[entry.file] = entry
            self._index(entry)
        if rewrite or torn:
            self._rewrite()

    def _index(self, entry: ManifestEntry) -> None:
        if entry.fetch is not None:
            self._by_url[entry.fetch.url] = entry

    def _append(self, entry: ManifestEntry) -> None:
        line = entry.model_dump_json(exclude_none=True) + "\n"
        with open(self.manifest, "a", encoding="utf-8") as handle:
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())

    def _rewrite(self) -> None:
        body = "".join(e.model_dump_json(exclude_none=True) + "\n" for e in self.entries.values())
        atomic_write(self.manifest, body.encode("utf-8"))


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
