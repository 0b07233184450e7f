"""Photos: IPTC and XMP fields beside EXIF (as exiftool shows them), and AVIF photos open."""

import pytest

from app.documents.formats.image_decode import is_avif, is_heif
from app.documents.output.render import PageRenderer
from app.documents.registry import load_bytes, sniff_kind
from app.domain.documents import DocumentKind
from tests.fixtures import photo_metadata as pm


def test_iptc_and_xmp_fields_are_read_beside_exif() -> None:
    exif = load_bytes(pm.jpeg_with_iptc_and_xmp(), "bridge.jpg").exif
    assert exif["iptc_byline"] == "Oksana Petrenko"
    assert exif["iptc_caption"] == "Residents walk past the destroyed bridge over the Lopan river in Kharkiv."
    assert (exif["iptc_city"], exif["iptc_country"], exif["iptc_credit"]) == ("Kharkiv", "Ukraine", "Agency Pool")
    assert exif["iptc_date_created"] == "20260314"
    assert exif["xmp_creator"] == "Oksana Petrenko; Agency Pool"
    assert exif["xmp_city"] == "Kharkiv" and exif["xmp_country"] == "Ukraine"
    assert exif["xmp_description"] == "The destroyed bridge over the Lopan river."  # the x-default of the Alt
    assert exif["xmp_keywords"] == "bridge; war damage"
    assert exif["xmp_creator_tool"] == "Adobe Photoshop 25.0 (Windows)"


def test_iptc_in_a_legacy_code_page_and_in_utf8_without_its_marker() -> None:
    legacy = load_bytes(pm.jpeg_with_iptc_and_xmp(xmp=None, utf8=False, fields={(2, 90): "Zürich", (2, 80): "Renée Müller"}),
                        "zh.jpg").exif
    assert (legacy["iptc_city"], legacy["iptc_byline"]) == ("Zürich", "Renée Müller")
    assert not any(key.startswith("xmp_") for key in legacy)


@pytest.mark.parametrize("packet", [
    "<!DOCTYPE x [<!ENTITY a 'aaaaaaaaaa'>]><x:xmpmeta xmlns:x='adobe:ns:meta/'>&a;</x:xmpmeta>",  # no entities
    "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF",  # cut off
])
def test_a_hostile_or_broken_xmp_packet_is_ignored_and_the_photo_still_opens(packet: str) -> None:
    doc = load_bytes(pm.jpeg_with_iptc_and_xmp(xmp=packet), "odd.jpg")
    assert doc.kind is DocumentKind.IMAGE and doc.exif["iptc_byline"] == "Oksana Petrenko"
    assert not any(key.startswith("xmp_") for key in doc.exif)


def test_a_photo_without_iptc_or_xmp_has_no_such_fields() -> None:
    exif = load_bytes(pm.jpeg_with_iptc_and_xmp(iptc=False, xmp=None), "plain.jpg").exif or {}
    assert not [key for key in exif if key.startswith(("iptc_", "xmp_"))]


def test_an_avif_photo_opens_as_an_image_with_its_pixels() -> None:
    data = pm.avif_photo()
    assert is_avif(data[:64]) and not is_heif(data[:64])
    assert sniff_kind(data, "photo.avif") is DocumentKind.IMAGE and sniff_kind(data, "download.bin") is DocumentKind.IMAGE
    doc = load_bytes(data, "photo.avif")
    assert doc.kind is DocumentKind.IMAGE and (doc.text.pages[0].width, doc.text.pages[0].height) == (96, 64)
    assert "96×64 AVIF" in doc.warnings[0]
    with PageRenderer(data, DocumentKind.IMAGE, name="photo.avif") as renderer:
        raw = renderer.render(0, 1.0)
    at = 25 * raw.stride + 3 * 40  # inside the red box
    red = tuple(raw.samples[at:at + 3])
    assert red[0] > 180 and red[1] < 90 and red[2] < 90, red


def test_a_generic_mif1_file_listing_avif_among_its_brands_is_avif() -> None:
    head = b"\x00\x00\x00\x1cftypmif1\x00\x00\x00\x00mif1avifmiaf" + b"\x00" * 32
    assert is_avif(head) and not is_heif(head)
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 32
    assert is_heif(heic) and not is_avif(heic)


def test_iptc_and_xmp_fields_are_exported_with_the_document() -> None:
    from app.domain.documents import Document
    from app.domain.project import Project
    from app.exchange.json_native import export_native

    loaded = load_bytes(pm.jpeg_with_iptc_and_xmp(), "bridge.jpg")
    project = Project(name="photos")
    project.put(Document(id="d1", title="bridge", kind=DocumentKind.IMAGE, original_name="bridge.jpg", sha256="a" * 64,
                         text_sha256="b" * 64, pages=1, exif=loaded.exif))
    exported = export_native(project)["documents"][0]["exif"]
    assert exported["iptc_byline"] == "Oksana Petrenko" and exported["xmp_city"] == "Kharkiv"
