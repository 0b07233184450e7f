"""How a quote is shown to people: "(OCR)" is a remark about the quote, so it stands outside the quotation marks."""

from app.domain.annotations import Annotation, Quad
from app.domain.ids import AnnotationId, DocumentId
from app.services.labels import quote_label


def _ann(exact: str, *, ocr: bool = False, quads: tuple[Quad, ...] = ()) -> Annotation:
    return Annotation(AnnotationId("a"), DocumentId("d"), 0, len(exact), exact, quads=quads, ocr=ocr)


def test_ocr_stands_outside_the_quotation_marks() -> None:
    assert quote_label(_ann("Ivan Petrov said", ocr=True), quoted=True) == "“Ivan Petrov said” (OCR)"
    assert quote_label(_ann("Ivan Petrov said"), quoted=True) == "“Ivan Petrov said”"


def test_lists_keep_the_bare_quote() -> None:
    assert quote_label(_ann("Ivan Petrov said", ocr=True)) == "Ivan Petrov said (OCR)"


def test_a_region_is_not_quoted() -> None:
    region = Annotation(AnnotationId("r"), DocumentId("d"), 0, 0, "", quads=(Quad(0, 10, 20, 110, 70),))
    assert quote_label(region, quoted=True) == "[region 10,20 100×50]"
