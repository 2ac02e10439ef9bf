#!/usr/bin/env bash
# Install recapdesk for the current user, from the app folder this script is in: the app goes
# to ~/.local/lib/recapdesk, the `recapdesk` command to ~/.local/bin, and the menu entry, icons,
# project file type and AppStream data to ~/.local/share, so the desktop's menu lists recapdesk
# and file managers open *.recap.toml with it. Running it again updates the installed copy.
#
#   ./install.sh               install or update
#   ./install.sh --uninstall   remove what install put there (projects and settings stay)
#
# PREFIX=/usr/local ./install.sh (as root) installs for every user instead.
set -euo pipefail

id=io.github.recapdesk.Recapdesk
here=$(cd "$(dirname "$0")" && pwd)
if [ -n "${PREFIX:-}" ]; then
  prefix=$PREFIX
  data=$PREFIX/share
else
  prefix=$HOME/.local
  data=${XDG_DATA_HOME:-$HOME/.local/share}
fi
app_dir=$prefix/lib/recapdesk
bin_dir=$prefix/bin

refresh_caches() {
  if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$data/mime" >/dev/null 2>&1 || true
  fi
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$data/applications" >/dev/null 2>&1 || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$data/icons/hicolor" >/dev/null 2>&1 || true
  fi
  touch "$data/icons/hicolor" 2>/dev/null || true
}

uninstall() {
  if [ -L "$bin_dir/recapdesk" ] && [ "$(readlink "$bin_dir/recapdesk")" = "$app_dir/recapdesk" ]; then
    rm -f "$bin_dir/recapdesk"
  fi
  rm -rf "$app_dir"
  rm -f "$data/applications/$id.desktop" "$data/metainfo/$id.metainfo.xml" \
    "$data/mime/packages/$id.xml"
  rm -f "$data"/icons/hicolor/*/apps/"$id".png "$data/icons/hicolor/scalable/apps/$id.svg"
  refresh_caches
  echo "recapdesk removed (your projects and settings were not touched)"
}

install() {
  if [ ! -x "$here/recapdesk" ] || [ ! -d "$here/share" ]; then
    echo "install.sh: run the copy inside the built app folder (dist/recapdesk/install.sh)" >&2
    exit 2
  fi
  # The app folder: copied beside the old one first, then swapped in.
  if [ "$here" != "$app_dir" ]; then
    mkdir -p "$(dirname "$app_dir")"
    rm -rf "$app_dir.new"
    cp -a "$here/." "$app_dir.new"
    rm -rf "$app_dir"
    mv "$app_dir.new" "$app_dir"
  fi
  mkdir -p "$bin_dir" "$data/applications" "$data/metainfo" "$data/mime/packages" "$data/icons"
  ln -sfn "$app_dir/recapdesk" "$bin_dir/recapdesk"

  # The menu entry starts this copy by its full path: a desktop session's PATH may lack ~/.local/bin.
  sed -e "s|^Exec=recapdesk|Exec=\"$app_dir/recapdesk\"|" \
    -e "s|^TryExec=recapdesk|TryExec=$app_dir/recapdesk|" \
    "$app_dir/share/applications/$id.desktop" >"$data/applications/$id.desktop"
  cp "$app_dir/share/metainfo/$id.metainfo.xml" "$data/metainfo/"
  cp "$app_dir/share/mime/packages/$id.xml" "$data/mime/packages/"
  cp -R "$app_dir/share/icons/hicolor" "$data/icons/"
  refresh_caches

  echo "recapdesk installed: $app_dir"
  echo "  menu entry, icons and the *.recap.toml file type: $data"
  case ":$PATH:" in
    *":$bin_dir:"*) echo "  command: recapdesk" ;;
    *) echo "  command: $bin_dir/recapdesk ($bin_dir is not on your PATH)" ;;
  esac
}

case "${1:-}" in
  "") install ;;
  --uninstall) uninstall ;;
  -h | --help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' ;;
  *) echo "usage: $0 [--uninstall]" >&2; exit 2 ;;
esac
