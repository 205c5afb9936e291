"""Interface labels in Vietnamese (default) and English.

Every visible string of the UI comes from ``LABELS`` through :func:`t`, so the language switch only has to
re-render labels; answers and document text stay in the language they were written in.
"""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("vi", "en")

LABELS: dict[str, dict[str, str]] = {
    "app_title": {
        "vi": "Trợ lý hỏi đáp văn bản Đảng, Mặt trận và đoàn thể",
        "en": "Q&A assistant for Party, Front and mass-organisation directives",
    },
    "app_subtitle": {
        "vi": "Câu trả lời chỉ dựa trên các văn bản đã nạp, kèm trích dẫn nguyên văn.",
        "en": "Answers come only from the loaded documents, with verbatim citations.",
    },
    "language": {"vi": "Ngôn ngữ giao diện", "en": "Interface language"},
    "status_ready": {
        "vi": "Sẵn sàng: {docs} văn bản trong chỉ mục.",
        "en": "Ready: {docs} documents indexed.",
    },
    "status_indexing": {"vi": "Đang lập chỉ mục: {msg}", "en": "Indexing: {msg}"},
    "status_error": {"vi": "Lỗi lập chỉ mục: {msg}", "en": "Indexing error: {msg}"},
    "status_empty": {
        "vi": "Chưa có văn bản nào. Hãy tải văn bản lên ở thẻ «Văn bản».",
        "en": "No documents yet. Upload some in the «Documents» tab.",
    },
    "not_ready": {
        "vi": "Chỉ mục đang được xây dựng, xin thử lại sau ít giây.",
        "en": "The index is still being built, please try again in a few seconds.",
    },
    # tabs
    "tab_chat": {"vi": "Hỏi đáp", "en": "Ask"},
    "tab_documents": {"vi": "Văn bản", "en": "Documents"},
    "tab_obligations": {"vi": "Nhiệm vụ", "en": "Obligations"},
    "tab_training": {"vi": "Tập huấn", "en": "Training"},
    "turn": {"vi": "Câu", "en": "Answer"},
    "conv_saved": {"vi": "Hội thoại đã lưu", "en": "Saved conversations"},
    "conv_list": {"vi": "Mở hội thoại", "en": "Open a conversation"},
    "conv_title": {"vi": "Tên hội thoại", "en": "Conversation name"},
    "conv_rename": {"vi": "Đổi tên", "en": "Rename"},
    "conv_share": {"vi": "Tạo liên kết tới câu trả lời", "en": "Link to this answer"},
    "conv_link": {"vi": "Liên kết (gửi cho đồng nghiệp)", "en": "Link (send to colleagues)"},
    "conv_share_none": {"vi": "Chưa có câu trả lời nào để chia sẻ.", "en": "No answer to share yet."},
    "conv_delete": {"vi": "Xóa hội thoại", "en": "Delete conversation"},
    "conv_delete_confirm": {
        "vi": "Xóa hội thoại này? / Delete this conversation?",
        "en": "Delete this conversation? / Xóa hội thoại này?",
    },
    "export_docx": {"vi": "Tải DOCX", "en": "DOCX"},
    "export_pdf": {"vi": "Tải PDF", "en": "PDF"},
    "export_txt": {"vi": "Tải văn bản", "en": "Text"},
    "export_conv": {"vi": "Cả hội thoại (DOCX)", "en": "Whole conversation (DOCX)"},
    "ob_window": {"vi": "Thời hạn", "en": "Due"},
    "ob_win_all": {"vi": "Tất cả", "en": "All"},
    "ob_win_next30": {"vi": "30 ngày tới", "en": "Next 30 days"},
    "ob_win_next90": {"vi": "90 ngày tới", "en": "Next 90 days"},
    "ob_win_overdue": {"vi": "Quá hạn", "en": "Overdue"},
    # training tab
    "tr_pack": {"vi": "Tài liệu tập huấn", "en": "Training pack"},
    "tr_compare": {"vi": "So sánh văn bản", "en": "Compare documents"},
    "tr_quiz": {"vi": "Câu hỏi kiểm tra", "en": "Quiz"},
    "tr_doc": {"vi": "Văn bản", "en": "Document"},
    "tr_docs": {"vi": "Văn bản (2-3, cũ trước)", "en": "Documents (2-3, oldest first)"},
    "tr_quiz_docs": {"vi": "Văn bản (một hoặc nhiều)", "en": "Documents (one or more)"},
    "tr_chain": {"vi": "Kèm văn bản triển khai", "en": "Include implementing documents"},
    "tr_n": {"vi": "Số câu hỏi", "en": "Number of questions"},
    "tr_make_pack": {"vi": "Tạo tài liệu", "en": "Build pack"},
    "tr_make_compare": {"vi": "So sánh", "en": "Compare"},
    "tr_make_quiz": {"vi": "Tạo câu hỏi", "en": "Make quiz"},
    "tr_files": {"vi": "Tệp tải về", "en": "Downloads"},
    "tr_pick": {"vi": "Hãy chọn văn bản.", "en": "Choose a document."},
    "tr_pick_two": {"vi": "Hãy chọn 2 hoặc 3 văn bản.", "en": "Choose two or three documents."},
    # chat
    "chatbot": {"vi": "Hội thoại", "en": "Conversation"},
    "question": {"vi": "Câu hỏi", "en": "Question"},
    "question_ph": {
        "vi": "Nhập câu hỏi về các văn bản, ví dụ: Hội phụ nữ phải làm gì?",
        "en": "Ask about the documents, e.g. What must the Women's Union do?",
    },
    "send": {"vi": "Gửi", "en": "Send"},
    "clear": {"vi": "Cuộc hội thoại mới", "en": "New conversation"},
    "examples": {"vi": "Câu hỏi mẫu", "en": "Example questions"},
    "mode": {"vi": "Cách trả lời", "en": "Answer mode"},
    "mode_extractive": {"vi": "Trích nguyên văn", "en": "Extractive (verbatim)"},
    "mode_llm": {"vi": "Mô hình ngôn ngữ (LLM)", "en": "Language model (LLM)"},
    "mode_llm_off": {
        "vi": "LLM chưa được cấu hình: chỉ dùng chế độ trích nguyên văn.",
        "en": "No LLM configured: extractive mode only.",
    },
    "filters": {"vi": "Bộ lọc", "en": "Filters"},
    "filter_docs": {"vi": "Văn bản", "en": "Documents"},
    "filter_org": {"vi": "Tổ chức", "en": "Organisation"},
    "filter_years": {"vi": "Năm ban hành", "en": "Year issued"},
    "citations": {"vi": "Trích dẫn", "en": "Citations"},
    "citation_pick": {"vi": "Chọn trích dẫn để xem", "en": "Pick a citation to view"},
    "viewer": {"vi": "Nguồn trích dẫn", "en": "Cited source"},
    "viewer_empty": {
        "vi": "Chọn một trích dẫn [n] để xem đoạn văn bản gốc.",
        "en": "Pick a citation [n] to see the original passage.",
    },
    "copy": {"vi": "Sao chép câu trả lời kèm trích dẫn", "en": "Copy the answer with its citations"},
    "sources": {"vi": "Nguồn", "en": "Sources"},
    "see_also": {"vi": "Xem thêm", "en": "See also"},
    "no_answer": {
        "vi": "Không tìm thấy thông tin trong các văn bản đã nạp.",
        "en": "Not found in the loaded documents.",
    },
    "thinking": {"vi": "Đang tìm trong văn bản…", "en": "Searching the documents…"},
    # viewer
    "meta_type": {"vi": "Loại văn bản", "en": "Type"},
    "meta_number": {"vi": "Số, ký hiệu", "en": "Number"},
    "meta_date": {"vi": "Ngày ban hành", "en": "Date"},
    "meta_issuer": {"vi": "Cơ quan ban hành", "en": "Issuer"},
    "meta_signer": {"vi": "Người ký", "en": "Signed by"},
    "meta_title": {"vi": "Trích yếu", "en": "Subject"},
    "meta_section": {"vi": "Mục", "en": "Section"},
    "meta_page": {"vi": "Trang", "en": "Page"},
    "meta_file": {"vi": "Tệp", "en": "File"},
    "open_original": {"vi": "Mở bản gốc", "en": "Open the original"},
    "open_original_page": {"vi": "Mở bản gốc tại trang {page}", "en": "Open the original at page {page}"},
    # documents
    "upload": {
        "vi": "Tải văn bản lên (PDF, DOCX, DOC, TXT, MD, HTML; chọn được nhiều tệp)",
        "en": "Upload documents (PDF, DOCX, DOC, TXT, MD, HTML; several at once)",
    },
    "upload_btn": {"vi": "Thêm vào chỉ mục", "en": "Add to the index"},
    "upload_results": {"vi": "Kết quả nạp tệp", "en": "Upload results"},
    "upload_none": {"vi": "Chưa chọn tệp nào.", "en": "No file selected."},
    "doc_list": {"vi": "Văn bản trong chỉ mục", "en": "Indexed documents"},
    "refresh": {"vi": "Làm mới", "en": "Refresh"},
    "outline": {"vi": "Cấu trúc văn bản", "en": "Document outline"},
    "outline_pick": {"vi": "Chọn văn bản", "en": "Pick a document"},
    "delete": {"vi": "Xóa văn bản khỏi chỉ mục", "en": "Delete from the index"},
    "deleted": {"vi": "Đã xóa: {name}", "en": "Deleted: {name}"},
    "reindex": {"vi": "Lập chỉ mục lại toàn bộ", "en": "Re-index everything"},
    "reindexed": {"vi": "Đã lập chỉ mục lại: {n} văn bản.", "en": "Re-indexed: {n} documents."},
    "col_file": {"vi": "Tệp", "en": "File"},
    "col_status": {"vi": "Kết quả", "en": "Status"},
    "col_pages": {"vi": "Số trang", "en": "Pages"},
    "col_sections": {"vi": "Số mục", "en": "Sections"},
    "col_ocr": {"vi": "Dùng OCR", "en": "OCR used"},
    "col_message": {"vi": "Cảnh báo / lỗi", "en": "Warnings / error"},
    "col_type": {"vi": "Loại", "en": "Type"},
    "col_number": {"vi": "Số, ký hiệu", "en": "Number"},
    "col_date": {"vi": "Ngày", "en": "Date"},
    "col_issuer": {"vi": "Cơ quan ban hành", "en": "Issuer"},
    "col_title": {"vi": "Trích yếu", "en": "Subject"},
    "col_refs": {"vi": "Thực hiện / tiếp nối văn bản", "en": "Implements / continues"},
    "st_added": {"vi": "đã thêm", "en": "added"},
    "st_changed": {"vi": "đã cập nhật", "en": "updated"},
    "st_unchanged": {"vi": "không đổi", "en": "unchanged"},
    "st_removed": {"vi": "đã xóa", "en": "removed"},
    "st_error": {"vi": "lỗi", "en": "error"},
    "st_merged": {"vi": "đã gộp (cùng văn bản)", "en": "merged (same document)"},
    "yes": {"vi": "có", "en": "yes"},
    "no": {"vi": "không", "en": "no"},
    # obligations
    "ob_org": {
        "vi": "Tổ chức (tên, viết tắt hoặc tên tiếng Anh)",
        "en": "Organisation (name, abbreviation or English name)",
    },
    "ob_org_ph": {
        "vi": "ví dụ: Hội phụ nữ, HLHPN, Women's Union",
        "en": "e.g. Hội phụ nữ, HLHPN, Women's Union",
    },
    "ob_doc": {"vi": "Văn bản", "en": "Document"},
    "ob_from": {"vi": "Hạn từ ngày (YYYY-MM-DD)", "en": "Due from (YYYY-MM-DD)"},
    "ob_to": {"vi": "Hạn đến ngày (YYYY-MM-DD)", "en": "Due until (YYYY-MM-DD)"},
    "ob_apply": {"vi": "Lọc", "en": "Filter"},
    "ob_table": {"vi": "Bảng nhiệm vụ", "en": "Obligations"},
    "ob_count": {"vi": "{n} nhiệm vụ.", "en": "{n} obligations."},
    "ob_source": {"vi": "Câu gốc trong văn bản", "en": "Source sentence"},
    "ob_source_empty": {"vi": "Chọn một dòng để xem câu gốc.", "en": "Select a row to see its source."},
    "ob_csv": {"vi": "Tải CSV", "en": "Download CSV"},
    "ob_ics": {"vi": "Tải lịch ICS", "en": "Download ICS calendar"},
    "ob_bad_date": {
        "vi": "Ngày không hợp lệ: {value} (cần dạng YYYY-MM-DD).",
        "en": "Invalid date: {value} (expected YYYY-MM-DD).",
    },
    "col_task": {"vi": "Nhiệm vụ", "en": "Task"},
    "col_lead": {"vi": "Chủ trì", "en": "Lead"},
    "col_coord": {"vi": "Phối hợp", "en": "Coordinators"},
    "col_resp": {"vi": "Trách nhiệm", "en": "Responsible"},
    "col_deadline": {"vi": "Thời hạn", "en": "Deadline"},
    "col_recurrence": {"vi": "Định kỳ", "en": "Recurrence"},
    "col_reporting": {"vi": "Báo cáo", "en": "Reporting"},
    "col_document": {"vi": "Văn bản", "en": "Document"},
    "col_section": {"vi": "Mục", "en": "Section"},
    "col_page": {"vi": "Trang", "en": "Page"},
    "col_match": {"vi": "Khớp", "en": "Match"},
    "match_named": {"vi": "nêu tên", "en": "named"},
    "match_collective": {"vi": "tập thể", "en": "collective"},
    "inferred": {"vi": "suy ra", "en": "inferred"},  # bodies the clause does not write (Obligation.inferred)
}

EXAMPLES: dict[str, list[str]] = {
    "vi": [
        "Hội phụ nữ phải làm gì theo Kết luận của Ban Thường vụ Tỉnh ủy?",
        "Ai chủ trì theo dõi việc thực hiện Kết luận 62?",
        "Hạn chót xây dựng kế hoạch thực hiện kết luận là khi nào?",
    ],
    "en": [
        "What must the Women's Union do under the Provincial Standing Committee's Conclusion?",
        "Who leads the monitoring of the implementation of Conclusion 62?",
        "What is the deadline for drawing up the plan to implement the conclusion?",
    ],
}


def t(key: str, lang: str = "vi", **kwargs: object) -> str:
    """Return the label ``key`` in ``lang`` ("vi" or "en"), formatted with ``kwargs``.

    Unknown languages fall back to Vietnamese and unknown keys to the key itself, so a missing label never
    breaks the page.
    """
    entry = LABELS.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry["vi"]
    return text.format(**kwargs) if kwargs else text


def normalize_lang(lang: str | None) -> str:
    """Map any input ("EN", "en-US", "Tiếng Việt", None) to one of ``LANGUAGES``."""
    return "en" if (lang or "").strip().lower().startswith("en") else "vi"


# Gradio's own interface strings (upload areas, buttons inside components) in Vietnamese. Gradio picks its
# strings by the browser's language, has no Vietnamese, and loads its English set after an app's custom
# translations, so they cannot be overridden through ``gr.I18n``; a small script on the page
# (``gradio_strings_js``) swaps these texts while the interface language is Vietnamese.
GRADIO_VI: dict[str, str] = {
    "Drop File Here": "Thả tệp vào đây",
    "Drop Files Here": "Thả tệp vào đây",
    "- or -": "- hoặc -",
    "Click to Upload": "Bấm để chọn tệp",
    "Uploading...": "Đang tải lên...",
    "Paste from Clipboard": "Dán từ bộ nhớ tạm",
    "Loading": "Đang tải",
    "Error": "Lỗi",
    "Clear": "Xóa",
    "Download": "Tải về",
    "Copy message": "Chép tin nhắn",
    "Copied message": "Đã chép",
    "Sort ascending": "Tăng dần",
    "Sort descending": "Giảm dần",
    "Dropdown": "Danh sách",
}


def gradio_strings_js() -> str:
    """A page script replacing Gradio's English texts (``GRADIO_VI``) while the language switch
    (``#ui-lang``) says Vietnamese; it watches the page, since components render late."""
    import json

    return (
        "(() => { const VI = " + json.dumps(GRADIO_VI, ensure_ascii=False) + ";\n"
        "const vi = () => { const r = document.querySelector('#ui-lang input[value=\"en\"]');"
        " return !(r && r.checked); };\n"
        "const fix = (root) => { if (!vi()) return; const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);"
        " let n; while ((n = w.nextNode())) { const k = n.nodeValue.trim(); if (VI[k]) n.nodeValue = n.nodeValue.replace(k, VI[k]); } };\n"
        "new MutationObserver((ms) => ms.forEach((m) => { if (m.type === 'characterData') { fix(m.target.parentNode || document.body); }"
        " m.addedNodes.forEach((x) => fix(x.nodeType === 1 ? x : x.parentNode || document.body)); }))"
        ".observe(document.documentElement, {childList: true, subtree: true, characterData: true});\n"
        "document.addEventListener('DOMContentLoaded', () => fix(document.body)); })();"
    )
