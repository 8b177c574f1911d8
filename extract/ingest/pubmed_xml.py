"""PubMed XML (``<PubmedArticleSet>`` / ``<PubmedArticle>``, NCBI's pubmed DTD) to text and metadata.

One file is one article: a ``<PubmedArticleSet>`` holding several ``<PubmedArticle>`` records is
refused (code ``xml_multiple_articles``) because a Document is one file; ``evidence pubmed``
saves one article per file, and :func:`split_articles` does the same for a downloaded set.

The text is the article title, then the abstract: each labelled ``<AbstractText>`` of a
structured abstract is a section (its label, e.g. ``BACKGROUND``, as a heading line above its
paragraph, and a :class:`~extract.records.Section` with its offsets); unlabelled paragraphs
follow one another. Copyright lines and ``<OtherAbstract>`` translations are not text. The
metadata: PMID, DOI, journal, publication date, authors ("Akkemik U"), and the reference list
PubMed holds for some articles (``<ReferenceList>``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from extract import regexcache as re  # re, with compiled patterns cached on disk
from extract.ingest.errors import InputError
from extract.ingest.xmlparse import (
    ParsedXml,
    TextBuilder,
    child,
    children,
    iso_date,
    local_name,
    person_name,
    require_text,
    squash,
    text_of,
    year_of,
)
from extract.records import Reference

#: Root elements of PubMed XML.
ROOTS = frozenset({"PubmedArticleSet", "PubmedArticle"})


def parse_pubmed_xml(path: str | Path, root) -> ParsedXml:  # noqa: ANN001
    """The one article of a PubMed XML file, or an :class:`InputError` naming ``path``."""
    articles = split_articles(root)
    if not articles:
        reason = "the PubmedArticleSet holds no <PubmedArticle> (book records are not read); check the query or file"
        raise InputError(path, "xml_no_text", reason)
    if len(articles) > 1:
        pmids = ", ".join(p for p in (article_pmid(a) for a in articles[:3]) if p)
        reason = (
            f"the file holds {len(articles)} PubMed articles (PMIDs {pmids}{' ...' if len(articles) > 3 else ''}); "
            "the reader takes one article per file: fetch them with `evidence pubmed`, which saves one file per "
            "article, or split the <PubmedArticleSet> into one file per <PubmedArticle>"
        )
        raise InputError(path, "xml_multiple_articles", reason)
    parsed = parse_article(articles[0])
    require_text(path, parsed.text, "PubMed article")
    return parsed


def split_articles(root) -> list:  # noqa: ANN001
    """The ``<PubmedArticle>`` elements of a ``<PubmedArticleSet>`` (or the root itself)."""
    if local_name(root) == "PubmedArticle":
        return [root]
    return children(root, "PubmedArticle")


def article_pmid(article) -> Optional[str]:  # noqa: ANN001
    """The article's PMID (``MedlineCitation/PMID``), or None."""
    return text_of(child(article, "MedlineCitation", "PMID")) or None


def parse_article(article) -> ParsedXml:  # noqa: ANN001
    """Text, sections and metadata of one ``<PubmedArticle>`` element."""
    art = child(article, "MedlineCitation", "Article")
    builder = TextBuilder()
    title = text_of(child(art, "ArticleTitle")) if art is not None else ""
    if not title and art is not None:
        title = text_of(child(art, "VernacularTitle"))
    builder.add(title)
    if art is not None:
        _abstract(builder, child(art, "Abstract"))
    return ParsedXml(
        media_type="application/pubmed+xml",
        text=builder.text(),
        title=title or None,
        date=_date(art),
        authors=_authors(art),
        journal=text_of(child(art, "Journal", "Title")) or text_of(child(art, "Journal", "ISOAbbreviation")) or None,
        pmid=article_pmid(article),
        doi=_doi(article, art),
        sections=sorted(builder.sections, key=lambda s: s.start),
        references=_references(article),
    )


def _abstract(builder: TextBuilder, abstract) -> None:  # noqa: ANN001
    """Each ``<AbstractText>``: a labelled one as a heading and its paragraph, a section."""
    if abstract is None:
        return
    for part in children(abstract, "AbstractText"):
        label = squash(part.get("Label") or "")
        body = text_of(part)
        if not body:
            continue
        if label:
            start = builder.add(label, "heading")
            builder.add(body)
            builder.section(label, start)
        else:
            builder.add(body)


def _date(art) -> Optional[str]:  # noqa: ANN001
    """The issue's publication date (``PubDate``; a ``MedlineDate`` gives its year), else the e-date."""
    if art is None:
        return None
    pub = child(art, "Journal", "JournalIssue", "PubDate")
    if pub is not None:
        year = text_of(child(pub, "Year"))
        if year:
            return iso_date(year, text_of(child(pub, "Month")), text_of(child(pub, "Day")))
        medline = year_of(text_of(child(pub, "MedlineDate")))
        if medline:
            return str(medline)
    for date in children(art, "ArticleDate"):
        found = iso_date(text_of(child(date, "Year")), text_of(child(date, "Month")), text_of(child(date, "Day")))
        if found:
            return found
    return None


def _authors(art) -> list[str]:  # noqa: ANN001
    """Authors as PubMed writes them in citations: 'Akkemik U'; collectives by name."""
    out: list[str] = []
    for author in children(child(art, "AuthorList"), "Author"):
        if author.get("ValidYN") == "N":
            continue
        collective = text_of(child(author, "CollectiveName"))
        given = text_of(child(author, "Initials")) or text_of(child(author, "ForeName"))
        name = collective or person_name(text_of(child(author, "LastName")), given)
        if name:
            out.append(name)
    return out


def _doi(article, art) -> Optional[str]:  # noqa: ANN001
    """The DOI from ``ELocationID`` or the PubmedData article ids."""
    for loc in children(art, "ELocationID"):
        if loc.get("EIdType") == "doi" and loc.get("ValidYN") != "N" and text_of(loc):
            return text_of(loc)
    for ident in children(child(article, "PubmedData", "ArticleIdList"), "ArticleId"):
        if ident.get("IdType") == "doi" and text_of(ident):
            return text_of(ident)
    return None


def _references(article) -> list[Reference]:  # noqa: ANN001
    """PubMed's ``<ReferenceList>`` entries: the citation as written and its PMID / DOI."""
    out: list[Reference] = []
    data = child(article, "PubmedData")
    for ref_list in children(data, "ReferenceList"):
        for ref in children(ref_list, "Reference"):
            text = text_of(child(ref, "Citation"))
            if not text:
                continue
            ids = {i.get("IdType"): text_of(i) for i in children(child(ref, "ArticleIdList"), "ArticleId")}
            authors, title = vancouver_parts(text)
            out.append(
                Reference(
                    label=str(len(out) + 1),
                    text=text,
                    authors=authors,
                    title=title,
                    year=year_of(text),
                    pmid=ids.get("pubmed") or None,
                    doi=ids.get("doi") or None,
                )
            )
    return out



_VANCOUVER_AUTHOR = re.compile(r"[A-Z][\w'\u2019\-]+(?: [A-Z][\w'\u2019\-]+)* [A-Z]{1,4}|et al")


def vancouver_parts(citation: str) -> tuple[list[str], Optional[str]]:
    """Authors and title of a citation written in PubMed's (Vancouver) style, as far as it is:
    'Akkemik U, Onay M, Gulec MS. Title. Journal. 2021;...' -> (['Akkemik U', ...], 'Title')."""
    parts = citation.split(". ")
    if len(parts) < 2:
        return [], None
    names = [n.strip() for n in parts[0].split(",")]
    if not names or not all(_VANCOUVER_AUTHOR.fullmatch(n) for n in names):
        return [], None
    authors = [n for n in names if n != "et al"]
    title = parts[1].strip().rstrip(".") or None
    return authors, title if len(parts) > 2 else None
