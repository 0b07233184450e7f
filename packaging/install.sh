#!/bin/sh
# Install this Sourcemark bundle for the current user (no root needed):
#   ./install.sh [--prefix DIR]     default DIR: ~/.local
# Copies the app to DIR/opt/sourcemark, links DIR/bin/sourcemark to it, and adds the menu entry and icon
# (DIR/share/applications, DIR/share/icons). Run it again to update; ./install.sh --uninstall removes it all.
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
desktop="$prefix/share/applications/sourcemark.desktop"
icon="$prefix/share/icons/hicolor/scalable/apps/sourcemark.svg"

if [ "$action" = install ] && [ "$here" = "$(cd "$app" 2>/dev/null && pwd)" ]; then
  echo "install.sh: run it from the unpacked bundle, not from $app" >&2
  exit 2
fi
rm -rf "$app" "$desktop" "$icon"
[ -L "$prefix/bin/sourcemark" ] && rm -f "$prefix/bin/sourcemark"
if [ "$action" = uninstall ]; then
  echo "Sourcemark removed from $prefix"
  exit 0
fi

mkdir -p "$prefix/opt" "$prefix/bin" "$(dirname "$desktop")" "$(dirname "$icon")"
cp -R "$here" "$app"
ln -s "$app/sourcemark" "$prefix/bin/sourcemark"
cp "$here/sourcemark.svg" "$icon"
# The menu entry runs the installed binary by its full path: ~/.local/bin is not on every session's PATH.
sed -e "s|^Exec=sourcemark|Exec=$app/sourcemark|" -e "s|^TryExec=sourcemark|TryExec=$app/sourcemark|" \
  "$here/sourcemark.desktop" > "$desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$(dirname "$desktop")" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
echo "Sourcemark installed in $app; run 'sourcemark' ($prefix/bin) or pick it from the applications menu"
