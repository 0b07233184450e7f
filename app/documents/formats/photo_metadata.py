"""IPTC and XMP fields of a photo, beside its EXIF: who made it, what it shows, where, and what edited it.

Agencies and newsrooms write the caption, by-line and place into IPTC (IIM, in JPEG's APP13 or TIFF tag
33723) and XMP (an RDF packet in JPEG APP1, PNG iTXt, TIFF tag 700, WebP, HEIF and AVIF); exiftool shows
both. Pillow finds them (IptcImagePlugin.getiptcinfo, image.info["xmp"]); XMP is parsed here with the
standard library, and a packet with a DOCTYPE or an entity is not parsed at all (no entity expansion).
Keys are prefixed "iptc_" and "xmp_" so they never overwrite an EXIF field.
"""

import xml.etree.ElementTree as ET
from typing import Any

MAX_XMP = 1 << 20
LIMIT = 2000  # Document.exif's limit per value
_IPTC = {
    (2, 5): "iptc_object_name", (2, 105): "iptc_headline", (2, 120): "iptc_caption", (2, 122): "iptc_caption_writer",
    (2, 80): "iptc_byline", (2, 85): "iptc_byline_title", (2, 110): "iptc_credit", (2, 115): "iptc_source",
    (2, 116): "iptc_copyright", (2, 90): "iptc_city", (2, 92): "iptc_sublocation", (2, 95): "iptc_state",
    (2, 100): "iptc_country_code", (2, 101): "iptc_country", (2, 55): "iptc_date_created", (2, 60): "iptc_time_created",
    (2, 25): "iptc_keywords",
}
_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
_XMP = {
    "{http://purl.org/dc/elements/1.1/}": {"creator": "xmp_creator", "description": "xmp_description",
                                           "title": "xmp_title", "rights": "xmp_rights", "subject": "xmp_keywords"},
    "{http://ns.adobe.com/photoshop/1.0/}": {"City": "xmp_city", "State": "xmp_state", "Country": "xmp_country",
                                             "Credit": "xmp_credit", "Source": "xmp_source", "Headline": "xmp_headline",
                                             "DateCreated": "xmp_date_created", "AuthorsPosition": "xmp_creator_title"},
    "{http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/}": {"Location": "xmp_sublocation", "CountryCode": "xmp_country_code"},
    "{http://ns.adobe.com/xap/1.0/}": {"CreatorTool": "xmp_creator_tool", "CreateDate": "xmp_create_date",
                                       "ModifyDate": "xmp_modify_date"},
}


def photo_fields(image: Any) -> dict[str, str]:
    """IPTC and XMP fields as text ({} when there are none or they cannot be read)."""
    return {**_iptc(image), **_xmp(image)}


def _iptc(image: Any) -> dict[str, str]:
    if getattr(image, "format", "") not in ("JPEG", "TIFF"):  # where Pillow finds IPTC; importing its plugin
        return {}                                                # for others would change which plugin opens what
    from PIL import IptcImagePlugin

    try:
        info = IptcImagePlugin.getiptcinfo(image) or {}
    except Exception:  # noqa: BLE001 - a damaged IPTC block is no reason to refuse the photo
        return {}
    utf8 = b"\x1b%G" in _joined(info.get((1, 90)))
    out: dict[str, str] = {}
    for tag, key in _IPTC.items():
        value = info.get(tag)
        if value is None:
            continue
        parts = value if isinstance(value, list) else [value]
        text = "; ".join(t for t in (_decode(p, utf8) for p in parts) if t)
        if text:
            out[key] = text[:LIMIT]
    return out


def _joined(value: Any) -> bytes:
    if isinstance(value, list):
        return b"".join(v for v in value if isinstance(v, bytes))
    return value if isinstance(value, bytes) else b""


def _decode(value: Any, utf8: bool) -> str:
    if not isinstance(value, bytes):
        return ""
    try:
        text = value.decode("utf-8")  # also without the UTF-8 marker: most writers since 2005 use it
    except UnicodeDecodeError:
        text = "" if utf8 else value.decode("cp1252", "replace")
    return " ".join(text.replace("\x00", "").split())


def _xmp(image: Any) -> dict[str, str]:
    packet = _packet(image)
    if not packet or len(packet) > MAX_XMP or b"<!DOCTYPE" in packet or b"<!ENTITY" in packet:
        return {}
    try:
        root = ET.fromstring(packet.strip(b"\x00 \r\n\t"))
    except (ET.ParseError, ValueError):
        return {}
    out: dict[str, str] = {}
    for description in root.iter(f"{_RDF}Description"):
        for name, value in description.attrib.items():  # the short form: photoshop:City="Kharkiv"
            key = _key(name)
            if key and value.strip() and key not in out:
                out[key] = " ".join(value.split())[:LIMIT]
        for element in description:
            key = _key(element.tag)
            text = _property_text(element) if key else ""
            if key and text and key not in out:
                out[key] = text[:LIMIT]
    return out


def _packet(image: Any) -> bytes:
    info = getattr(image, "info", {}) or {}
    for value in (info.get("xmp"), info.get("XML:com.adobe.xmp"), getattr(image, "tag_v2", {}).get(700)):
        if isinstance(value, str):
            return value.encode("utf-8")
        if isinstance(value, (bytes, bytearray)):
            return bytes(value)
    return b""


def _key(tag: str) -> str:
    namespace, _, local = tag.rpartition("}")
    return _XMP.get(namespace + "}", {}).get(local, "")


def _property_text(element: ET.Element) -> str:
    """A simple value, or the items of an rdf:Seq/Bag (joined by "; "), or the x-default of an rdf:Alt."""
    items = [li for container in element for li in container if li.tag == f"{_RDF}li"]
    if not items:
        return " ".join((element.text or "").split())
    default = [li for li in items if li.get("{http://www.w3.org/XML/1998/namespace}lang") == "x-default"]
    if default and any(c.tag == f"{_RDF}Alt" for c in element):
        items = default
    return "; ".join(t for t in (" ".join((li.text or "").split()) for li in items) if t)
