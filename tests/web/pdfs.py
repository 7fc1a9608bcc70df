"""A small, valid PDF with a real text layer, written by hand (no PDF library needed)."""

from __future__ import annotations


def text_pdf(lines: list[str]) -> bytes:
    """One A4 page with ``lines`` in Helvetica, one below the other."""
    escaped = [line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for line in lines]
    stream = "BT /F1 11 Tf 14 TL 56 780 Td " + " ".join(f"({line}) '" for line in escaped) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("latin-1")
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode("latin-1")
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode("latin-1")
    return bytes(out)


RESUME_LINES = [
    "Jordan Lee - Data Analyst",
    "Experience",
    "Data Analyst, Brightside Retail, 2020 - present",
    "- Built a weekly sales dashboard in Tableau used by 40 store managers.",
    "- Automated the stock report in Python and SQL, saving 6 hours a week.",
    "- Led an A/B test of email offers that raised repeat purchases by 12%.",
    "Skills: SQL, Python, pandas, Tableau, Excel, A/B testing",
]
CORRUPT_PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nthis is not a real PDF\n%%EOF"
