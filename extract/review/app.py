"""The Flask app: thin routes over the queue, pages, chart and verdict store.

Safety: templates autoescape and document text is only ever inserted as
:func:`~extract.review.highlight.highlight` builds it (each piece escaped); every form carries a
CSRF token bound to the session and checked on every POST; ids in URLs must look like ids and
are only looked up in the loaded records (no route takes a path); every response forbids
scripts (Content-Security-Policy) and framing; with a password, every request needs HTTP basic
auth.
"""

from __future__ import annotations

import hmac
import re
import secrets
from pathlib import Path
from typing import Optional

from flask import Flask, Response, abort, redirect, render_template, request, session, url_for
from werkzeug.exceptions import HTTPException

from extract import __version__
from extract.records import Conflict
from extract.review import pages
from extract.review.outputs import LiveOutputs, Outputs
from extract.review.queue import FACETS, REVIEW_STATUSES, FilterError, Filters, build_items, queue_page
from extract.review.store import VERDICT_LABELS, VERDICTS, StoreError, StoredVerdict, VerdictError, VerdictStore

CONFLICT_ID = re.compile(r"cfl_[0-9a-f]{16}")
DOC_ID = re.compile(r"doc_[0-9a-f]{16}")
CONCEPT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9:._-]{0,119}")
CLAIM_TYPES = ("statistic", "cause", "symptom", "treatment", "recommendation")
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
FACET_LABELS = {
    "kind": "Kind",
    "severity": "Severity",
    "review": "Review status",
    "presence": "Still flagged",
    "source_type": "Source type",
    "document": "Document",
    "measure": "Measure",
}


def create_app(folder: str | Path, password: Optional[str] = None) -> Flask:
    """The review app over the outputs in ``folder``, its verdicts in ``folder/review.sqlite``.

    Raises:
        extract.review.OutputsError: the folder holds no valid run outputs.
        extract.review.store.StoreError: the verdict database cannot be opened or created.
    """
    live = LiveOutputs(folder)
    store = VerdictStore.in_folder(folder)
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=store.secret(),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_NAME="evidence_review",
        MAX_CONTENT_LENGTH=256 * 1024,
    )
    app.extensions["evidence_review"] = {"outputs": live, "store": store}
    _register_guards(app, password)
    _register_pages(app, live, store)
    return app


def _register_guards(app: Flask, password: Optional[str]) -> None:
    """Authentication, path checks, CSRF and the security headers."""

    @app.before_request
    def guard() -> Optional[Response]:
        if password is not None:
            auth = request.authorization
            given = (auth.password or "") if auth and auth.type == "basic" else ""
            if not hmac.compare_digest(given.encode("utf-8"), password.encode("utf-8")):
                return Response(
                    "This review app needs a password (HTTP basic auth; any user name).\n",
                    401,
                    {"WWW-Authenticate": 'Basic realm="evidence review", charset="UTF-8"'},
                    mimetype="text/plain",
                )
        if ".." in request.path or "\\" in request.path or "\x00" in request.path:
            abort(400, "paths are not accepted: the app serves only the run's records, by id")
        if request.method == "POST":
            sent = request.form.get("csrf_token", "")
            expected = session.get("csrf", "")
            if not expected or not hmac.compare_digest(sent.encode("utf-8"), expected.encode("utf-8")):
                abort(400, "the form's security token is missing or out of date: reload the page and submit again")
        return None

    @app.after_request
    def headers(response: Response) -> Response:
        response.headers.update(SECURITY_HEADERS)
        return response

    @app.context_processor
    def helpers() -> dict[str, object]:
        return {
            "csrf_token": csrf_token,
            "verdict_labels": VERDICT_LABELS,
            "readable": pages.readable,
            "kind_labels": pages.KIND_LABELS,
            "version": __version__,
        }

    @app.errorhandler(HTTPException)
    def error(e: HTTPException) -> tuple[str, int]:
        return render_template("error.html", code=e.code, name=e.name, message=e.description), e.code or 500

    @app.errorhandler(StoreError)
    def store_error(e: StoreError) -> tuple[str, int]:
        return render_template("error.html", code=503, name="Verdict not saved", message=str(e)), 503


def csrf_token() -> str:
    """The session's CSRF token, made on first use."""
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def _checked(value: str, pattern: re.Pattern[str], what: str) -> str:
    """``value`` when it looks like an id of the kind, else a 400 (ids are never paths)."""
    if not pattern.fullmatch(value):
        abort(400, f"{value[:80]!r} is not a {what} id")
    return value


def _find_conflict(conflict_id: str, outputs: Outputs, store: VerdictStore) -> tuple[Conflict, bool, Optional[StoredVerdict]]:
    """The conflict (current, or gone with a verdict), whether it is gone, and its latest verdict; else 404."""
    latest = store.latest(conflict_id)
    if conflict_id in outputs.conflicts:
        return outputs.conflicts[conflict_id], False, latest
    if latest is not None:
        return latest.conflict, True, latest
    abort(404, f"no conflict {conflict_id} in these outputs, and no verdict on it")


def _register_pages(app: Flask, live: LiveOutputs, store: VerdictStore) -> None:
    """The routes: queue, conflict, verdict, documents, concepts."""

    @app.get("/")
    def queue() -> str:
        outputs = live.get()
        try:
            filters = Filters.from_args(request.args)
        except FilterError as e:
            abort(400, str(e))
        items = build_items(list(outputs.conflicts.values()), outputs.documents, store.all_latest())
        page = queue_page(items, filters)
        doc_names = {d: pages.doc_label(outputs.documents[d]) for d in outputs.documents}
        return render_template(
            "queue.html", page=page, facets=FACETS, facet_labels=FACET_LABELS, doc_names=doc_names,
            review_statuses=REVIEW_STATUSES, outputs=outputs, live_error=live.error, total_items=len(items),
        )  # fmt: skip

    @app.get("/conflict/<conflict_id>")
    def conflict(conflict_id: str) -> str:
        return _conflict_page(conflict_id, status=200)[0]

    def _conflict_page(conflict_id: str, status: int, error: Optional[str] = None, form: Optional[dict] = None):
        _checked(conflict_id, CONFLICT_ID, "conflict")
        outputs = live.get()
        record, gone, latest = _find_conflict(conflict_id, outputs, store)
        view = pages.conflict_view(record, outputs, gone)
        entered = form or {
            "verdict": latest.verdict if latest else "",
            "reviewer": session.get("reviewer", ""),
            "comment": "",
            "wrong": list(latest.wrong_claim_ids) if latest else [],
        }
        html = render_template(
            "conflict.html", view=view, latest=latest, history=store.history(conflict_id), verdicts=VERDICTS,
            error=error, form=entered, saved=request.args.get("saved") == "1", live_error=live.error,
            wrong_choices=pages.wrong_claim_choices(view),
        )  # fmt: skip
        return html, status

    @app.post("/conflict/<conflict_id>/verdict")
    def verdict(conflict_id: str):  # noqa: ANN202
        _checked(conflict_id, CONFLICT_ID, "conflict")
        record, _, _ = _find_conflict(conflict_id, live.get(), store)
        form = {
            "verdict": request.form.get("verdict", ""),
            "reviewer": request.form.get("reviewer", ""),
            "comment": request.form.get("comment", ""),
            "wrong": request.form.getlist("wrong"),
        }
        try:
            saved = store.record(record, form["verdict"], form["reviewer"], form["comment"], form["wrong"])
        except VerdictError as e:
            return _conflict_page(conflict_id, status=400, error=str(e), form=form)
        session["reviewer"] = saved.reviewer
        return redirect(url_for("conflict", conflict_id=conflict_id, saved=1, _anchor="verdict"), code=303)

    @app.get("/documents")
    def documents() -> str:
        outputs = live.get()
        return render_template(
            "documents.html", documents=pages.document_index(outputs), concepts=pages.concept_index(outputs),
            outputs=outputs, live_error=live.error,
        )  # fmt: skip

    @app.get("/document/<doc_id>")
    def document(doc_id: str) -> str:
        _checked(doc_id, DOC_ID, "document")
        outputs = live.get()
        doc = outputs.documents.get(doc_id)
        if doc is None:
            abort(404, f"no document {doc_id} in these outputs")
        claim_type = request.args.get("type") or None
        if claim_type is not None and claim_type not in CLAIM_TYPES:
            abort(400, f"unknown claim type {claim_type[:40]!r}: use one of {', '.join(CLAIM_TYPES)}")
        claims = pages.document_claims(outputs, doc, claim_type)
        counts = {t: sum(1 for c in outputs.claims_by_doc.get(doc_id, []) if c.type == t) for t in CLAIM_TYPES}
        return render_template(
            "document.html", doc=pages.doc_info(doc, doc_id), claims=claims, claim_type=claim_type, counts=counts,
            claim_types=CLAIM_TYPES, live_error=live.error, document=doc,
        )  # fmt: skip

    @app.get("/concept/<concept_id>")
    def concept(concept_id: str) -> str:
        _checked(concept_id, CONCEPT_ID, "concept")
        outputs = live.get()
        if concept_id not in outputs.concepts:
            abort(404, f"no claim in these outputs names the concept {concept_id}")
        groups = pages.concept_claims(outputs, concept_id)
        return render_template(
            "concept.html", concept_id=concept_id, name=outputs.concept_names.get(concept_id, concept_id),
            groups=groups, n_claims=sum(len(g.claims) for g in groups), live_error=live.error,
        )  # fmt: skip
