"""Ids are UUID4 strings; typed aliases keep signatures readable."""

import uuid
from typing import NewType

DocumentId = NewType("DocumentId", str)
AnnotationId = NewType("AnnotationId", str)
ClaimId = NewType("ClaimId", str)
ActorId = NewType("ActorId", str)
SourceId = NewType("SourceId", str)
LinkId = NewType("LinkId", str)


def new_id() -> str:
    return str(uuid.uuid4())
