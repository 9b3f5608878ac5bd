"""PDF reports (reportlab): the report model, fonts, the handover and letter layouts. No Qt.

The builders in services/ produce a `model.Report`; the preview (HTML/plain text) and the PDF
are both rendered from that one object, so what the coach previews is what is written.
"""
