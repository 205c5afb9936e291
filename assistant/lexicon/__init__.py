"""One source for the words the documents use: document types (``doc_types``); parse, query, retrieve and
obligations import them from here instead of keeping their own lists."""
