"""The text of a Word 97–2003 document (.doc), Word's old binary format, in which many bureaus
still write and sharing sites still serve their reports.

The text is read as Word lays it out for itself ([MS-DOC]): the File Information Block says
where the piece table is, the piece table where each run of characters lies (as UTF-16, or as
one byte each), and the paragraphs' properties which paragraph mark ends a table's row.  Of the
document's stories only the body is read (notes, headers and text boxes follow it).  A field
shows its result (a page number, a linked title), never its code.
"""
from __future__ import annotations

import io
import struct

_IDENT = 0xA5EC  # wIdent of a Word 97 and later FIB
_ENCRYPTED, _TABLE_1 = 0x0100, 0x0200  # FibBase flags: fEncrypted, fWhichTblStm
_CCP_TEXT = 0x4C  # FibRgLw97.ccpText: the body's length in characters
_FC_LCB = 0x9A  # FibRgFcLcb97: pairs of (offset in the table stream, length)
_CLX, _BTE_PAPX = 33, 13  # their places among those pairs
_TTP = {0x2417, 0x244C}  # sprmPFTtp, sprmPFInnerTtp: the paragraph ends a table's row
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"
# Word's marks in its text, as lines and cells of plain text (row ends are found apart: `_row_ends`)
_MARKS = str.maketrans({"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x0e": "\n", "\x07": "\t", "\x1e": "-",
                        "\x1f": None, "\x01": None, "\x02": None, "\x05": None, "\x08": None, "\x00": None})


class DocError(ValueError):
    """Bytes that are not a Word 97–2003 document this module can read, and why."""


def text(data: bytes) -> str:
    """The body of a .doc as plain text: paragraphs as lines, a table's cells split by tabs."""
    try:
        return _text(data)
    except DocError:
        raise
    except (OSError, ValueError, struct.error, IndexError) as exc:  # olefile's, and a damaged file's tables
        raise DocError("not a Word document (damaged)") from exc


def _text(data: bytes) -> str:
    import olefile

    ole = olefile.OleFileIO(io.BytesIO(data))
    if not ole.exists("WordDocument"):
        raise DocError("not a Word document")
    word = ole.openstream("WordDocument").read()
    if len(word) < 0x200 or struct.unpack_from("<H", word, 0)[0] != _IDENT:
        raise DocError("a Word document older than Word 97; save it as .docx")
    flags = struct.unpack_from("<H", word, 0x0A)[0]
    if flags & _ENCRYPTED:
        raise DocError("a Word document locked by a password")
    name = "1Table" if flags & _TABLE_1 else "0Table"
    if not ole.exists(name):
        raise DocError("not a Word document (no table stream)")
    table = ole.openstream(name).read()
    pieces, ends = _pieces(word, table), _row_ends(word, table)
    body = struct.unpack_from("<i", word, _CCP_TEXT)[0]
    out, read = [], 0
    for start, chars, wide in pieces:
        if read >= body:
            break
        chars = min(chars, body - read)
        width = 2 if wide else 1
        run = word[start:start + width * chars].decode("utf-16-le" if wide else "cp1252", errors="replace")
        out.append("".join("\n" if c == "\x07" and start + width * (k + 1) in ends else c
                           for k, c in enumerate(run)) if "\x07" in run else run)
        read += chars
    return _shown("".join(out)).translate(_MARKS).replace("\t\n", "\n")  # a row's last cell ends with the row


def _pair(fib: bytes, index: int) -> tuple[int, int]:
    """An (offset, length) pair of the FIB's FibRgFcLcb97, which lie in the table stream."""
    return struct.unpack_from("<II", fib, _FC_LCB + 8 * index)


def _pieces(word: bytes, table: bytes) -> list[tuple[int, int, bool]]:
    """The piece table: each piece's offset in the WordDocument stream, its length in characters,
    and whether it is UTF-16 (else one byte a character, Windows-1252)."""
    at, size = _pair(word, _CLX)
    clx = table[at:at + size]
    i = 0
    while i < len(clx) and clx[i] == 1:  # Prc: formatting of pieces, before the piece table
        i += 3 + struct.unpack_from("<h", clx, i + 1)[0]
    if i >= len(clx) or clx[i] != 2:
        raise DocError("not a Word document (no piece table)")
    size = struct.unpack_from("<I", clx, i + 1)[0]
    plc = clx[i + 5:i + 5 + size]
    n = (size - 4) // 12
    cps = struct.unpack_from(f"<{n + 1}I", plc)
    pieces = []
    for k in range(n):
        fc = struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * k + 2)[0]
        compressed = bool(fc & 0x40000000)
        fc &= 0x3FFFFFFF
        pieces.append((fc // 2 if compressed else fc, cps[k + 1] - cps[k], not compressed))
    return pieces


def _row_ends(word: bytes, table: bytes) -> set[int]:
    """Where in the stream the paragraphs end whose marks end a table's row, from the paragraphs'
    properties (PlcBtePapx → PapxFkp pages): a cell's end and a row's look alike in the text."""
    at, size = _pair(word, _BTE_PAPX)
    if size < 4:
        return set()
    n = (size - 4) // 8
    pages = struct.unpack_from(f"<{n}I", table, at + 4 * (n + 1))
    ends = set()
    for page in pages:
        fkp = word[page * 512:(page + 1) * 512]
        if len(fkp) < 512:
            continue
        runs = fkp[511]
        fcs = struct.unpack_from(f"<{runs + 1}I", fkp)
        for k in range(runs):
            offset = fkp[4 * (runs + 1) + 13 * k] * 2
            if offset and _is_ttp(fkp, offset):
                ends.add(fcs[k + 1])  # where the paragraph, and so its mark, ends
    return ends


def _is_ttp(fkp: bytes, offset: int) -> bool:
    """Whether a PapxInFkp sets sprmPFTtp or sprmPFInnerTtp."""
    cb = fkp[offset]
    start, size = (offset + 2, 2 * fkp[offset + 1]) if cb == 0 else (offset + 1, 2 * cb - 1)
    grpprl, i = fkp[start + 2:start + size], 0  # after the paragraph's style (istd)
    while i + 2 <= len(grpprl):
        sprm = struct.unpack_from("<H", grpprl, i)[0]
        operand = _operand_size(sprm, grpprl, i + 2)
        if sprm in _TTP and i + 2 < len(grpprl) and grpprl[i + 2]:
            return True
        i += 2 + operand
    return False


def _operand_size(sprm: int, grpprl: bytes, at: int) -> int:
    """The length of a property's operand, by the size code in its top three bits."""
    spra = sprm >> 13
    if spra in (0, 1):
        return 1
    if spra in (2, 4, 5):
        return 2
    if spra == 7:
        return 3
    if spra == 3:
        return 4
    if sprm in (0xD606, 0xD608):  # sprmTDefTable and sprmTDefTable10: a two-byte length
        return 1 + struct.unpack_from("<H", grpprl, at)[0] if at + 2 <= len(grpprl) else len(grpprl)
    return 1 + grpprl[at] if at < len(grpprl) else 0


def _shown(text: str) -> str:
    """The text as Word shows it: each field's result, without its code (\\x13 code \\x14 result \\x15)."""
    if _FIELD_BEGIN not in text:
        return text
    out: list[str] = []
    stack: list[bool] = []  # for each open field, whether its result has begun
    for c in text:
        if c == _FIELD_BEGIN:
            stack.append(False)
        elif c == _FIELD_SEPARATOR and stack:
            stack[-1] = True
        elif c == _FIELD_END and stack:
            stack.pop()
        elif all(stack):
            out.append(c)
    return "".join(out)
