#!/bin/sh
# Install this Sourcemark bundle for the current user (no root needed):
#   ./install.sh [--prefix DIR]     default DIR: ~/.local
# Copies the app to DIR/opt/sourcemark, links DIR/bin/sourcemark to it, and adds the menu entry, the project MIME
# type, the AppStream metainfo and the icons (the bundle's share/ into DIR/share). Run it again to update;
# ./install.sh --uninstall removes it all. Names the system libraries Qt needs that are missing, if any.
set -eu
prefix="$HOME/.local"
action=install
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    --uninstall) action=uninstall; shift ;;
    *) echo "usage: ./install.sh [--prefix DIR] [--uninstall]" >&2; exit 2 ;;
  esac
done
here=$(cd "$(dirname "$0")" && pwd)
app="$prefix/opt/sourcemark"
id=org.sourcemark.Sourcemark
share="$prefix/share"
# What install puts under share/ (the same paths as the bundle's share/), and the menu entry of versions before
# the reverse-DNS id (sourcemark.desktop), removed so the menu does not show Sourcemark twice.
files="applications/$id.desktop mime/packages/$id.xml metainfo/$id.metainfo.xml
  icons/hicolor/scalable/apps/sourcemark.svg icons/hicolor/48x48/apps/sourcemark.png
  icons/hicolor/128x128/apps/sourcemark.png icons/hicolor/256x256/apps/sourcemark.png applications/sourcemark.desktop
  man/man1/sourcemark.1.gz bash-completion/completions/sourcemark zsh/site-functions/_sourcemark
  fish/vendor_completions.d/sourcemark.fish"

if [ "$action" = install ] && [ "$here" = "$(cd "$app" 2>/dev/null && pwd)" ]; then
  echo "install.sh: run it from the unpacked bundle, not from $app" >&2
  exit 2
fi
rm -rf "$app"
for f in $files; do rm -f "$share/$f"; done
[ -L "$prefix/bin/sourcemark" ] && rm -f "$prefix/bin/sourcemark"

refresh_caches() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
  command -v update-mime-database >/dev/null 2>&1 && [ -d "$share/mime/packages" ] && update-mime-database "$share/mime" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true
}

# The system libraries Qt's X11 plugin needs that this machine lacks, one line each with the apt and dnf packages
# (the bundle's table, which the app itself also reads when it starts; app/ui/shell/system_libs.py).
check_libraries() {
  plugin="$app/_internal/PySide6/Qt/plugins/platforms/libqxcb.so"
  table="$app/_internal/app/assets/system-libraries.tsv"
  { [ -f "$plugin" ] && command -v ldd >/dev/null 2>&1; } || return 0
  ldd "$plugin" 2>/dev/null | awk '/=> not found/ {print $1}' | LC_ALL=C sort -u | while read -r soname; do
    stem=${soname%%.so*}
    packages=$(awk -F '\t' -v s="$stem" '$1 == s {print "apt install " $2 "  |  dnf install " $3}' "$table" 2>/dev/null)
    echo "sourcemark: missing system library $soname: ${packages:-install the package that provides it}" >&2
  done
}

if [ "$action" = uninstall ]; then
  refresh_caches 2>/dev/null
  echo "Sourcemark removed from $prefix"
  exit 0
fi

mkdir -p "$prefix/opt" "$prefix/bin" "$share"
cp -R "$here" "$app"
ln -s "$app/sourcemark" "$prefix/bin/sourcemark"
(cd "$here/share" && find . -type f) | while read -r f; do
  mkdir -p "$(dirname "$share/$f")"
  cp "$here/share/$f" "$share/$f"
done
# The menu entry runs the installed binary by its full path: ~/.local/bin is not on every session's PATH.
sed -e "s|^Exec=sourcemark|Exec=$app/sourcemark|" -e "s|^TryExec=sourcemark|TryExec=$app/sourcemark|" \
  "$here/share/applications/$id.desktop" > "$share/applications/$id.desktop"
refresh_caches
echo "Sourcemark installed in $app; run 'sourcemark' ($prefix/bin) or pick it from the applications menu"
check_libraries
