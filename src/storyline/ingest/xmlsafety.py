"""A cheap safety check of an XML document's prolog before any XML parser sees it.

Feeds come from strangers. An XML parser that honours a DOCTYPE's internal subset can be made to
expand entities exponentially ("billion laughs") or to read local files and URLs (external
entities). :func:`check_xml_prolog` reads the prolog (XML declaration, comments, processing
instructions, DOCTYPE) without parsing the document and refuses:

- external entities (``SYSTEM`` / ``PUBLIC``), general or parameter;
- parameter entities and parameter-entity references (they can pull in external DTDs);
- entities whose replacement text refers to other entities (the nesting that makes bombs);
- more than a few dozen entity declarations, or very long replacement texts.

Plain entities such as ``<!ENTITY id "tag:example.com,">`` stay allowed: feeds use them and they
cannot grow. A DOCTYPE that only names an external DTD (Netscape RSS 0.91) is allowed too: it
declares no entity and feedparser never fetches it.
"""

from __future__ import annotations

import codecs
import re

from ..errors import InputError

MAX_ENTITIES = 64
MAX_ENTITY_CHARS = 4096

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# the first four bytes of '<?xm' or '<rss' in UTF-16/32 without a byte order mark
_NUL_PATTERNS = (
    (b"<\x00\x00\x00", "utf-32-le"), (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00", "utf-16-le"), (b"\x00<", "utf-16-be"),
)
_WS = re.compile(r"[ \t\r\n\ufeff]*")
_ENTITY_DECL = re.compile(r"<!ENTITY\b", re.IGNORECASE)
_ENTITY_HEAD = re.compile(r"<!ENTITY\s+(?P<pe>%\s+)?(?P<name>[^\s\"'>]+)\s*", re.IGNORECASE)
_EXTERNAL = re.compile(r"(SYSTEM|PUBLIC)\b", re.IGNORECASE)
_LITERAL = re.compile(r"\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)'")
_CHAR_REF = re.compile(r"&#(?:[0-9]+|x[0-9a-fA-F]+);")
_PE_REF = re.compile(r"%[A-Za-z_:][\w.:-]*;")


class UnsafeXML(InputError):
    """The document declares entities that an XML parser must not be given."""


def check_xml_prolog(data: bytes) -> None:
    """Raise :class:`UnsafeXML` when the prolog declares dangerous entities; return otherwise."""
    text = prolog_text(data)
    subset = _internal_subset(text)
    if subset is None:
        return
    declarations = list(_ENTITY_DECL.finditer(subset))
    if len(declarations) > MAX_ENTITIES:
        raise UnsafeXML(f"unsafe XML: the DOCTYPE declares {len(declarations)} entities (limit {MAX_ENTITIES})")
    for match in declarations:
        _check_entity(subset, match.start())
    if _PE_REF.search(_strip_literals(subset)):
        raise UnsafeXML("unsafe XML: the DOCTYPE uses parameter-entity references")


def prolog_text(data: bytes) -> str:
    """The document as text, good enough to read markup: UTF-16/32 decoded, other bytes as Latin-1."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    for pattern, encoding in _NUL_PATTERNS:
        if data.startswith(pattern):
            return data.decode(encoding, errors="replace")
    return data.decode("latin-1")


def _internal_subset(text: str) -> str | None:
    """The DOCTYPE's internal subset (between ``[`` and ``]``), if the prolog has one."""
    pos = 0
    while True:
        blank = _WS.match(text, pos)
        pos = blank.end() if blank else pos
        if text.startswith("<?", pos):
            pos = _skip_to(text, "?>", pos + 2)
        elif text.startswith("<!--", pos):
            pos = _skip_to(text, "-->", pos + 4)
        elif text[pos:pos + 9].upper() == "<!DOCTYPE":
            return _doctype_subset(text, pos + 9)
        else:
            return None
        if pos < 0:
            return None


def _skip_to(text: str, end: str, pos: int) -> int:
    found = text.find(end, pos)
    return found + len(end) if found >= 0 else -1


def _doctype_subset(text: str, pos: int) -> str | None:
    """From after ``<!DOCTYPE``: the internal subset, or None when the DOCTYPE has none.

    An unterminated subset runs to the end of the text: its declarations are checked all the same.
    """
    quote = ""
    for index in range(pos, len(text)):
        char = text[index]
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == ">":
            return None
        elif char == "[":
            return text[index + 1:_subset_end(text, index + 1)]
    return None


def _subset_end(text: str, pos: int) -> int:
    """Index of the ``]`` closing the internal subset, skipping quoted literals and comments."""
    index = pos
    while index < len(text):
        char = text[index]
        if char in "\"'":
            close = text.find(char, index + 1)
            index = close + 1 if close >= 0 else len(text)
        elif text.startswith("<!--", index):
            close = text.find("-->", index + 4)
            index = close + 3 if close >= 0 else len(text)
        elif char == "]":
            return index
        else:
            index += 1
    return len(text)


def _strip_literals(subset: str) -> str:
    return _LITERAL.sub('""', subset)


def _check_entity(subset: str, start: int) -> None:
    head = _ENTITY_HEAD.match(subset, start)
    if head is None:
        raise UnsafeXML("unsafe XML: the DOCTYPE has a malformed entity declaration")
    name = head.group("name")
    if head.group("pe"):
        raise UnsafeXML(f"unsafe XML: the DOCTYPE declares a parameter entity ({name})")
    if _EXTERNAL.match(subset, head.end()):
        raise UnsafeXML(f"unsafe XML: the DOCTYPE declares an external entity ({name})")
    literal = _LITERAL.match(subset, head.end())
    if literal is None:
        raise UnsafeXML(f"unsafe XML: the DOCTYPE declares entity {name} without a quoted value")
    value = literal.group("dq") if literal.group("dq") is not None else literal.group("sq") or ""
    if len(value) > MAX_ENTITY_CHARS:
        raise UnsafeXML(f"unsafe XML: entity {name} is {len(value)} characters long (limit {MAX_ENTITY_CHARS})")
    if "&" in _CHAR_REF.sub("", value) or _PE_REF.search(value):
        raise UnsafeXML(f"unsafe XML: entity {name} refers to other entities (entity expansion)")
