"""What the record mapping (records) and the trusted constructors (record_constructors) share: the class of
each kind, the enum of each enum field, the id pattern, and the fields written only when set."""

import re
from enum import Enum

from app.domain.actors import Actor, ActorKind
from app.domain.annotations import AnchorStatus, Annotation
from app.domain.claims import Claim, Verdict
from app.domain.documents import Document, DocumentKind
from app.domain.links import Kind, Link, MentionReason, Relation
from app.domain.sources import Source

CLASSES: dict[Kind, type] = {
    Kind.DOCUMENT: Document,
    Kind.ANNOTATION: Annotation,
    Kind.CLAIM: Claim,
    Kind.ACTOR: Actor,
    Kind.SOURCE: Source,
    Kind.LINK: Link,
}
ENUMS: dict[str, type[Enum]] = {
    "kind": DocumentKind,  # replaced per class below where the name is shared
    "verdict": Verdict,
    "status": AnchorStatus,
    "subject_kind": Kind,
    "object_kind": Kind,
    "relation": Relation,
    "reason": MentionReason,
}
KIND_ENUM = {Document: DocumentKind, Actor: ActorKind}
# Ids name files (annotations/<document id>.json) and appear in URNs: no separators, no leading dot.
SAFE_ID = re.compile(r"^[A-Za-z0-9_:-][A-Za-z0-9._:-]{0,199}$")


# Fields added after version 1 are written only when set, so records without them stay byte-identical
# (older exports, tests and other tools see exactly what they saw before).
OMIT_DEFAULT = {"exif": {}, "ocr_layer": "", "ocr": False, "ocr_confidence": None, "history": (),
                "hidden_passages": ()}
