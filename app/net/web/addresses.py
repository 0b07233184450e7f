"""Which addresses a capture may connect to (issue 27): a page must not reach into the analyst's own network.

The URL the analyst names may be on any address (an intranet page is evidence too). What that page leads to
(redirects, images, stylesheets, fonts) is held to the page's own address:
- loopback (127.0.0.0/8, ::1, and 0.0.0.0/8 and ::, which reach this machine too) only from a page on loopback;
- link-local (169.254.0.0/16, fe80::/10: cloud metadata services live there) only from a page on link-local;
- private (RFC 1918, fc00::/7, 100.64.0.0/10 and every other range that is not globally routable) not from a
  page on a public address.
The address checked is the one actually connected to (the socket's peer), on every hop, so a name that
resolves to 127.0.0.1, or resolves differently the second time, gains nothing.
"""

import ipaddress
from collections.abc import Callable
from enum import Enum

from app.domain.errors import DocumentError


class Place(str, Enum):
    """Where an address is, as far as the rules care."""

    LOOPBACK = "loopback"
    LINK_LOCAL = "link-local"
    PRIVATE = "private"
    PUBLIC = "public"


Classify = Callable[[str], Place]  # an IP address as text -> where it is; a test may declare its own


class AddressRefused(DocumentError):
    """A connection the rules refuse; it was closed before anything was sent."""

    def __init__(self, address: str, place: Place, origin: Place) -> None:
        self.address, self.place, self.origin = address, place, origin
        super().__init__(f"{address} is a {place.value} address, which a page on a {origin.value} address may not reach")


def place_of(address: str) -> Place:
    """Where an IP address is (IPv4-mapped IPv6 addresses count as their IPv4 address)."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return Place.PRIVATE  # not an address we can read: treat it as one of the analyst's own
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_loopback or ip.is_unspecified or ip in _THIS_NETWORK:
        return Place.LOOPBACK
    if ip.is_link_local:
        return Place.LINK_LOCAL
    if not ip.is_global or ip.is_multicast or getattr(ip, "is_site_local", False):  # (fec0::/10: old private IPv6)
        return Place.PRIVATE
    return Place.PUBLIC


_THIS_NETWORK = ipaddress.ip_network("0.0.0.0/8")  # connecting to 0.x.x.x reaches the local host on Linux


def allowed(origin: Place, target: Place) -> bool:
    """May a page on `origin` lead the capture to an address on `target`?"""
    if target in (Place.LOOPBACK, Place.LINK_LOCAL):
        return origin == target
    if target == Place.PRIVATE:
        return origin != Place.PUBLIC
    return True


class AddressGuard:
    """Checks every connection of one capture: the first one (the URL the analyst named) sets the page's place,
    each later one must be allowed from there."""

    def __init__(self, classify: Classify = place_of) -> None:
        self.classify = classify
        self.origin: Place | None = None

    def check(self, address: str) -> None:
        """AddressRefused if a connection to `address` is not allowed (the first one always is)."""
        place = self.classify(address)
        if self.origin is None:
            self.origin = place
        elif not allowed(self.origin, place):
            raise AddressRefused(address, place, self.origin)

    def check_name(self, host: str, port: int) -> None:
        """For a connection through a proxy (whose peer is the proxy): every address `host` resolves to here.
        A name that does not resolve here is left to the proxy."""
        import socket

        try:
            found = sorted({str(info[4][0]) for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)})
        except (OSError, UnicodeError):
            found = []
        places = [self.classify(address) for address in found]
        if self.origin is None:  # the page itself: the strictest place any of its addresses is in
            self.origin = Place.PUBLIC if Place.PUBLIC in places or not places else places[0]
            return
        for address, place in zip(found, places):
            if not allowed(self.origin, place):
                raise AddressRefused(address, place, self.origin)
