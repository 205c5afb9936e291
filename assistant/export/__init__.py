"""Exports of answers and training material: DOCX (python-docx), PDF (fpdf2, Vietnamese font embedded),
Moodle GIFT and Aiken quiz text. Each producer builds a list of ``Block`` values; each writer renders them."""

from assistant.export.blocks import Block, Heading, Para, Quote, Table
from assistant.export.docx_writer import write_docx
from assistant.export.pdf_writer import write_pdf

__all__ = ["Block", "Heading", "Para", "Quote", "Table", "write_docx", "write_pdf"]
