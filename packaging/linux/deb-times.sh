#!/bin/sh
# Usage: deb-times.sh DEB APP_IMAGE WORK_DIR [check-aot]
#
# jpackage copies the app-image into the .deb, and the copies get the time of that copy as their modification
# time. The JVM takes a startup archive (JDK 25's AOT cache) only with the very class path it was made from,
# each jar with the same size and modification time, so the installed app started without its archive (the
# JVM said "shared class paths mismatch ... timestamp has changed" and went on without it: main window about
# 1.2 s later; packaging/README.md, "The launcher and the installed archive"). This puts the app-image's own
# times back on the files in the .deb and rebuilds it; the contents, and so the package's md5sums, are the same.
# With check-aot it then unpacks the rebuilt .deb and starts its launcher with -XX:AOTMode=on (which makes an
# unusable cache an error) and no display, so the JVM starts and the app stops at once with its "needs a display"
# line: anything else fails the build.
set -eu
deb=$1
image=$2
work=$3
rm -rf "$work"
mkdir -p "$work"
dpkg-deb -R "$deb" "$work/root"
cfg=$(find "$work/root" -path '*/lib/app/*.cfg' | head -1)
[ -n "$cfg" ] || { echo "deb-times: no lib/app/*.cfg in $deb" >&2; exit 1; }
installed=${cfg%/lib/app/*}
(cd "$image" && find . -type f) | while IFS= read -r file; do
    if [ -f "$installed/$file" ]; then
        touch -r "$image/$file" "$installed/$file"
    fi
done
dpkg-deb --root-owner-group --build "$work/root" "$deb" >/dev/null
echo "deb-times: $deb carries the app-image's modification times"

if [ "${4:-}" = check-aot ]; then
    dpkg-deb -x "$deb" "$work/unpacked"
    launcher=$work/unpacked${installed#"$work/root"}/bin/$(basename "$(find "$image/bin" -type f | head -1)")
    status=0
    out=$(env -u DISPLAY -u WAYLAND_DISPLAY JAVA_TOOL_OPTIONS=-XX:AOTMode=on "$launcher" 2>&1) || status=$?
    case $status:$out in
        2:*'needs a display'*) echo "deb-times: the unpacked .deb starts with its AOT cache (-XX:AOTMode=on)" ;;
        *) echo "deb-times: the unpacked .deb does not start with its AOT cache (exit $status):" >&2
           echo "$out" >&2
           exit 1 ;;
    esac
fi
