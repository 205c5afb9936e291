"""Incremental indexing with the real pipeline, model, FAISS and SQLite: statuses, bad files, atomic saves,
model mismatch, and the ``index`` / ``search`` commands."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from assistant.cli import main
from assistant.errors import IndexMismatchError
from assistant.index.manifest import STORE_FILE, Manifest
from assistant.index.store import IndexStore
from assistant.indexer import Indexer
from assistant.retrieve import Retriever

DOCS = {
    "a.md": "KẾ HOẠCH\n\n1. Hội phụ nữ các cấp vận động hội viên xây dựng gia đình no ấm, bình đẳng.\n\n"
    "2. Đoàn Thanh niên chủ trì tổ chức các hoạt động tình nguyện hè.\n",
    "b.md": "THÔNG BÁO\n\n1. Hội Nông dân phối hợp hỗ trợ nông dân chuyển đổi số trong sản xuất.\n",
    "sub/c.txt": "KẾT LUẬN\n\n1. Hội Cựu chiến binh tham gia bảo vệ an ninh trật tự ở cơ sở.\n",
}


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")


@pytest.fixture()
def workspace(tmp_path, settings):
    docs = tmp_path / "docs"
    _write(docs, DOCS)
    return docs, replace(settings, index_dir=tmp_path / "index", documents_dir=docs)


def _loaded(events: list) -> list[str]:
    return [name for _, _, name, stage in events if stage == "load"]


def test_incremental_update_processes_only_what_changed(workspace, embedder):
    docs, settings = workspace
    indexer = Indexer(settings, embedder=embedder)
    events: list = []
    report = indexer.update(docs, progress=lambda *e: events.append(e))
    assert report.by_status() == {"added": 3}
    assert sorted(_loaded(events)) == ["a.md", "b.md", "sub/c.txt"]
    first = IndexStore.open(settings.index_dir)
    assert first.manifest.counts["documents"] == 3 and first.manifest.vector_backend == "flat"

    events.clear()
    report = indexer.update(docs, progress=lambda *e: events.append(e))
    assert report.by_status() == {"unchanged": 3} and _loaded(events) == []
    assert report.generation == first.generation  # nothing to save, nothing written

    (docs / "b.md").write_text(
        DOCS["b.md"] + "\n2. Hội Nông dân tham gia xây dựng nông thôn mới.\n", encoding="utf-8"
    )
    (docs / "d.md").write_text(
        "CÔNG VĂN\n\n1. Công đoàn chăm lo đời sống công nhân lao động.\n", encoding="utf-8"
    )
    (docs / "sub" / "c.txt").unlink()
    events.clear()
    report = indexer.update(docs, progress=lambda *e: events.append(e))
    assert {f.file: f.status for f in report.files} == {
        "a.md": "unchanged",
        "b.md": "changed",
        "d.md": "added",
        "sub/c.txt": "removed",
    }
    assert sorted(_loaded(events)) == ["b.md", "d.md"]
    store = IndexStore.open(settings.index_dir)
    assert sorted(store.file_states()) == ["a.md", "b.md", "d.md"]
    assert not any("Cựu chiến binh" in c.text for c in store.all_chunks())
    assert any("nông thôn mới" in c.text for c in store.all_chunks())
    # Documents come back whole from the store (no re-parse needed downstream).
    doc = next(d for d in store.documents() if d.file == "b.md")
    assert "nông thôn mới" in doc.text and doc.paragraphs
    # Old generations are swept (the one just replaced is kept for readers mid-open).
    assert len([p for p in settings.index_dir.glob("g*") if p.is_dir()]) <= 2

    hits = Retriever(settings, embedder=embedder).search("nông thôn mới", k=3)
    assert hits[0].chunk.file == "b.md"


def test_an_index_read_by_older_rules_rereads_every_file(workspace, embedder):
    # A loader or parser change leaves files' bytes (their content hashes) as they were: the manifest's
    # reading-rules version (pipeline.PARSE_VERSION) is what tells the index to read them again.
    docs, settings = workspace
    indexer = Indexer(settings, embedder=embedder)
    indexer.update(docs)
    manifest = json.loads((settings.index_dir / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["chunking"]["parse_version"] >= 13
    manifest["chunking"]["parse_version"] = 1  # as an index built by an older release
    (settings.index_dir / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    events: list = []
    report = indexer.update(docs, progress=lambda *e: events.append(e))
    assert report.by_status() == {"changed": 3}
    assert sorted(_loaded(events)) == ["a.md", "b.md", "sub/c.txt"]
    assert indexer.update(docs).by_status() == {"unchanged": 3}  # then read once, not on every update
    # re-reading every file re-embeds no chunk whose embedded text is unchanged: the same vectors are kept
    embedded = [e for e in events if e[3] == "embed"]
    assert not embedded, embedded


def _vectors(index_dir: Path) -> dict:
    """{embedded text: vector} of the index's current generation, read from its SQLite store."""
    manifest = Manifest.read(index_dir)
    db = manifest.generation_dir(index_dir) / STORE_FILE
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT embed_text, vector FROM chunks").fetchall()
    return {t: np.frombuffer(v, dtype=np.float32) for t, v in rows}


def test_a_reread_keeps_unchanged_vectors_and_embeds_changed_text(workspace, embedder):
    docs, settings = workspace
    indexer = Indexer(settings, embedder=embedder)
    indexer.update(docs)
    before = _vectors(settings.index_dir)
    manifest = json.loads((settings.index_dir / "manifest.json").read_text(encoding="utf-8"))
    manifest["chunking"]["parse_version"] = 1
    (settings.index_dir / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    edited = (docs / "b.md").read_text(encoding="utf-8") + "\n\nXây dựng 5 tuyến đường hoa.\n"
    (docs / "b.md").write_text(edited, encoding="utf-8")
    events: list = []
    indexer.update(docs, progress=lambda *e: events.append(e))
    after = _vectors(settings.index_dir)
    kept = set(before) & set(after)
    assert kept and all(np.array_equal(before[t], after[t]) for t in kept)
    new = set(after) - set(before)
    assert new, "the edited file's last chunk has new text"
    # only the new texts were embedded, and their vectors are the model's
    done = max(e[0] for e in events if e[3] == "embed")
    assert done == len(new)
    for t in new:
        assert np.allclose(after[t], embedder.embed_passages([t])[0], atol=1e-5)


def test_a_changed_registry_rereads_every_file(workspace, embedder, tmp_path, monkeypatch):
    # The organisation registry and the other lexicon data read with the files (INDEX_DATA_FILES) decide
    # bodies, duties and expansions as much as the reading rules do: their content hash is in the
    # manifest, so editing the registry re-reads every file once, and an untouched one reads none.
    import assistant.indexer as indexer_module

    data = tmp_path / "package"
    for name in indexer_module.INDEX_DATA_FILES:
        (data / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(indexer_module.PACKAGE_DIR / name, data / name)
    monkeypatch.setattr(indexer_module, "PACKAGE_DIR", data)
    docs, settings = workspace
    indexer = Indexer(settings, embedder=embedder)
    assert indexer.update(docs).by_status() == {"added": 3}
    assert indexer.update(docs).by_status() == {"unchanged": 3}

    registry = data / "data" / "organisations.json"
    orgs = json.loads(registry.read_text(encoding="utf-8"))
    orgs["organisations"][0]["aliases"].append("Mặt trận xã nhà")
    registry.write_text(json.dumps(orgs, ensure_ascii=False), encoding="utf-8")
    events: list = []
    report = indexer.update(docs, progress=lambda *e: events.append(e))
    assert report.by_status() == {"changed": 3}
    assert sorted(_loaded(events)) == ["a.md", "b.md", "sub/c.txt"]
    assert indexer.update(docs).by_status() == {"unchanged": 3}  # then read once


def test_index_data_files_list_what_indexing_reads(tmp_path):
    # Every lexicon file the indexer opens while reading files of each format is in INDEX_DATA_FILES (a
    # fresh process, so that no cached table hides a read).
    import subprocess
    import sys

    docs = tmp_path / "docs"
    _write(docs, DOCS)
    (docs / "e.html").write_text(
        "<html><body><p>HỘI LHPN XÃ AN BÌNH</p><h2>KẾ HOẠCH</h2><p>1. Chi hội phụ nữ các thôn vận động "
        "hội viên tham gia.</p></body></html>",
        encoding="utf-8",
    )
    script = f"""
import builtins, io, json, pathlib, sys
seen = set()
def watch(f):
    name = str(f)
    if name.endswith(".json"):
        seen.add(name)
for cls_open in (pathlib.Path.open, pathlib.Path.read_text, pathlib.Path.read_bytes):
    def wrapped(self, *a, _orig=cls_open, **k):
        watch(self)
        return _orig(self, *a, **k)
    setattr(pathlib.Path, cls_open.__name__, wrapped)
_open = builtins.open
def opened(f, *a, **k):
    watch(f)
    return _open(f, *a, **k)
builtins.open = io.open = opened
from assistant.config import Settings
from assistant.indexer import Indexer, PACKAGE_DIR
settings = Settings.from_env(index_dir=pathlib.Path({str(tmp_path / "index")!r}))
Indexer(settings).update({str(docs)!r})
root = str(PACKAGE_DIR) + "/"
print(json.dumps(sorted(n[len(root):] for n in seen if n.startswith(root))))
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    read = json.loads(out.stdout.strip().splitlines()[-1])
    from assistant.indexer import INDEX_DATA_FILES

    assert {"data/organisations.json", "data/abbreviations.json", "lexicon/phrases.json"} <= set(read), read
    assert set(read) <= set(INDEX_DATA_FILES), read


def test_add_files_and_remove(workspace, embedder, tmp_path):
    docs, settings = workspace
    indexer = Indexer(settings, embedder=embedder)
    indexer.update(docs)
    outside = tmp_path / "upload.md"
    outside.write_text("HƯỚNG DẪN\n\n1. Mặt trận Tổ quốc giám sát và phản biện xã hội.\n", encoding="utf-8")
    report = indexer.add_files([outside])
    assert report.status("upload.md").status == "added"
    assert indexer.update(docs).by_status() == {
        "unchanged": 3
    }  # files added from elsewhere survive an update
    report = indexer.remove("upload.md")
    assert report.by_status() == {"removed": 1}
    assert "upload.md" not in IndexStore.open(settings.index_dir).file_states()


def test_bad_files_are_reported_and_never_drop_indexed_content(workspace, embedder):
    docs, settings = workspace
    indexer = Indexer(settings, embedder=embedder)
    indexer.update(docs)
    (docs / "broken.docx").write_bytes(b"PK\x03\x04 this is not really a zip")
    (docs / "a.md").write_bytes(b"")  # a file that was indexed before and now fails
    report = indexer.update(docs)
    broken, a = report.status("broken.docx"), report.status("a.md")
    assert broken.status == "error" and broken.message_vi and broken.message_en and not broken.kept_previous
    assert a.status == "error" and a.kept_previous and "previously indexed" in a.message_en
    assert report.status("b.md").status == "unchanged" and not report.all_failed
    store = IndexStore.open(settings.index_dir)
    assert "a.md" in store.file_states()
    assert any("tình nguyện" in c.text for c in store.all_chunks())


def test_crash_during_save_leaves_previous_index_loadable(workspace, embedder):
    docs, settings = workspace
    indexer = Indexer(settings, embedder=embedder)
    indexer.update(docs)
    before = IndexStore.open(settings.index_dir)
    (docs / "e.md").write_text(
        "KẾ HOẠCH\n\n1. Hội Nông dân tổ chức hội thi nhà nông đua tài.\n", encoding="utf-8"
    )

    def crash(i, n, name, stage):
        if stage == "commit":  # everything of the new generation is written; the manifest is not swapped
            raise RuntimeError("simulated crash")

    with pytest.raises(RuntimeError):
        indexer.update(docs, progress=crash)
    # What a hard kill at that moment would leave behind: a complete-looking but uncommitted generation.
    orphan = settings.index_dir / "g000099"
    orphan.mkdir()
    (orphan / "store.sqlite").write_bytes(b"garbage")
    after = IndexStore.open(settings.index_dir)
    assert after.generation == before.generation
    assert sorted(after.file_states()) == sorted(before.file_states())
    assert Retriever(settings, embedder=embedder).search("Hội Nông dân", k=2)

    report = indexer.update(docs)
    assert report.status("e.md").status == "added"
    assert not orphan.exists()


def test_index_built_with_another_model_must_be_rebuilt(workspace, embedder):
    docs, settings = workspace
    indexer = Indexer(settings, embedder=embedder)
    indexer.update(docs)
    manifest_path = settings.index_dir / "manifest.json"
    data = json.loads(manifest_path.read_text(encoding="utf-8"))
    data.update(embed_model="other-model", dim=768, fingerprint="sha256:0000")
    manifest_path.write_text(json.dumps(data), encoding="utf-8")

    with pytest.raises(IndexMismatchError) as err:
        Retriever(settings, embedder=embedder).search("Hội phụ nữ")
    assert "--rebuild" in err.value.message_en and "lập lại chỉ mục" in err.value.message_vi
    with pytest.raises(IndexMismatchError):
        indexer.update(docs)
    assert indexer.update(docs, rebuild=True).by_status() == {"added": 3}
    assert Retriever(settings, embedder=embedder).search("Hội phụ nữ", k=1)


def test_cli_index_and_search(workspace, embedder, tmp_path):
    docs, settings = workspace
    runner = CliRunner()
    args = ["index", "--documents", str(docs), "--index", str(settings.index_dir), "--quiet"]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "[added / thêm mới] a.md" in result.output
    result = runner.invoke(main, ["search", "HLHPN", "--index", str(settings.index_dir), "-k", "2", "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    # The only document naming the Women's Union is among the two hits (with org_scope off by default,
    # a bare abbreviation is not pinned to the top: see Settings.disabled_features).
    assert out["query"]["orgs"] == ["hoi_phu_nu"] and "a.md" in [h["chunk"]["file"] for h in out["hits"]]

    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "x.docx").write_bytes(b"PK\x03\x04 not really a zip")
    result = runner.invoke(
        main, ["index", "--documents", str(bad), "--index", str(tmp_path / "i2"), "--quiet"]
    )
    assert result.exit_code == 1 and "x.docx" in result.output
    shutil.rmtree(tmp_path / "i2", ignore_errors=True)
