#!/bin/sh
# TrustFlow's launcher on Linux (build.xml puts it in place of jpackage's own, as bin/APP_NAME).
#
# It starts the bundled runtime the way jpackage's launcher does, from the same configuration
# (lib/app/APP_NAME.cfg: the class path, the main class, the JVM options, $APPDIR meaning lib/app),
# without what jpackage's launcher does first at every start on Linux: it asks the package managers
# which package owns it (rpm -qf, then dpkg -S, twice over), which on a Debian or Ubuntu desktop
# reads the whole package database each time: 0.3 s on a machine with 760 packages, more on a
# desktop with thousands (packaging/README.md, "The launcher and the installed archive").
#
# On a machine without a GPU (no device node below) it also switches off what JavaFX and GTK would
# try in vain: the OpenGL pipeline and GTK's GL (which loads Mesa's libLLVM, about 40 MB). The app
# does the same itself when started otherwise (dev.trustflow.app.NoGpuRendering, with this list of
# device nodes), but from Java that takes a native call; here it is one environment variable.
# A user's own GDK_GL or prism.order is kept.
set -e

launcher=$(readlink -f "$0")
root=${launcher%/bin/*}
app=$root/lib/app
cfg=$app/APP_NAME.cfg

# $APPDIR, $BINDIR and $ROOTDIR in a configuration value, as jpackage's launcher expands them
expand() {
    value=$1
    while :; do
        case $value in
            *'$APPDIR'*) value=${value%%'$APPDIR'*}$app${value#*'$APPDIR'} ;;
            *'$BINDIR'*) value=${value%%'$BINDIR'*}$root/bin${value#*'$BINDIR'} ;;
            *'$ROOTDIR'*) value=${value%%'$ROOTDIR'*}$root${value#*'$ROOTDIR'} ;;
            *) break ;;
        esac
    done
}

gpu=
for device in /dev/dri /dev/nvidiactl /dev/nvidia0 /dev/dxg; do
    [ -e "$device" ] && gpu=yes
done
sw=
if [ -z "$gpu" ]; then
    if [ -z "${GDK_GL:-}" ]; then
        GDK_GL=disable
        export GDK_GL
    fi
    sw=-Dprism.order=sw
fi

# the app's arguments stay first among the positional parameters until the JVM's are appended after
# them; then they are rotated to the end
count=$#
classpath=
main=
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
        app.classpath=*) expand "${line#app.classpath=}"; classpath=${classpath:+$classpath:}$value ;;
        app.mainclass=*) main=${line#app.mainclass=} ;;
        java-options=*) expand "${line#java-options=}"; set -- "$@" "$value" ;;
    esac
done < "$cfg"
if [ -n "$sw" ]; then
    case " ${JAVA_TOOL_OPTIONS:-} ${JDK_JAVA_OPTIONS:-} " in
        *' -Dprism.order='*) ;;
        *) set -- "$@" "$sw" ;;
    esac
fi
set -- "$@" "-Djpackage.app-path=$launcher" -cp "$classpath" "$main"
while [ "$count" -gt 0 ]; do
    set -- "$@" "$1"
    shift
    count=$((count - 1))
done
exec "$root/lib/runtime/bin/java" "$@"
