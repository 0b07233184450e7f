"""What an archive's digest check says, in words: one wording for Document details, the report and the CLI.

`Provenance.digest_check` holds the verdict; `Provenance.extra["digest_note"]` says which convention
verified it, why it cannot be checked, or what failed (app/documents/archives/warc_digest.py decides). Only
"mismatch" (every accepted convention failed) says the record was altered.
"""

from app.domain.documents import Provenance

VERIFIED = "verified"
OTHER_CONVENTION = "verified-other-convention"
CANNOT_CHECK = "cannot-check"
MISMATCH = "mismatch"
NOTE = "digest_note"  # the key of the note in Provenance.extra
# A "mismatch" recorded without a note comes from a version that checked warcio's convention only: valid
# archives of other writers (js-wacz, old Webrecorder) were called altered then. Said as what it is.
LEGACY_MISMATCH = ("does not match as warcio computes it (checked by an older Sourcemark that knew one digest "
                   "convention only; add the page again to check it under every convention)")

_WORDS = {
    VERIFIED: "matches the page's content",
    OTHER_CONVENTION: "matches the page's content under another convention",
    CANNOT_CHECK: "cannot be checked",
    MISMATCH: "DOES NOT MATCH the page's content under any accepted convention: altered or damaged after capture",
}


def digest_verdict(provenance: Provenance | None) -> str:
    """One line for the digest check ("" when nothing was checked: not an archive, or a project from before)."""
    if provenance is None or not provenance.digest_check:
        return ""
    note = provenance.extra.get(NOTE, "")
    if provenance.digest_check == MISMATCH and not note:  # judged before the conventions were known: not proof
        return LEGACY_MISMATCH
    words = _WORDS.get(provenance.digest_check, f"unknown verdict {provenance.digest_check!r}")
    return f"{words} ({note})" if note else words
