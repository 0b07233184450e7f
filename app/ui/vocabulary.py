"""The domain's words as the interface shows them: verdicts, categories, kinds, relations, grades, in the
interface's language. The domain keeps its English values (stored, exported, scripted against); only what the
GUI displays goes through here. Unknown values come back as they are.
"""

from PySide6.QtCore import QCoreApplication

from app.ui.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "Vocabulary"
# Every value below, marked so lupdate collects it (context "Vocabulary"); `term` looks it up at run time.
_TERMS = (
    # verdicts (domain.claims.Verdict)
    QT_TRANSLATE_NOOP("Vocabulary", "unverified"), QT_TRANSLATE_NOOP("Vocabulary", "true"),
    QT_TRANSLATE_NOOP("Vocabulary", "mostly true"), QT_TRANSLATE_NOOP("Vocabulary", "mixed"),
    QT_TRANSLATE_NOOP("Vocabulary", "mostly false"), QT_TRANSLATE_NOOP("Vocabulary", "false"),
    QT_TRANSLATE_NOOP("Vocabulary", "misleading"), QT_TRANSLATE_NOOP("Vocabulary", "unproven"),
    # annotation categories and object kinds
    QT_TRANSLATE_NOOP("Vocabulary", "highlight"), QT_TRANSLATE_NOOP("Vocabulary", "claim"),
    QT_TRANSLATE_NOOP("Vocabulary", "actor"), QT_TRANSLATE_NOOP("Vocabulary", "source"),
    QT_TRANSLATE_NOOP("Vocabulary", "question"), QT_TRANSLATE_NOOP("Vocabulary", "document"),
    QT_TRANSLATE_NOOP("Vocabulary", "annotation"), QT_TRANSLATE_NOOP("Vocabulary", "link"),
    # anchor states
    QT_TRANSLATE_NOOP("Vocabulary", "exact"), QT_TRANSLATE_NOOP("Vocabulary", "moved"),
    QT_TRANSLATE_NOOP("Vocabulary", "fuzzy"), QT_TRANSLATE_NOOP("Vocabulary", "orphan"),
    # document kinds (html, pdf and epub are format names, shown as they are)
    QT_TRANSLATE_NOOP("Vocabulary", "text"), QT_TRANSLATE_NOOP("Vocabulary", "image"),
    # actor kinds
    QT_TRANSLATE_NOOP("Vocabulary", "person"), QT_TRANSLATE_NOOP("Vocabulary", "organisation"),
    QT_TRANSLATE_NOOP("Vocabulary", "state body"), QT_TRANSLATE_NOOP("Vocabulary", "media outlet"),
    QT_TRANSLATE_NOOP("Vocabulary", "other"),
    # relations (domain.links.Relation)
    QT_TRANSLATE_NOOP("Vocabulary", "states"), QT_TRANSLATE_NOOP("Vocabulary", "mentions"),
    QT_TRANSLATE_NOOP("Vocabulary", "made-by"), QT_TRANSLATE_NOOP("Vocabulary", "about"),
    QT_TRANSLATE_NOOP("Vocabulary", "supports"), QT_TRANSLATE_NOOP("Vocabulary", "contradicts"),
    QT_TRANSLATE_NOOP("Vocabulary", "context"), QT_TRANSLATE_NOOP("Vocabulary", "cites"),
    # how a name is written in a mention (domain.links.MentionReason)
    QT_TRANSLATE_NOOP("Vocabulary", "misspelling"), QT_TRANSLATE_NOOP("Vocabulary", "transliteration"),
    QT_TRANSLATE_NOOP("Vocabulary", "alias"), QT_TRANSLATE_NOOP("Vocabulary", "title"),
    # the Admiralty grade's two scales (domain.sources.RELIABILITY, CREDIBILITY)
    QT_TRANSLATE_NOOP("Vocabulary", "completely reliable"), QT_TRANSLATE_NOOP("Vocabulary", "usually reliable"),
    QT_TRANSLATE_NOOP("Vocabulary", "fairly reliable"), QT_TRANSLATE_NOOP("Vocabulary", "not usually reliable"),
    QT_TRANSLATE_NOOP("Vocabulary", "unreliable"), QT_TRANSLATE_NOOP("Vocabulary", "reliability cannot be judged"),
    QT_TRANSLATE_NOOP("Vocabulary", "confirmed by other sources"), QT_TRANSLATE_NOOP("Vocabulary", "probably true"),
    QT_TRANSLATE_NOOP("Vocabulary", "possibly true"), QT_TRANSLATE_NOOP("Vocabulary", "doubtful"),
    QT_TRANSLATE_NOOP("Vocabulary", "improbable"), QT_TRANSLATE_NOOP("Vocabulary", "truth cannot be judged"),
)


def term(value: object) -> str:
    """A domain value (an enum or its string) in the interface's language, lower case as the domain has it."""
    text = str(getattr(value, "value", value))
    return QCoreApplication.translate(_CONTEXT, text) if text else text


def label(value: object) -> str:
    """The same, capitalised for a list or a heading ("Mostly true")."""
    text = term(value)
    return text[:1].upper() + text[1:]
