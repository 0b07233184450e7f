#!/usr/bin/env bash
# A Debian package of the built bundle:
#   bash packaging/deb.sh [BUNDLE] [OUT]    default BUNDLE dist/sourcemark (built by build.sh when missing), OUT dist
#   -> OUT/sourcemark_VERSION-1_ARCH.deb    apt install ./sourcemark_VERSION-1_ARCH.deb
# The app goes to /opt/sourcemark with /usr/bin/sourcemark linked to it; the bundle's share/ (menu entry, MIME
# type, metainfo, icons, and man page and completions when the bundle has them) to /usr/share, where dpkg's
# triggers refresh the desktop, MIME and icon caches. Depends: is computed by dpkg-shlibdeps from the system
# libraries the bundle's binaries load (Qt's platform plugins among them: libGL, libxkbcommon, the xcb libraries).
set -euo pipefail
cd "$(dirname "$0")/.."

bundle=${1:-dist/sourcemark}
out=${2:-dist}
[ -x "$bundle/sourcemark" ] || SOURCEMARK_DIST=$(dirname "$bundle") bash packaging/build.sh
bundle=$(cd "$bundle" && pwd)
version=$("$bundle/sourcemark" --version | awk '{print $2}')
arch=$(dpkg --print-architecture)

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root="$stage/root"
mkdir -p "$root/opt/sourcemark" "$root/usr/bin" "$root/usr/share" "$root/DEBIAN"
# The app without the tarball's installer and share/ (installed to /usr/share instead).
(cd "$bundle" && tar cf - --exclude=./share --exclude=./install.sh .) | (cd "$root/opt/sourcemark" && tar xf -)
cp -R "$bundle/share/." "$root/usr/share/"
ln -s /opt/sourcemark/sourcemark "$root/usr/bin/sourcemark"

# dpkg-shlibdeps over every ELF file; the bundle's own libraries are found through -l (they need no package).
mkdir -p "$stage/debian"
printf 'Source: sourcemark\n\nPackage: sourcemark\nArchitecture: any\n' >"$stage/debian/control"
mapfile -t elves < <(find "$root/opt/sourcemark" -type f \( -name '*.so*' -o -perm -u+x \) -exec sh -c \
  'for f; do [ "$(head -c 4 "$f")" = "$(printf "\177ELF")" ] && echo "$f"; done' sh {} +)
mapfile -t libdirs < <(find "$root/opt/sourcemark" -type f -name '*.so*' -printf '%h\n' | sort -u)
depends=$(cd "$stage" && dpkg-shlibdeps -O --ignore-missing-info "${libdirs[@]/#/-l}" "${elves[@]}" 2>"$stage/shlibdeps.log" \
  | sed -n 's/^shlibs:Depends=//p') || { cat "$stage/shlibdeps.log" >&2; exit 1; }

cat >"$root/DEBIAN/control" <<CONTROL
Package: sourcemark
Version: $version-1
Architecture: $arch
Maintainer: The Sourcemark developers <dev@sourcemark.org>
Installed-Size: $(du -sk "$root" | cut -f1)
Depends: $depends
Section: text
Priority: optional
Homepage: https://sourcemark.org/
Description: source verification workbench for fact-checkers and OSINT researchers
 Open a saved web page, PDF, web archive or photo, highlight spans and link them
 to claims (verdicts), actors and sources (Admiralty grades). Projects are stored
 locally; exports as JSON, CSV and W3C Web Annotations; a verification report;
 a command line for scripts and team sync over CouchDB.
CONTROL

mkdir -p "$out"
deb="$out/sourcemark_${version}-1_${arch}.deb"
dpkg-deb --root-owner-group -Zgzip --build "$root" "$deb" >/dev/null
echo "built $deb ($(du -h "$deb" | cut -f1)); Depends: $depends"
