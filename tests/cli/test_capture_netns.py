"""A page on another host, for real (issue 27): two network namespaces made by the test, joined by a veth pair.

The "analyst" namespace runs `sourcemark capture` and a local service listening on 127.0.0.1, on the cloud
metadata address 169.254.169.254 and on the private 10.9.9.9; the "web" namespace holds the page's server on
11.0.0.2, a public address (routed only over the veth). The page points at the local service by image,
stylesheet, @import, url() and a redirected image; none of it may reach it. Nothing outside the two
namespaces is touched. Needs root (or CAP_NET_ADMIN) and iproute2: skipped, with the reason, otherwise."""

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WEB, LOCAL = "11.0.0.2", ("127.0.0.1", "169.254.169.254", "10.9.9.9")

SERVER = """
import http.server, sys
port, log, body, ctype = int(sys.argv[1]), sys.argv[2], sys.argv[3].encode(), sys.argv[4]
redirects = dict(pair.split("=", 1) for pair in sys.argv[5:])
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_GET(self):
        open(log, "a").write(self.path + "\\n")
        if self.path in redirects:
            self.send_response(302); self.send_header("Location", redirects[self.path])
            self.send_header("Content-Length", "0"); self.end_headers(); return
        self.send_response(200)
        self.send_header("Content-Type", ctype if self.path == "/" else "text/css")
        self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body)
    def log_message(self, *a): pass
server = http.server.ThreadingHTTPServer(("0.0.0.0", port), H)
open(log, "a").close()
print("ready", flush=True)
server.serve_forever()
"""


def _ip(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["ip", *args], capture_output=True, text=True, timeout=30)


@pytest.fixture
def namespaces() -> Iterator[tuple[str, str]]:
    if shutil.which("ip") is None:
        pytest.skip("iproute2's ip is not installed (packaging/dev.sh setup installs it)")
    tag = f"{os.getpid() % 100000}"
    analyst, web = f"sma{tag}", f"smw{tag}"
    made = _ip("netns", "add", analyst)
    if made.returncode != 0:
        pytest.skip(f"ip netns is not permitted here ({made.stderr.strip()[:100]})")
    try:
        assert _ip("netns", "add", web).returncode == 0
        steps = [
            ("link", "add", f"va{tag}", "netns", analyst, "type", "veth", "peer", "name", f"vw{tag}", "netns", web),
            ("-n", analyst, "addr", "add", "11.0.0.1/24", "dev", f"va{tag}"),
            ("-n", web, "addr", "add", f"{WEB}/24", "dev", f"vw{tag}"),
            ("-n", analyst, "addr", "add", "169.254.169.254/32", "dev", "lo"),
            ("-n", analyst, "addr", "add", "10.9.9.9/32", "dev", "lo"),
            *[("-n", ns, "link", "set", dev, "up") for ns, dev in ((analyst, "lo"), (analyst, f"va{tag}"),
                                                                   (web, "lo"), (web, f"vw{tag}"))],
        ]
        for step in steps:
            done = _ip(*step)
            assert done.returncode == 0, (step, done.stderr)
        yield analyst, web
    finally:
        _ip("netns", "del", web)  # the veth pair goes with them
        _ip("netns", "del", analyst)


def _serve(ns: str, port: int, log: Path, body: str, ctype: str, *redirects: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(["ip", "netns", "exec", ns, sys.executable, "-c", SERVER, str(port), str(log), body, ctype,
                             *redirects], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready", proc.stderr
    return proc


def _stop(procs: list[subprocess.Popen[str]]) -> None:
    for proc in procs:
        proc.terminate()
        proc.wait(10)
        for pipe in (proc.stdout, proc.stderr):
            if pipe is not None:
                pipe.close()


def test_a_page_on_a_public_host_reaches_nothing_on_the_analysts_machine(namespaces, tmp_path) -> None:
    analyst, web = namespaces
    local_log, web_log = tmp_path / "local.log", tmp_path / "web.log"
    refs = "".join(f'<img src="http://{a}:8081/img.png"><link rel="stylesheet" href="http://{a}:8081/s.css">'
                   for a in LOCAL)
    page = (f"<html><head><title>Council closes library</title>{refs}<link rel=stylesheet href=/own.css>"
            f"<style>@import 'http://127.0.0.1:8081/i.css'; p {{ background: url(http://10.9.9.9:8081/u.png) }}</style>"
            f"</head><body><p>The council voted on Tuesday to close the central library for two years.</p>"
            f"<img src=/go></body></html>")
    procs = [_serve(analyst, 8081, local_log, "API_TOKEN=do-not-leak", "text/plain"),
             _serve(web, 8080, web_log, page, "text/html", "/go=http://169.254.169.254:8081/latest/meta-data")]
    try:
        project = tmp_path / "P.sourcemark"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
            env.pop(name, None)
        assert subprocess.run([sys.executable, "-m", "app", "new", str(project)], env=env, capture_output=True,
                              timeout=120).returncode == 0
        done = subprocess.run(["ip", "netns", "exec", analyst, sys.executable, "-m", "app", "capture", str(project),
                               f"http://{WEB}:8080/", "--json", "--timeout", "5"], env=env, capture_output=True,
                              text=True, timeout=300)
    finally:
        _stop(procs)
    assert done.returncode == 0, done.stderr
    facts = json.loads(done.stdout)
    assert facts["server_address"] == WEB
    assert local_log.read_text() == ""  # not one request reached the analyst's own services
    assert sorted(web_log.read_text().split()) == ["/", "/go", "/own.css"]  # the page's own host: fetched
    assert sorted(facts["refused"]) == sorted([
        *[f"http://{a}:8081/{name} ({a}, {place})" for a, place in zip(LOCAL, ("loopback", "link-local", "private"))
          for name in ("img.png", "s.css")],
        "http://127.0.0.1:8081/i.css (127.0.0.1, loopback)", "http://10.9.9.9:8081/u.png (10.9.9.9, private)",
        "http://169.254.169.254:8081/latest/meta-data (169.254.169.254, link-local)"])
    assert "refused 9 address(es) the page led to" in done.stderr and "API_TOKEN" not in done.stdout


def test_the_same_page_named_on_the_analysts_machine_is_captured(namespaces, tmp_path) -> None:
    """The URL the analyst names may be on any address: an intranet or local page is evidence too."""
    analyst, _ = namespaces
    log = tmp_path / "local.log"
    procs = [_serve(analyst, 8081, log, "<html><head><title>Intranet</title></head><body><p>Local notice.</p>"
                    "</body></html>", "text/html")]
    try:
        project = tmp_path / "P.sourcemark"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        assert subprocess.run([sys.executable, "-m", "app", "new", str(project)], env=env, capture_output=True,
                              timeout=120).returncode == 0
        for address in LOCAL:
            done = subprocess.run(["ip", "netns", "exec", analyst, sys.executable, "-m", "app", "capture",
                                   str(project), f"http://{address}:8081/", "--json"], env=env, capture_output=True,
                                  text=True, timeout=300)
            assert done.returncode == 0, (address, done.stderr)
            assert json.loads(done.stdout)["server_address"] == address
    finally:
        _stop(procs)
    assert log.read_text().split() == ["/", "/", "/"]
