#!/usr/bin/env bash
# Build the standalone app for users (no Python needed on their machine):
#   bash packaging/build.sh    -> dist/sourcemark/sourcemark                      the app, run in place, and
#                                 dist/sourcemark-VERSION-linux-ARCH.tar.gz       to hand out (unpack, ./install.sh)
#                                 (dist/sourcemark/share/: menu entry, MIME type, metainfo, icons, man page,
#                                 shell completions)
# Installs what is missing first (dev.sh setup: the versions packaging/requirements.lock pins, PyInstaller
# among them through the `bundle` extra: a build tool, never a runtime dependency). SOURCEMARK_DIST and
# SOURCEMARK_BUILD move the output (default dist/) and PyInstaller's work files (default build/pyinstaller/,
# reused by the next build).
set -euo pipefail
cd "$(dirname "$0")/.."

dist=${SOURCEMARK_DIST:-dist}
work=${SOURCEMARK_BUILD:-build/pyinstaller}

bash packaging/dev.sh setup
py=.venv/bin/python
version=$("$py" -c "import app; print(app.__version__)")

"$py" packaging/translations.py release  # the .qm catalogues the spec bundles with resources/ (fresh from the .ts)
"$py" -m PyInstaller --noconfirm --log-level WARN --distpath "$dist" --workpath "$work" packaging/sourcemark.spec
bundle="$dist/sourcemark"
# share/: the menu entry, project MIME type, AppStream metainfo and hicolor icons (PNGs rendered from the SVG
# here), laid out as under a prefix; install.sh and deb.sh copy it as it is.
rm -rf "$bundle/share"
QT_QPA_PLATFORM=offscreen "$py" packaging/desktop_files.py "$bundle/share"
# share/man/man1/sourcemark.1.gz and bash/zsh/fish completion, from the CLI's parser (generated, never in git)
"$py" packaging/cli_files.py "$bundle/share" >/dev/null
install -m 755 packaging/install.sh "$bundle/install.sh"

tarball="$dist/sourcemark-$version-linux-$(uname -m).tar.gz"
tar -C "$dist" --transform "s,^sourcemark,sourcemark-$version," -czf "$tarball" sourcemark
echo "built $bundle ($(du -sh "$bundle" | cut -f1)) and $tarball ($(du -h "$tarball" | cut -f1))"
