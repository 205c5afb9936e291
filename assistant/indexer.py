"""Build and incrementally update an index folder from a documents folder.

Only what changed is re-processed: files are compared by sha256 of their bytes with what the store
remembers, so an update after editing one file parses and embeds that one file. Every file gets a status
(``added``, ``changed``, ``unchanged``, ``removed``, ``error``) with a bilingual reason; a bad file never
stops the others, and a file that was indexed before but now fails keeps its previous chunks.

Saves are atomic (see ``assistant/index/manifest.py``): a new generation folder is written completely, then
``manifest.json`` is swapped. A crash (or an exception from the progress callback) before the swap leaves
the previous index exactly as it was.

Beside it in ``assistant/index/``: ``sources.py`` (which files of the folder are read, their content
hash), ``report.py`` (``FileStatus``, ``IndexReport``) and ``lock.py`` (one writer per index).
"""

from __future__ import annotations

import hashlib
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from assistant.chunking import chunk_document
from assistant.config import Settings
from assistant.embeddings import Embedder
from assistant.errors import AssistantError
from assistant.index import vectors as vec
from assistant.index.alternates import MergePlan, merge_fresh, orphans_todo, read_alternates, store_merges
from assistant.index.lock import locked
from assistant.index.manifest import (
    STORE_FILE,
    VECTORS_FILE,
    Manifest,
    next_generation,
    now_iso,
    sweep_generations,
)
from assistant.index.records import FileState, read_documents, read_file_states, stored_vectors
from assistant.index.report import FileStatus, IndexReport, error_status
from assistant.index.sources import file_hash, scan
from assistant.index.writer import StoreWriter
from assistant.library import leaves_root, outside_error, refused_names
from assistant.models import Document
from assistant.parse.references import resolve_references

# (i, n, name, stage): stage is "load" (file i of n), "embed" (chunk i of n), "save", "commit", "done".
Progress = Callable[[int, int, str, str], None]
Processor = Callable[[Path, Settings, str], Any]  # assistant.pipeline.process_file

# The lexicon data a file's reading depends on, relative to the ``assistant`` package: abbreviations
# (expanded into the lexical index), the organisation registry (bodies and duties), legacy encodings
# (loading), document types, body and place words and fixed phrases (metadata, sections, obligations), web
# portal furniture (cleaning). Their content hash is kept with the chunk sizes in the manifest
# (``Indexer.chunking_settings``): a changed registry re-reads every file. Data read only when a question
# is asked (stop words, the English glossary, common syllables, nouns for people) is not listed.
INDEX_DATA_FILES: tuple[str, ...] = (
    "data/abbreviations.json",
    "data/organisations.json",
    "data/legacy_encodings.json",
    "lexicon/doc_types.json",
    "lexicon/phrases.json",
    "lexicon/portal.json",
)
PACKAGE_DIR = Path(__file__).resolve().parent


def lexicon_fingerprint(files: Iterable[str] = INDEX_DATA_FILES, root: Path = PACKAGE_DIR) -> str:
    """sha256 (16 hex digits) of the index-time lexicon data: each file's name and bytes, in order."""
    digest = hashlib.sha256()
    for name in files:
        digest.update(name.encode("utf-8") + b"\0")
        path = root / name
        digest.update(path.read_bytes() if path.is_file() else b"<missing>")
        digest.update(b"\0")
    return digest.hexdigest()[:16]


class Indexer:
    """Keeps ``settings.index_dir`` in step with a documents folder."""

    def __init__(
        self, settings: Settings, embedder: Embedder | None = None, processor: Processor | None = None
    ) -> None:
        self.settings = settings
        self.index_dir = Path(settings.index_dir)
        self._embedder = embedder
        self._processor = processor

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = Embedder.for_settings(self.settings)
        return self._embedder

    def _process(self, path: Path, display: str) -> Any:
        if self._processor is None:
            from assistant.pipeline import process_file

            self._processor = process_file
        return self._processor(path, self.settings, display)

    def chunking_settings(self) -> dict[str, Any]:
        """What decides how a file becomes chunks besides its bytes: the chunk sizes, the reading rules'
        version (``pipeline.PARSE_VERSION``) and the content of the lexicon data read with them
        (``INDEX_DATA_FILES``). An index built with other values re-reads every file."""
        from assistant.pipeline import PARSE_VERSION

        s = self.settings
        return {
            "chunk_min_chars": s.chunk_min_chars,
            "chunk_max_chars": s.chunk_max_chars,
            "parse_version": PARSE_VERSION,
            "lexicon": lexicon_fingerprint(INDEX_DATA_FILES, PACKAGE_DIR),
        }

    # public API -------------------------------------------------------------------------------------

    def update(
        self, documents_dir: Path | str | None = None, progress: Progress | None = None, rebuild: bool = False
    ) -> IndexReport:
        """Bring the index in line with a folder: add new, re-process changed, drop removed files."""
        root = Path(documents_dir or self.settings.documents_dir).resolve()
        paths = scan(root)
        candidates = [(p, p.relative_to(root).as_posix()) for p in paths]
        seen = {str(p) for p in paths}

        def removed(states: dict[str, FileState]) -> list[str]:
            # Files from this folder that are gone, and files added from elsewhere whose source vanished.
            return [
                f
                for f, st in states.items()
                if st.source not in seen and (_is_under(st.source, root) or not Path(st.source).exists())
            ]

        refused = [error_status(f, outside_error(f), False) for f in refused_names(root)]
        return self._run(candidates, removed, progress, rebuild, refused=refused)

    def add_files(self, paths: Iterable[Path | str], progress: Progress | None = None) -> IndexReport:
        """Index (or re-index) the given files; names are relative to the documents folder when inside it."""
        root = Path(self.settings.documents_dir).resolve()
        candidates = []
        refused = []
        for p in paths:
            if leaves_root(Path(p), root):  # a link, or a path in the folder that resolves outside it
                refused.append(error_status(Path(p).name, outside_error(Path(p).name), False))
                continue
            p = Path(p).resolve()
            candidates.append((p, p.relative_to(root).as_posix() if _is_under(str(p), root) else p.name))
        return self._run(candidates, lambda states: [], progress, False, refused=refused)

    def remove(self, file: str, progress: Progress | None = None) -> IndexReport:
        """Drop one file (by its indexed name, its source path or its doc_id) from the index."""

        def pick(states: dict[str, FileState]) -> list[str]:
            return [f for f, st in states.items() if file in (f, st.source, st.doc_id)]

        return self._run([], pick, progress, False)

    # the work ----------------------------------------------------------------------------------------

    def _run(
        self,
        candidates: list[tuple[Path, str]],
        pick_removed: Callable[[dict[str, FileState]], list[str]],
        progress: Progress | None,
        rebuild: bool,
        refused: list[FileStatus] | None = None,
    ) -> IndexReport:
        progress = progress or (lambda i, n, name, stage: None)
        emb = self.embedder  # loading the model (seconds, once per process) is not counted below
        t0 = time.perf_counter()
        with locked(self.index_dir, self.settings.lock_wait):
            old = (
                None
                if rebuild or not (self.index_dir / "manifest.json").exists()
                else Manifest.read(self.index_dir)
            )
            if old is not None:
                old.check_compatible(emb.model_name, emb.dim, emb.fingerprint)
            old_db = old.generation_dir(self.index_dir) / STORE_FILE if old else None
            states: dict[str, FileState] = {}
            if old_db is not None:
                states = read_file_states(old_db)
            alternates = read_alternates(old_db)
            known = {**alternates, **states}  # alternative files of a document count as indexed files
            force = old is not None and old.chunking != self.chunking_settings()

            statuses: list[FileStatus] = list(refused or [])
            todo: list[tuple[Path, str, FileState]] = []
            for path, display in candidates:
                try:
                    st = path.stat()
                    digest = file_hash(path)
                except OSError as exc:
                    statuses.append(error_status(display, exc, display in states))
                    continue
                state = FileState(display, "", digest, st.st_mtime, st.st_size, str(path))
                prev = known.get(display)
                if prev is not None and prev.content_hash == digest and not force:
                    statuses.append(FileStatus(display, "unchanged"))
                else:
                    todo.append((path, display, state))
            removed = [f for f in pick_removed(known) if f not in {d for _, d, _ in todo}]
            todo += orphans_todo(removed, states, alternates, todo)

            processed: list[tuple[Any, FileState, FileStatus]] = []
            for i, (path, display, state) in enumerate(todo, 1):
                progress(i, len(todo), display, "load")
                kind = "changed" if display in known else "added"
                try:
                    result = self._process(path, display)
                    if not result.chunks:
                        raise AssistantError(
                            "Không tìm thấy nội dung văn bản để lập chỉ mục.",
                            "No text to index was found in the file.",
                            code="empty",
                        )
                except Exception as exc:  # one bad file must not stop the others
                    statuses.append(error_status(display, exc, display in states))
                    continue
                warnings = list(getattr(result.document, "warnings", []) or [])
                status = FileStatus(display, kind, chunks=len(result.chunks), warnings=warnings)
                processed.append((result, replace(state, doc_id=result.document.doc_id), status))

            forget = set(removed) | {st.file for _, st, _ in processed}
            merge, stored_docs = (
                _merge_duplicates(old_db, processed, removed, states, alternates, statuses)
                if (processed or removed) and self.settings.merge_duplicates
                else (MergePlan(), None)
            )
            if not processed and not removed and not merge.rows and old is not None:
                return IndexReport(
                    self.index_dir, statuses, dict(old.counts), old.generation, time.perf_counter() - t0
                )

            stored = self._resolve_collection(old_db, processed, removed + merge.demoted, stored_docs)
            stored += [d for d in merge.updated if d.doc_id not in {x.doc_id for x in stored}]

            texts = [c.embed_text for r, _, _ in processed for c in r.chunks]
            t_embed = time.perf_counter()
            # vectors of unchanged texts are kept only under the same passage prefix (the same model is
            # checked above)
            same_prefix = old is not None and getattr(old, "passage_prefix", None) == emb.passage_prefix
            matrix = _embed_reusing(emb, texts, old_db if same_prefix else None, progress)
            embed_seconds = time.perf_counter() - t_embed

            report = self._save(
                old, old_db, processed, matrix, removed, statuses, progress, stored, (merge, forget)
            )
            report.seconds = time.perf_counter() - t0
            report.embed_seconds = embed_seconds
            progress(1, 1, "", "done")
            return report

    def _resolve_collection(
        self,
        old_db: Path | None,
        processed: list[tuple[Any, FileState, FileStatus]],
        removed: list[str],
        stored_docs: list[Document] | None = None,
    ) -> list[Document]:
        """Link references across the whole collection and fill identities a document lacks.

        A notice may carry no number in its own text while a plan that implements it cites it as
        "160-TB/TW, ngày 15/01/2020"; that identity can only be known collection-wide, so it is
        recomputed on every update (inferred fields are cleared first, in case their source left).
        Re-processed documents are re-chunked so their labels carry the identity; stored documents
        only get their metadata rewritten. Returns the stored documents whose metadata changed.
        """
        fresh = [r.document for r, _, _ in processed]
        replaced = {st.file for _, st, _ in processed} | set(removed)
        stored = []
        if stored_docs is not None:
            stored = [d for d in stored_docs if d.file not in replaced]
        elif old_db is not None:
            stored = [d for d in read_documents(old_db) if d.file not in replaced]
        before = {d.doc_id: (d.meta.number, d.meta.date, list(d.meta.number_aliases)) for d in stored}
        for doc in fresh + stored:
            if "number" in doc.meta.inferred:
                doc.meta.number = None
            if "date" in doc.meta.inferred:
                doc.meta.date = None
            doc.meta.inferred = []
        resolve_references(fresh + stored)
        for result, _, _ in processed:
            result.chunks = chunk_document(result.document, self.settings)
        return [
            d for d in stored if before[d.doc_id] != (d.meta.number, d.meta.date, list(d.meta.number_aliases))
        ]

    def _save(
        self,
        old: Manifest | None,
        old_db: Path | None,
        processed: list[tuple[Any, FileState, FileStatus]],
        matrix: np.ndarray,
        removed: list[str],
        statuses: list[FileStatus],
        progress: Progress,
        stored: list[Document],
        merges: tuple[MergePlan, set[str]] = (MergePlan(), set()),
    ) -> IndexReport:
        """Write a complete new generation, then commit it by swapping the manifest."""
        emb = self.embedder
        gen = next_generation(self.index_dir)
        gen_dir = self.index_dir / gen
        gen_dir.mkdir(parents=True)
        try:
            writer = StoreWriter(gen_dir / STORE_FILE, copy_from=old_db)
            try:
                for f in removed:
                    writer.delete_file(f)
                    statuses.append(FileStatus(f, "removed"))
                store_merges(writer, *merges)
                row = 0
                at = now_iso()
                owners = {st.doc_id: f for f, st in writer.file_states().items()}
                for result, state, status in processed:
                    n = len(result.chunks)
                    vectors = matrix[row : row + n]
                    row += n
                    writer.delete_file(state.file)
                    owner = owners.get(state.doc_id)
                    if owner is not None and owner != state.file:
                        dup = AssistantError(
                            f"Trùng nội dung/mã văn bản với tệp đã có: {owner}.",
                            f"Same document id as an already indexed file: {owner}.",
                            code="duplicate",
                        )
                        statuses.append(error_status(state.file, dup, False))
                        continue
                    writer.add_document(result.document, result.chunks, vectors, state, at)
                    owners[state.doc_id] = state.file
                    statuses.append(status)
                for doc in stored:
                    writer.update_metadata(doc)
                counts = writer.counts()
                vids, mat = writer.vectors(emb.dim)
                backend = vec.backend_for(len(vids), self.settings.ann_threshold, self.settings.ann_kind)
                progress(1, 2, "", "save")
                writer.commit()
            except BaseException:
                writer.abort()
                raise
            vec.write(vec.build(vids, mat, emb.dim, backend), gen_dir / VECTORS_FILE)
            manifest = Manifest(
                embed_model=emb.model_name,
                dim=emb.dim,
                fingerprint=emb.fingerprint,
                query_prefix=emb.query_prefix,
                passage_prefix=emb.passage_prefix,
                chunking=self.chunking_settings(),
                counts=counts,
                vector_backend=backend,
                generation=gen,
                created=old.created if old else now_iso(),
            )
            progress(2, 2, "", "commit")  # last moment before the commit point (tests crash here)
            manifest.write(self.index_dir)
        except BaseException:
            shutil.rmtree(gen_dir, ignore_errors=True)
            raise
        sweep_generations(self.index_dir, keep={gen, old.generation if old else gen})
        order = {"error": 0, "added": 1, "changed": 2, "removed": 3, "unchanged": 4}
        statuses.sort(key=lambda s: (order.get(s.status, 9), s.file))
        return IndexReport(self.index_dir, statuses, counts, gen)


# duplicates: one document in several files (assistant/parse/duplicates.py, assistant/index/alternates.py)


def _merge_duplicates(
    old_db: Path | None,
    processed: list[tuple[Any, FileState, FileStatus]],
    removed: list[str],
    states: dict[str, FileState],
    alternates: dict[str, FileState],
    statuses: list[FileStatus],
) -> tuple[MergePlan, list[Document] | None]:
    """Alternative files leave ``processed`` (neither stored nor embedded) and get a "merged" status
    naming the file that stands for the document. Returns the plan and the stored documents."""
    plan, stored_docs = merge_fresh(old_db, processed, removed, states, alternates)
    merged = {alt for alt, _ in plan.notes}
    statuses[:] = [s for s in statuses if s.file not in merged]
    for alt, primary in plan.notes:
        statuses.append(
            FileStatus(
                alt,
                "merged",
                message_vi=f"cùng một văn bản với {primary}: gộp làm một, trích dẫn theo {primary}",
                message_en=f"same document as {primary}: merged into one, cited from {primary}",
            )
        )
    return plan, stored_docs


def _is_under(path: str, root: Path) -> bool:
    try:
        Path(path).resolve().relative_to(root)
        return True
    except ValueError:
        return False


def _embed_reusing(emb, texts: list[str], old_db: Path | None, progress) -> np.ndarray:
    """The passage vectors of ``texts`` ((n, dim) float32): a text the previous generation embedded already
    (same embedded text, same model: ``check_compatible`` ran on the manifest) keeps its stored vector;
    only new texts are embedded. A re-read of every file (a new parse version or lexicon) then costs the
    parse, not the embedding: the library's 3,865 chunks re-embed in minutes on two cores."""
    known = stored_vectors(old_db, set(texts), emb.dim) if old_db is not None else {}
    missing = [i for i, t in enumerate(texts) if t not in known]
    matrix = np.zeros((len(texts), emb.dim), dtype=np.float32)
    for i, t in enumerate(texts):
        if t in known:
            matrix[i] = known[t]
    if missing:
        matrix[missing] = emb.embed_passages(
            [texts[i] for i in missing], progress=lambda d, n: progress(d, n, "", "embed")
        )
    return matrix
