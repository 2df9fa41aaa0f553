#!/usr/bin/env python3
"""Writes the XLSX interview sheets the observation-import tests read.

Python's zipfile writes the Office Open XML parts by hand, so that each file
holds exactly the cell kinds under test: shared strings, inline strings,
numbers, a date as Excel stores it (a day serial with a date format) and a
formula with its cached value. Run it from the repository root after changing
a sheet; the .xlsx files are checked in.
"""
import datetime
import sys
import zipfile
from xml.sax.saxutils import escape

HEADER = ("Date", "Practice", "Level", "Question", "Confidence", "Evidence", "Source", "Interviewee", "Notes")


def serial(iso):
    """An ISO date as Excel's 1900-system day serial."""
    return (datetime.date.fromisoformat(iso) - datetime.date(1899, 12, 30)).days


def column(i):
    name = ""
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def cell(ref, value, strings):
    """value: str (shared), ("inline", s), int/float, ("date", iso), ("formula", f, cached), ("text-date", s)."""
    if value is None:
        return ""
    if isinstance(value, str):
        if value not in strings:
            strings.append(value)
        return f'<c r="{ref}" t="s"><v>{strings.index(value)}</v></c>'
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    kind = value[0]
    if kind == "inline":
        return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(value[1])}</t></is></c>'
    if kind == "date":
        return f'<c r="{ref}" s="1"><v>{serial(value[1])}</v></c>'
    if kind == "serial":  # a day serial in a cell without a date format
        return f'<c r="{ref}"><v>{serial(value[1])}</v></c>'
    if kind == "formula":
        return f'<c r="{ref}"><f>{escape(value[1])}</f><v>{value[2]}</v></c>'
    raise ValueError(kind)


def write(path, sheet_name, rows):
    strings = []
    xml_rows = []
    for r, row in enumerate(rows, start=1):
        cells = "".join(cell(f"{column(c)}{r}", v, strings) for c, v in enumerate(row, start=1))
        xml_rows.append(f'<row r="{r}">{cells}</row>')
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    sst = "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings)
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook {ns} {rel}><sheets>'
        f'<sheet name="{escape(sheet_name)}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
        "xl/styles.xml": f'<?xml version="1.0" encoding="UTF-8"?><styleSheet {ns}><cellXfs count="2">'
        '<xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>',
        "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8"?><sst {ns} count="{len(strings)}" uniqueCount="{len(strings)}">{sst}</sst>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}><sheetData>{"".join(xml_rows)}</sheetData></worksheet>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 0, 0, 0))  # fixed: the same bytes on every run
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)


GOOD = [
    HEADER,
    (("date", "2026-11-16"), "leadership-commitment", 4, "Does the board steer on customer figures?", "high",
     ("inline", "The board reviews NPS and complaints every month."), "Interview", "M. de Vries, director Klantenservice", "x"),
    (("date", "2026-11-16"), "leadership-commitment", ("formula", "2+2", 4), "Is there budget for customer projects?", "high",
     "The CCM budget was restored for 2027.", "Interview", "M. de Vries, director Klantenservice", None),
    (("serial", "2026-11-17"), "channel-bonding", 4, "Do the channels share one customer history?", "medium",
     "The portal and the contact centre now share the CRM.", "Workshop channels", None, None),
    (("date", "2026-11-16"), "market-sensing", None, "Do you know why customers leave?", None, None, "Interview", None, None),
]

BAD = [
    HEADER,
    (("date", "2026-11-16"), "leadership-commitment", 0, "Q", "high", "e", "Interview", None, None),
    (("date", "2026-11-16"), "leadership", 3, "Q", "high", "e", "Interview", None, None),
    ("16-11-2026", "channel-bonding", 3, "Q", "sure", "e", "Interview", None, None),
    (("date", "2026-11-16"), "channel-bonding", 3.5, "Q", "low", "e", None, None, None),
]

if __name__ == "__main__":
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    write(f"{root}/tests/cli/import/answers.xlsx", "Interviews", GOOD)
    write(f"{root}/tests/golden/cases/import-observations-xlsx-bad/answers.xlsx", "Antwoorden", BAD)
