"""Descriptions and examples of every subcommand (`sourcemark COMMAND --help`, the man page), and the help of
positional arguments a command registered without one. Kept apart from the registrations so a command's
flags and its prose can be read (and translated) separately."""

import argparse
from typing import Any

DESCRIPTION = """\
Source verification workbench: highlight spans of articles and PDFs, link them to claims, actors and sources.
Without a COMMAND, opens the desktop app (PROJECT: a project folder, default the last one)."""

EPILOG = """\
examples:
  sourcemark                              open the app on the last project
  sourcemark Kursk.sourcemark             open this project in the app
  sourcemark --demo --screenshot out.png  render the demo's main window to a PNG
  sourcemark add P story.html --json      add a document; print what was added as JSON

exit codes: 0 ok, 1 done but something needs attention, 2 bad usage or input, 3 project locked,
4 network fault, 70 internal error (docs/user/cli-exit-codes-and-scripting.md).
A file argument of - is standard input (import) or output (export -o -)."""

# name: (description, examples). The first line of the description is what `sourcemark --help` lists too.
TEXTS: dict[str, tuple[str, str]] = {
    "new": ("Create an empty project folder; prints its path.",
            "sourcemark new Kursk.sourcemark --name 'Kursk bridge'"),
    "add": ("Add documents to a project: text, Markdown, saved HTML, PDF, EPUB, MHTML, web archives (WARC, ARC,\n"
            "WACZ: one document per archived HTML page) and images. Prints one line per document: id, kind, pages,\n"
            "title. The same file again is reported, not duplicated.",
            "sourcemark add P story.html report.pdf\n"
            "sourcemark add P crawl.warc.gz --page-url https://example.org/a   # one archived page\n"
            "sourcemark add P scan.png --ocr --lang eng+ukr\n"
            "sourcemark add P story-v2.html --replaces DOCUMENT_ID             # a new version, re-anchored"),
    "pages": ("List the HTML pages a web archive (WARC, ARC, WACZ, MHTML) holds: record id, capture time, URL, title;\n"
              "choose them with add --page-url / --record.",
              "sourcemark pages crawl.warc.gz\nsourcemark pages crawl.wacz --json | jq -r '.[].url'"),
    "list": ("List the objects of a project, one line each (--json: every field).",
             "sourcemark list P documents\nsourcemark list P annotations --document DOCUMENT_ID --json"),
    "text": ("Print a document's canonical text: the text every offset (annotate --start/--end) counts in.",
             "sourcemark text P DOCUMENT_ID | grep -n Pyongyang"),
    "check": ("Verify stored files (SHA-256), references and schema. Prints each problem; exit 1 if any.",
              "sourcemark check P || echo 'needs attention'\nsourcemark check P --json"),
    "export": ("Export annotations (json, csv, w3c, claimreview, couch, graphml, ftm) to a file or standard output,\n"
               "or a PDF with its highlights as PDF annotations. CSV on standard output has no byte order mark\n"
               "unless --bom; a CSV file has one (for Excel) unless --no-bom.",
               "sourcemark export P --format w3c -o annotations.jsonld\n"
               "sourcemark export P --format csv --table claims | csvlook\n"
               "sourcemark export P --format pdf --document DOCUMENT_ID -o marked.pdf"),
    "import": ("Import a native JSON, W3C or Hypothesis annotation file, all or nothing, as one undo step. Prints\n"
               "the counts per document: new, already present, updated, not in this project.",
               "sourcemark import P annotations.jsonld --dry-run\n"
               "sourcemark export A --format json -o - | sourcemark import B -"),
    "annotate": ("Highlight a range of a document's canonical text (--start/--end, code points), or a rectangle of\n"
                 "a page image (--region). Prints the annotation's id, start, end and quote.",
                 "sourcemark annotate P DOCUMENT_ID --start 120 --end 188 --category claim\n"
                 "sourcemark annotate P DOCUMENT_ID --region 40,40,160,120 --page 2"),
    "mentions": ("Mark every mention of an actor's name and aliases in a document (--near: also likely\n"
                 "misspellings; --suggest: only list them).",
                 "sourcemark mentions P ACTOR_ID DOCUMENT_ID --suggest"),
    "history": ("Show the last entries of the audit log: time, analyst, action, label.",
                "sourcemark history P --limit 20\nsourcemark history P -n 100 --json | jq '.[].action'"),
    "restore": ("Put back a backup of the project's databases (default: the newest good one).",
                "sourcemark restore P\nsourcemark restore P --backup 2026-12-07T09-00-00"),
    "claim": ("Add a claim; prints its id.",
              "C=$(sourcemark claim P 'Engineers clear mines near Kursk' --verdict unproven)"),
    "verdict": ("Set a claim's verdict (and rationale); prints the claim's id.",
                "sourcemark verdict P CLAIM_ID false --rationale 'The photo is from 2019'"),
    "actor": ("Add an actor (person, organisation, ...); prints its id.",
              "sourcemark actor P 'No Kwang Chol' --alias 'No Gwang Chol' --wikidata Q12345"),
    "source": ("Add a source with its Admiralty grade; prints its id.",
               "sourcemark source P 'Krasnaya Zvezda' --url https://redstar.ru --grade C3"),
    "link": ("Link an annotation or claim to a claim, actor or source (the relation defaults by kinds); prints\n"
             "the link's id.",
             "A=$(sourcemark annotate P DOC --start 120 --end 188 | cut -f1)\nsourcemark link P \"$A\" \"$C\""),
    "document": ("Correct a document's title or metadata (what exports and ClaimReview cite); prints its id.",
                 "sourcemark document P DOCUMENT_ID --title 'Council closes library' --published 2026-11-30"),
    "delete": ("Delete objects of any kind by id as one undoable step; lists every object it removes, with the\n"
               "links and annotations that hang on them. --purge: the next sync also purges them from the team's\n"
               "server (where it allows _purge; else it says what stays there).",
               "sourcemark delete P CLAIM_ID ANNOTATION_ID\nsourcemark delete P CLAIM_ID --purge"),
    "merge": ("Merge another analyst's copy of the project into PROJECT as one undoable step. Conflicts without\n"
              "--prefer: exit 1, nothing merged.",
              "sourcemark merge P ../boris/P --dry-run\nsourcemark merge P ../boris/P --prefer theirs"),
    "agreement": ("Compare two analysts' projects: verdict agreement (Cohen's kappa) and highlight overlap F1.",
                  "sourcemark agreement ana.sourcemark boris.sourcemark --json"),
    "manifest": ("Write a provenance manifest: SHA-256 of the originals, texts, export and audit log. Exit 1 (and\n"
                 "nothing written) if a stored file no longer matches its hash.",
                 "sourcemark manifest P -o evidence/manifest.json --tsq evidence/manifest.tsq"),
    "report": ("Write a verification report (HTML or PDF, by the file's suffix): claims, evidence, sources, actors.",
               "sourcemark report P -o report.pdf --claim CLAIM_ID"),
    "search": ("Search every document for a quote (case and accents ignored), a regular expression or an\n"
               "actor's names. One line per hit: document id, page, offset, the hit in context.",
               "sourcemark search P 'No Kwang Chol'\nsourcemark search P '\\bT-7[0-9]\\b' --regex --limit 20 --json"),
    "ocr": ("Give the pages of a scanned PDF or an image that have no text a text layer (Tesseract); annotations\n"
            "are re-anchored.",
            "sourcemark ocr P DOCUMENT_ID --lang eng+rus"),
    "capture": ("Capture a live web page with its images and stylesheets into a WARC and add it; a URL serving a\n"
                "PDF or an image becomes a document of that kind. --timeout bounds a server's silence,\n"
                "--time-limit the whole capture.",
                "sourcemark capture P https://example.org/story --rendered --json"),
    "sync": ("Pull and push changes with the team's CouchDB database (the URL is remembered). Conflicts without\n"
             "--prefer: exit 1, named and left as they are. A server that cannot be reached: exit 4.\n"
             "--encrypt makes a new, empty database end-to-end encrypted under a passphrase; any sync or clone\n"
             "of an encrypted database asks for it (or SOURCEMARK_SYNC_PASSPHRASE); a wrong one: exit 2.",
             "sourcemark sync P https://ana@couch.example.org/kursk\nsourcemark sync P --prefer mine\n"
             "sourcemark sync P https://ana@couch.example.org/kursk-e2e --encrypt"),
    "clone": ("Create PROJECT from a team database on a CouchDB-protocol server.",
              "sourcemark clone https://couch.example.org/kursk Kursk.sourcemark"),
}

# Help of positional arguments by their dest, where a command gave none.
POSITIONALS = {
    "project": "the project folder (e.g. Kursk.sourcemark)",
    "files": "documents to add",
    "file": "the file to read",
    "kind": "which objects",
    "document_id": "a document's id (sourcemark list PROJECT documents)",
    "actor_id": "an actor's id (sourcemark list PROJECT actors)",
    "claim_id": "a claim's id (sourcemark list PROJECT claims)",
    "statement": "the claim, as stated",
    "verdict": "unverified, true, mostly true, mixed, mostly false, false, misleading or unproven",
    "name": "the actor's name",
    "title": "the source's title",
    "other": "the other project folder",
    "url": "the database URL, http(s)://[user:password@]host:port/database",
    "ids": "ids of objects of any kind",
}


def describe(sub: Any) -> None:
    """Give every subcommand its description and examples, and every positional argument a help text."""
    for name, parser in sub.choices.items():
        description, examples = TEXTS.get(name, ("", ""))
        parser.formatter_class = argparse.RawDescriptionHelpFormatter
        parser.description = description or parser.description
        if examples:
            parser.epilog = "examples:\n" + "\n".join(f"  {line}" for line in examples.splitlines())
        for action in parser._actions:
            if not action.option_strings:
                action.help = action.help or POSITIONALS.get(action.dest)
                if action.choices is None:  # choices are shown as {a,b}; the rest as the docs write them: PROJECT
                    action.metavar = action.metavar or action.dest.upper()
