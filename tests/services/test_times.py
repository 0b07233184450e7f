"""Times shown to people carry their zone; EXIF times are marked as the camera's clock."""

from app.services.times import readable_time


def test_utc_times() -> None:
    assert readable_time("2024-03-15T10:00:00Z") == "15 Mar 2024, 10:00 UTC"
    assert readable_time("2024-03-15T10:00:27+00:00") == "15 Mar 2024, 10:00:27 UTC"


def test_other_zones_keep_their_wall_time_and_say_their_offset() -> None:
    assert readable_time("2024-03-15T12:00:00+02:00") == "15 Mar 2024, 12:00 UTC+02:00"
    assert readable_time("2024-03-04T07:30:00-05:30") == "4 Mar 2024, 07:30 UTC-05:30"


def test_no_zone_is_said_and_a_date_stays_a_date() -> None:
    assert readable_time("2024-03-15T10:00:00") == "15 Mar 2024, 10:00 (zone unknown)"
    assert readable_time("2024-03-15") == "15 Mar 2024"


def test_exif_times_are_the_camera_clock() -> None:
    assert readable_time("2024:03:15 10:00:00", camera=True) == "15 Mar 2024, 10:00 camera-local (zone unknown)"
    assert readable_time("2024:03:15 10:00:00", camera=True, offset="+02:00") == "15 Mar 2024, 10:00 UTC+02:00 (camera clock)"


def test_anything_else_is_shown_as_it_is() -> None:
    assert readable_time("yesterday") == "yesterday"
    assert readable_time("0000:00:00 00:00:00", camera=True) == "0000:00:00 00:00:00"
    assert readable_time("") == ""
