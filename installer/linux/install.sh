#!/bin/sh
# Install Begeleider for the current user (no root): ./install.sh   Remove: ./install.sh --uninstall
# Program: ~/.local/lib/begeleider; commands in ~/.local/bin; menu entry and icon in ~/.local/share.
# The coach's data (~/.local/share/Begeleider, ~/.config/Begeleider, ~/.local/state/Begeleider)
# is never touched by this script, also not by --uninstall.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${BEGELEIDER_PREFIX:-$HOME/.local}
lib="$prefix/lib/begeleider"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$lib"
    rm -f "$prefix/bin/begeleider" "$prefix/bin/begeleider-app" "$apps/begeleider.desktop" "$icons/begeleider.png"
    echo "Begeleider verwijderd; uw gegevens zijn blijven staan."
    exit 0
fi

mkdir -p "$prefix/bin" "$prefix/lib" "$apps" "$icons"
rm -rf "$lib.new"
cp -R "$here/Begeleider" "$lib.new"
rm -rf "$lib"
mv "$lib.new" "$lib"
ln -sf "$lib/begeleider" "$prefix/bin/begeleider"
ln -sf "$lib/begeleider-app" "$prefix/bin/begeleider-app"
cp "$here/begeleider.png" "$icons/begeleider.png"
sed "s|^Exec=begeleider-app|Exec=\"$lib/begeleider-app\"|" "$here/begeleider.desktop" > "$apps/begeleider.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" >/dev/null 2>&1 || true
echo "Begeleider geïnstalleerd in $lib (start via het menu of met: $prefix/bin/begeleider-app)"
