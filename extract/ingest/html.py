"""Web pages to main text and metadata, through trafilatura: one function both the reader of
supplied ``.html`` files and the crawler use, so a page reads the same either way."""

from __future__ import annotations

from typing import Any, NamedTuple

#: Page furniture removed before HTML extraction (headers and footers of an article are kept).
HTML_PRUNE = [
    "//nav",
    "//*[@role='navigation']",
    "//header[not(ancestor::article) and not(ancestor::main)]",
    "//footer[not(ancestor::article) and not(ancestor::main)]",
]
#: Dates from the page's markup only: no guessing from copyright lines or URLs.
HTML_DATE_PARAMS = {"original_date": True, "extensive_search": False}


class HtmlError(ValueError):
    """The page gave no main text; ``reason`` says why and what to do (no file name in it)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


class HtmlText(NamedTuple):
    """A page's main text (line endings normalized to LF) and the metadata it states."""

    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None


def html_text(markup: str) -> HtmlText:
    """Main text, title, author, date, site name and canonical URL of the page ``markup``.

    Navigation, scripts and page headers and footers outside the article are left out; the
    date is taken from the markup only. Raises :class:`HtmlError` when the markup cannot be
    parsed or has no main text.
    """
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    try:
        result = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_tables=True,
            include_comments=False,
            prune_xpath=HTML_PRUNE,
            date_extraction_params=dict(HTML_DATE_PARAMS),
        )
    except Exception as e:  # lxml and trafilatura raise many types on broken markup
        raise HtmlError(
            f"the HTML could not be parsed ({type(e).__name__}: {e}); check that the file is a complete web page"
        ) from e
    return _fields(_as_dict(result))


def trafilatura_version() -> str:
    """The installed trafilatura's version (recorded as the extractor version)."""
    from importlib.metadata import version

    return version("trafilatura")


def _as_dict(result: Any) -> dict[str, Any]:
    """trafilatura 2.x returns a Document object (``as_dict``), 1.x a dict, or None."""
    if result is None:
        return {}
    return result.as_dict() if hasattr(result, "as_dict") else dict(result)


def _fields(fields: dict[str, Any]) -> HtmlText:
    """Keep the fields a document has; reject a page without main text."""
    text = (fields.get("text") or "").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise HtmlError(
            "no main text found in the HTML (only navigation, scripts or markup); supply the article text as .txt"
        )
    return HtmlText(
        text=text,
        title=_str_or_none(fields.get("title")),
        author=_str_or_none(fields.get("author")),
        date=_str_or_none(fields.get("date")),
        sitename=_str_or_none(fields.get("sitename")),
        url=_str_or_none(fields.get("url")),
    )


def _str_or_none(value: Any) -> str | None:
    """A non-blank string, stripped, or None."""
    return (value.strip() or None) if isinstance(value, str) else None
