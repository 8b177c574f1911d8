"""Stable identifiers: the same input and schema version always give the same id."""

from __future__ import annotations

import hashlib


def stable_id(prefix: str, *parts: object) -> str:
    """Return ``prefix`` + 16 hex digits of the SHA-256 of ``parts``.

    Parts are joined with a unit separator so that ("ab", "c") and ("a", "bc") differ.
    """
    joined = "\x1f".join(str(p) for p in parts)
    return prefix + hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def sha256_hex(data: bytes) -> str:
    """Hex SHA-256 of raw bytes (the fingerprint of an input file)."""
    return hashlib.sha256(data).hexdigest()
