"""The documents folder as a boundary, archive limits, delete -> trash, pending files (issue 12 faults 2,
3 and 9; issue 13 item 1). Real files, real indexer, real embedding model and store."""

from __future__ import annotations

import io
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.errors import LoadError
from assistant.indexer import Indexer
from assistant.loaders import load_file

DOC_A = """ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ NAM
Số: 21-HD/MTTQ
HƯỚNG DẪN
Giám sát việc thực hiện chính sách an sinh xã hội năm 2026

1. Ban Thường trực Ủy ban Mặt trận Tổ quốc các huyện chủ trì giám sát việc chi trả trợ cấp cho người cao tuổi.
2. Báo cáo kết quả giám sát gửi về Ủy ban Mặt trận Tổ quốc tỉnh trước ngày 15/11/2026.
"""
DOC_B = """HỘI NÔNG DÂN TỈNH HÀ NAM
Số: 08-KH/HND
KẾ HOẠCH
Hỗ trợ hội viên nông dân chuyển đổi số năm 2026

1. Hội Nông dân các xã mở lớp hướng dẫn bán nông sản trên sàn thương mại điện tử cho hội viên.
2. Tổng kết việc thực hiện kế hoạch trong tháng 12 năm 2026.
"""


@pytest.fixture()
def library(tmp_path: Path) -> Settings:
    docs = tmp_path / "documents"
    docs.mkdir()
    (docs / "HD-21-MTTQ.txt").write_text(DOC_A, encoding="utf-8")
    (docs / "KH-08-HND.txt").write_text(DOC_B, encoding="utf-8")
    return Settings.from_env(documents_dir=docs, index_dir=tmp_path / "index")


def test_symlink_out_of_documents_is_refused(library, embedder, tmp_path):
    """Fault 2: a link passwd.txt -> a secret file outside documents/ is not indexed nor quoted."""
    secret = tmp_path / "secret.txt"
    secret.write_text(
        "root:x:0:0:root:/root:/bin/bash\nmật khẩu quản trị là hoa-sen-2026\n", encoding="utf-8"
    )
    os.symlink(secret, library.documents_dir / "passwd.txt")
    outside_dir = tmp_path / "elsewhere"
    outside_dir.mkdir()
    (outside_dir / "x.txt").write_text(DOC_B.replace("08-KH", "09-KH"), encoding="utf-8")
    os.symlink(outside_dir, library.documents_dir / "linked-folder")
    report = Indexer(library, embedder=embedder).update(library.documents_dir)
    st = report.status("passwd.txt")
    assert st is not None and st.status == "error" and st.code == "outside_documents"
    assert "symlink" in st.message_vi and "symbolic link" in st.message_en
    assert report.status("linked-folder").code == "outside_documents"
    assert {f.file for f in report.files if f.status == "added"} == {"HD-21-MTTQ.txt", "KH-08-HND.txt"}
    from assistant.api import Assistant

    a = Assistant(library, embedder=embedder)
    assert all("hoa-sen" not in c.text for c in a.store.all_chunks())
    # An upload that is a link is refused the same way.
    assert Indexer(library, embedder=embedder).add_files([library.documents_dir / "passwd.txt"]).files[
        0
    ].code == ("outside_documents")


def _bomb_docx(path: Path, inflated_mb: int) -> None:
    """A DOCX whose document.xml inflates to ``inflated_mb`` MB of one repeated character."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            chunk = b"<w:t>" + b"a" * (1 << 20) + b"</w:t>"
            for _ in range(inflated_mb):
                fh.write(chunk)


def test_zip_bomb_is_refused_before_inflating(tmp_path):
    """Fault 3: a small DOCX inflating to 400 MB is refused from its zip directory, in bounded memory."""
    import resource

    bomb = tmp_path / "bomb.docx"
    _bomb_docx(bomb, 400)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(LoadError) as err:
        load_file(bomb, Settings.from_env())
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert err.value.code == "too_large" and "ASSISTANT_MAX_UNZIPPED_MB" in err.value.message_en
    assert "giải nén" in err.value.message_vi and "400 MB" in err.value.message_en
    assert grown_mb < 100


def test_zip_limits_are_settings(tmp_path):
    doc = tmp_path / "many.docx"
    with zipfile.ZipFile(doc, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
        for i in range(30):
            zf.writestr(f"word/media/x{i}.bin", b"x")
    with pytest.raises(LoadError) as err:
        load_file(doc, Settings.from_env(max_zip_members=10))
    assert err.value.code == "too_large" and "ASSISTANT_MAX_ZIP_MEMBERS" in err.value.message_en


def test_pdf_page_limit(tmp_path):
    from pypdf import PdfWriter

    w = PdfWriter()
    for _ in range(12):
        w.add_blank_page(width=200, height=200)
    buf = io.BytesIO()
    w.write(buf)
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(buf.getvalue())
    with pytest.raises(LoadError) as err:
        load_file(pdf, Settings.from_env(max_pages=10))
    assert err.value.code == "too_large" and "12" in err.value.message_vi


def test_deleted_document_never_comes_back(library, embedder):
    """Fault 9 / issue 13 item 1: delete moves the file to the trash; re-index does not resurrect it;
    restore brings it back."""
    from assistant.api import Assistant
    from assistant.library import trash_items

    Indexer(library, embedder=embedder).update(library.documents_dir)
    a = Assistant(library, embedder=embedder)
    doc = next(d for d in a.documents() if d.file == "KH-08-HND.txt")
    a.delete_document(doc.doc_id, user="editor1")
    assert not (library.documents_dir / "KH-08-HND.txt").exists()
    a.reindex()
    assert [d.file for d in a.documents()] == ["HD-21-MTTQ.txt"]
    items = trash_items(library)
    assert [(i.original, i.user) for i in items] == [("KH-08-HND.txt", "editor1")]
    assert items[0].name in os.listdir(library.trash_path)
    a.restore_document(items[0].name)
    assert sorted(d.file for d in a.documents()) == ["HD-21-MTTQ.txt", "KH-08-HND.txt"]
    assert trash_items(library) == []


def test_interrupted_upload_is_listed_as_pending(library, embedder):
    """Fault 9: a file copied into documents/ whose indexing never ran (a crash) is listed."""
    from assistant.library import pending

    Indexer(library, embedder=embedder).update(library.documents_dir)
    assert pending(library) == []
    shutil.copyfile(library.documents_dir / "KH-08-HND.txt", library.documents_dir / "KH-10-HND.txt")
    (library.documents_dir / "KH-10-HND.txt").write_text(DOC_B.replace("08-KH", "10-KH"), encoding="utf-8")
    assert pending(library) == ["KH-10-HND.txt"]
    Indexer(library, embedder=embedder).add_files([library.documents_dir / "KH-10-HND.txt"])
    assert pending(library) == []


def test_rejected_upload_does_not_stay(library, embedder):
    """Issue 13 item 1: an .exe renamed .pdf and an empty file are rejected and removed again."""
    from assistant.library import discard_rejected
    from assistant.ui.documents import store_upload

    src = library.documents_dir.parent / "incoming"
    src.mkdir()
    (src / "virus.pdf").write_bytes(b"MZ\x90\x00" + b"\x00" * 2000)
    (src / "empty.txt").write_bytes(b"")
    (src / "good.txt").write_text(DOC_B.replace("08-KH", "11-KH"), encoding="utf-8")
    stored = [store_upload(p, library.documents_dir) for p in sorted(src.iterdir())]
    report = Indexer(library, embedder=embedder).add_files(stored)
    gone = discard_rejected(library, report, stored)
    assert sorted(gone) == ["empty.txt", "virus.pdf"]
    assert sorted(os.listdir(library.documents_dir)) == ["HD-21-MTTQ.txt", "KH-08-HND.txt", "good.txt"]
