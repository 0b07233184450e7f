"""Suggested export file names and filters (export_names imports no Qt)."""

from app.ui.export_names import file_filter, project_stem, suggested_name, with_suffix


def test_names_start_with_the_project():
    assert suggested_name("Kursk", "Kursk.sourcemark", "claims", ".csv") == "Kursk-claims.csv"
    assert suggested_name("", "Bridge case.sourcemark", "graph", ".graphml") == "Bridge case-graph.graphml"


def test_characters_no_file_system_allows_go():
    assert project_stem('Kursk: "who/what?"', "x.sourcemark") == "Kursk who what"
    assert project_stem(" .. ", "") == "project"


def test_filter_lists_only_the_format_and_the_suffix_is_added_when_left_out():
    assert file_filter(".csv") == "CSV (*.csv);;All files (*)"
    assert with_suffix("/tmp/claims", ".csv") == "/tmp/claims.csv"
    assert with_suffix("/tmp/Claims.CSV", ".csv") == "/tmp/Claims.CSV"
