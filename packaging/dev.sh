#!/usr/bin/env bash
# One-step set-up on a fresh Debian machine, then run something:
#   bash packaging/dev.sh demo            # install what is missing, then open the app on the demo project
#   bash packaging/dev.sh test            # install what is missing, then run the import contracts and the whole test
#                                         # suite (offscreen), then the `xcb` tests in a real X11 window under Xvfb
#   bash packaging/dev.sh setup           # only install
#   bash packaging/dev.sh lock            # refresh packaging/requirements.lock to the newest allowed versions,
#                                         # rebuild .venv from it and run the whole suite (commit the lock on its own)
#   bash packaging/dev.sh test --newest   # the suite on the newest versions pyproject.toml allows, in .venv-newest:
#                                         # shows drift before a lock refresh (not part of CI)
# Installs Debian's libraries that Qt needs (as root or with sudo), creates .venv and installs exactly the versions
# packaging/requirements.lock pins (with their hashes), then the project itself. Safe to run again: each step is
# skipped when already done; a changed lock rebuilds .venv from scratch, so it holds what the lock says and no more.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(python3 python3-venv python3-pip libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
  libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0
  libxcb-image0 libxcb-xinerama0 libx11-xcb1 fonts-dejavu-core
  fonts-nanum  # Hangul for the Korean interface's screenshots (DejaVu covers Latin, Cyrillic and Arabic)
  xvfb xauth  # the `xcb` tests (shortcuts, focus) run in a real X11 window; xvfb-run needs xauth
  dbus at-spi2-core python3-pyatspi  # the AT-SPI walk (tests/ui/test_atspi_walk.py): a session bus, the a11y
                                     # registry, and pyatspi for the system python3 (it is not on PyPI)
  tesseract-ocr tesseract-ocr-eng tesseract-ocr-rus tesseract-ocr-kor  # OCR of scans and screenshots (sourcemark ocr)
  tesseract-ocr-osd  # OCR: orientation detection, turns upside-down and sideways scans upright
  poppler-utils  # pdftotext: the PDF reading-order tests compare our order with it
  binutils  # binutils: objdump and strip, used by PyInstaller in packaging/build.sh
  openssl  # openssl: the capture tests make a self-signed certificate for their TLS-error server
  nginx-light  # the capture tests run Debian's nginx on 127.0.0.1 (gzip, keep-alive on and off)
  iproute2  # ip netns: the capture's address test puts a web server on another address in a namespace
  desktop-file-utils appstream shared-mime-info  # validate the menu entry and metainfo; the project MIME type
  dpkg-dev debootstrap)  # packaging/deb.sh: dpkg-shlibdeps; the .deb is installed into a minimal Debian in a test

apt_install() {
  command -v apt-get >/dev/null 2>&1 || return 0
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  # glib's package was renamed in Debian 13 (libglib2.0-0t64)
  dpkg -s libglib2.0-0 >/dev/null 2>&1 || dpkg -s libglib2.0-0t64 >/dev/null 2>&1 || missing+=("glib")
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing Debian packages: ${missing[*]}" >&2
  $sudo apt-get update -qq
  local resolved=()
  for pkg in "${missing[@]}"; do
    if [ "$pkg" = glib ]; then
      if apt-cache show libglib2.0-0t64 >/dev/null 2>&1; then resolved+=(libglib2.0-0t64); else resolved+=(libglib2.0-0); fi
    else
      resolved+=("$pkg")
    fi
  done
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${resolved[@]}" >/dev/null
}

LOCK=packaging/requirements.lock
VENV=${SOURCEMARK_VENV:-.venv}
UV_VERSION=0.13.9  # the lock's resolver (a tool of `lock` only, never a dependency of the app)

stamp_of() { cat "$LOCK" pyproject.toml | sha256sum | cut -d' ' -f1; }

venv_install() {
  local py=${PYTHON:-python3} stamp="$VENV/.sourcemark-installed"
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$(stamp_of)" ] && return 0
  # A venv made from another lock (or before there was one) is made anew: upgrading in place would keep
  # packages the lock no longer names.
  rm -rf "$VENV"
  "$py" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
  "$VENV/bin/python" -m pip install -q --require-hashes --no-deps -r "$LOCK"
  "$VENV/bin/python" -m pip install -q --no-deps -e .
  "$VENV/bin/python" -m pip check >/dev/null
  stamp_of >"$stamp"
}

# The newest versions pyproject.toml allows, in a venv of their own, upgraded on every run.
newest_install() {
  local py=${PYTHON:-python3}
  [ -x "$VENV/bin/python" ] || "$py" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
  "$VENV/bin/python" -m pip install -q --upgrade --upgrade-strategy eager -e ".[test,bundle,keyring]"
}

# Resolve pyproject.toml's ranges (runtime + test + bundle + keyring extras) for CPython 3.11 on Linux x86-64 into the lock.
lock() {
  local tools=.tools/uv
  [ -x "$tools/bin/uv" ] || "${PYTHON:-python3}" -m pip install -q --target "$tools" "uv==$UV_VERSION"
  SSL_CERT_FILE=${SSL_CERT_FILE:-/etc/ssl/certs/ca-certificates.crt} "$tools/bin/uv" pip compile pyproject.toml \
    --extra test --extra bundle --extra keyring --generate-hashes --upgrade --python-version 3.11 \
    --python-platform x86_64-manylinux_2_34 --custom-compile-command "bash packaging/dev.sh lock" -o "$LOCK"
  SSL_CERT_FILE=${SSL_CERT_FILE:-/etc/ssl/certs/ca-certificates.crt} "$tools/bin/uv" pip compile \
    packaging/pywb-requirements.in --generate-hashes --upgrade --python-version 3.11 \
    --python-platform x86_64-manylinux_2_34 --custom-compile-command "bash packaging/dev.sh lock" -o "$PYWB_LOCK"
}

# PouchDB Server (a CouchDB-protocol server in Node) for the sync tests, into the gitignored .tools/pouchdb.
POUCHDB_SERVER_VERSION=4.2.0
tools_install() {
  local dir=.tools/pouchdb
  [ -x "$dir/node_modules/.bin/pouchdb-server" ] && return 0
  # Node and npm from Debian only where no node is installed: a machine with NodeSource's nodejs (which
  # carries npm itself) cannot take Debian's npm package (it conflicts), so never ask apt for it there.
  if ! command -v npm >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
  fi
  command -v npm >/dev/null 2>&1 || { echo "npm is missing: the sync tests need it (apt-get install nodejs npm)" >&2; return 1; }
  mkdir -p "$dir"
  echo "Installing pouchdb-server $POUCHDB_SERVER_VERSION into $dir" >&2
  (cd "$dir" && npm install --no-audit --no-fund --loglevel=error "pouchdb-server@$POUCHDB_SERVER_VERSION" >/dev/null)
}

# pywb (Webrecorder's replay) for the capture tests, in a venv of its own (.tools/pywb, gitignored): it pulls in
# brotlipy, whose `brotli` module would shadow the Brotli package the app decodes br with. Pinned with hashes in
# packaging/pywb-requirements.lock (from pywb-requirements.in), refreshed by `dev.sh lock` like the app's lock.
PYWB_LOCK=packaging/pywb-requirements.lock
pywb_install() {
  local dir=.tools/pywb stamp=.tools/pywb/.sourcemark-installed
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$(sha256sum <"$PYWB_LOCK")" ] && return 0
  echo "Installing pywb into $dir" >&2
  rm -rf "$dir"
  "${PYTHON:-python3}" -m venv "$dir"
  "$dir/bin/python" -m pip install -q --require-hashes --no-deps -r "$PYWB_LOCK" >/dev/null
  sha256sum <"$PYWB_LOCK" >"$stamp"
}

# The interface's compiled catalogues (resources/translations/*.qm, not in git) from the committed .ts
translations_release() { "$VENV/bin/python" packaging/translations.py release >/dev/null; }

setup() { apt_install; venv_install; translations_release; tools_install; pywb_install; }

run_tests() {
  export QT_QPA_PLATFORM=offscreen
  "$VENV/bin/lint-imports"
  "$VENV/bin/ruff" check app
  "$VENV/bin/mypy"  # over app, with [tool.mypy] in pyproject.toml: strict for domain, store, exchange
  "$VENV/bin/python" -m pytest "$@"
  # Then the tests that only a real X11 window shows (standard keys resolved as on a Linux desktop,
  # ambiguous shortcuts, focus): under Xvfb with the xcb platform. Offscreen skipped them above.
  QT_QPA_PLATFORM=xcb xvfb-run -a "$VENV/bin/python" -m pytest -m xcb -q -p no:cacheprovider tests/ui
}

case "${1:-}" in
  setup) setup ;;
  demo) setup; shift; exec "$VENV/bin/sourcemark" --demo "$@" ;;
  lock) apt_install; lock; venv_install; tools_install; pywb_install; run_tests ;;
  test)
    shift
    if [ "${1:-}" = --newest ]; then
      shift; VENV=.venv-newest; export SOURCEMARK_NEWEST=1  # tests/packaging/test_lock.py: not the pinned set
      apt_install; newest_install; tools_install
    else
      setup
    fi
    run_tests "$@"
    ;;
  *) echo "usage: bash packaging/dev.sh setup|demo|lock|test [--newest] [pytest args]" >&2; exit 2 ;;
esac
