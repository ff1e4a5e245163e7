#!/usr/bin/env bash
# Reproduces the size and start-time table of packaging/README.md: for each JDK, builds the app-image and the
# installer, a bare jlinked runtime (java.base + java.desktop + javafx.controls, same jlink flags) as the size
# baseline, then starts, interleaved and RUNS times each (after one discarded warm-up round):
#   bare-plain      BareWindowBaseline, JavaFX on the module path: `java --module-path FX --add-modules ...`
#   bare-maven      BareWindowBaseline on the class path that `mvn -pl app exec:exec` uses
#   app-maven       the app (dev.trustflow.app.Launcher) on that same class path
#   app-installed   the app-image's launcher (the files the installer puts in /opt/trustflow)
#   app-deb         the launcher of the .deb unpacked (dpkg-deb -x): the installed files themselves, with the
#                   times they get from the package (a startup archive must match them; linux/deb-times.sh)
#   app-no-archive  the same launcher with its startup archive switched off (-Xshare:off / -XX:AOTMode=off)
# Each prints "probe startup first-frame-ms=N cpu-ms=C ready-ms=R ready-cpu-ms=RC" (process start to the first
# frame, and the CPU time all threads used until then: a busy machine stretches it far less; then the same for
# the first frame of the complete main window, which the app builds after its boot screen's first frame);
# the table shows medians and minima. Then the idle memory of the installed app: VmRSS 8 s after "ready".
#
# Usage: packaging/measure.sh [RUNS]          (default 7; needs xvfb-run's Xvfb or a DISPLAY)
# Env:   JDKS="/usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/temurin-25-jdk-amd64"  MVN_ARGS=-o  SKIP_BUILD=1
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${1:-7}
jdks=${JDKS:-"/usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/temurin-25-jdk-amd64"}
out=$root/packaging/target/measure
mkdir -p "$out"
log() { echo "[measure] $*" >&2; }

if [[ -z ${DISPLAY:-} ]]; then
  command -v Xvfb >/dev/null || { echo "no DISPLAY and no Xvfb (apt-get install -y xvfb)" >&2; exit 2; }
  for n in $(seq 90 120); do [[ -e /tmp/.X$n-lock ]] || break; done
  Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
  export DISPLAY=":$n"
  sleep 1
fi

feature() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"; }
mb() { du -sb "$@" | awk '{s+=$1} END {printf "%.1f\n", s/1048576}'; }

# 1. builds: the app jars and the Maven class path once, then image + installer + bare runtime per JDK
if [[ -z ${SKIP_BUILD:-} ]]; then
  log "building the app and its Maven class path"
  mvn -B -q ${MVN_ARGS:-} -pl app -am package dependency:build-classpath -DskipTests \
    -Dmdep.includeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt
  for jdk in $jdks; do
    f=$(feature "$jdk")
    log "JDK $f: mvn -Ppackage package -Djpackage.jdk=$jdk"
    mvn -B -q ${MVN_ARGS:-} -Ppackage -DskipTests package -Djpackage.jdk="$jdk"
    rm -rf "$out/jdk$f" && mkdir -p "$out/jdk$f"
    cp -a packaging/target/dist "$out/jdk$f/dist"
    for d in "$out/jdk$f"/dist/*.deb; do [[ -f $d ]] && dpkg-deb -x "$d" "$out/jdk$f/deb"; done
    compress=2; [[ $f -ge 21 ]] && compress=zip-6
    "$jdk/bin/jlink" --module-path packaging/target/javafx-modules --add-modules java.base,java.desktop,javafx.controls \
      --strip-debug --no-header-files --no-man-pages --compress=$compress --output "$out/jdk$f/bare-runtime"
  done
fi
app_jar=$(ls "$root"/app/target/trustflow-app-*.jar | head -1)
maven_cp="$app_jar:$(cat "$root/app/target/runtime-classpath.txt")"
fx_mods="$root/packaging/target/javafx-modules"
bare=dev.trustflow.app.probe.BareWindowBaseline
mkdir -p "$out/home"  # a fresh user folder: no lesson to reopen, nothing of the builder's
probe=(-Dtrustflow.probe=startup -Dtrustflow.probe.exit=true -Dtrustflow.home=$out/home)

start_ms() { # label jdk-home feature -> one "first-frame-ms/cpu-ms/ready-ms/ready-cpu-ms" value (or NA)
  local label=$1 jdk=$2 f=$3 off launcher="$out/jdk$3/dist/TrustFlow/bin/TrustFlow" line=
  local deb_launcher="$out/jdk$3/deb/opt/trustflow/bin/TrustFlow"
  off=-Xshare:off; [[ -f $out/jdk$f/dist/TrustFlow/lib/app/TrustFlow.aot ]] && off=-XX:AOTMode=off
  case $label in
    bare-plain) line=$(timeout 120 "$jdk/bin/java" "${probe[@]}" --module-path "$fx_mods" --add-modules javafx.controls \
                  -cp "$app_jar" $bare 2>/dev/null) ;;
    bare-maven) line=$(timeout 120 "$jdk/bin/java" "${probe[@]}" -cp "$maven_cp" $bare 2>/dev/null) ;;
    app-maven) line=$(timeout 120 "$jdk/bin/java" "${probe[@]}" -cp "$maven_cp" dev.trustflow.app.Launcher 2>/dev/null) ;;
    app-installed) line=$(JAVA_TOOL_OPTIONS="${probe[*]}" timeout 120 "$launcher" 2>/dev/null) ;;
    app-deb) [[ -x $deb_launcher ]] && line=$(JAVA_TOOL_OPTIONS="${probe[*]}" timeout 120 "$deb_launcher" 2>/dev/null) ;;
    app-no-archive) line=$(JAVA_TOOL_OPTIONS="${probe[*]} $off" timeout 120 "$launcher" 2>/dev/null) ;;
  esac
  sed -n 's/.*probe startup first-frame-ms=\([0-9]*\) cpu-ms=\([0-9]*\) ready-ms=\([0-9]*\) ready-cpu-ms=\([0-9]*\).*/\1\/\2\/\3\/\4/p' \
    <<<"$line" | head -1 | grep . || echo NA
}

median() { tr ' ' '\n' | cut -d/ -f"${FIELD:-1}" | grep -v '^$' | grep -v NA | sort -n | awk '{a[NR]=$1} END {if (NR==0) print "NA"; else print a[int((NR+1)/2)]}'; }
minimum() { tr ' ' '\n' | cut -d/ -f"${FIELD:-1}" | grep -v '^$' | grep -v NA | sort -n | head -1 | grep . || echo NA; }

labels="bare-plain bare-maven app-maven app-installed app-deb app-no-archive"
declare -A samples
log "start times: $runs interleaved runs (+1 warm-up) of: $labels; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 0 "$runs"); do
  for jdk in $jdks; do
    f=$(feature "$jdk")
    for label in $labels; do
      v=$(start_ms "$label" "$jdk" "$f")
      [[ $round -gt 0 ]] && samples[$f.$label]+="$v "
    done
  done
  [[ $round -gt 0 ]] && log "round $round done"
done

idle_rss_mb() { # feature [open] -> VmRSS in MB of the installed app 8 s after "ready"; with "open", the app
  # reopens the OAuth lesson at step 18 (a progress file in a fresh home says that is where the student was)
  local launcher="$out/jdk$1/dist/TrustFlow/bin/TrustFlow" file pid i home
  file=$(mktemp); home=$(mktemp -d)
  [[ ${2:-} == open ]] && printf '{"started":["oauth-code-pkce"],"done":[],"quizzes":{},"last":{"lessonId":"oauth-code-pkce","cursor":17}}\n' >"$home/progress.json"
  JAVA_TOOL_OPTIONS="-Dtrustflow.probe=startup -Dtrustflow.home=$home" "$launcher" >"$file" 2>/dev/null &
  pid=$!
  for i in $(seq 1 1200); do grep -q '^probe startup' "$file" && break; sleep 0.1; done
  sleep 8
  awk '/^VmRSS/ {printf "%.0f", $2/1024}' "/proc/$pid/status"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$file" "$home"
}

{
  echo "Runs: $runs interleaved (medians), $(nproc) cores, load average at the end $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "| | $(for jdk in $jdks; do printf 'JDK %s | ' "$(feature "$jdk")"; done)"
  echo "|---|$(for jdk in $jdks; do printf -- '---|'; done)"
  row() { printf '| %s |' "$1"; shift; for v in "$@"; do printf ' %s |' "${v//_/ }"; done; echo; }
  declare -A med low
  for jdk in $jdks; do f=$(feature "$jdk"); for label in $labels; do
    med[$f.$label]=$(median <<<"${samples[$f.$label]}"); low[$f.$label]=$(minimum <<<"${samples[$f.$label]}"); done; done
  for label in $labels; do
    row "$label CPU ms to first frame, median" $(for jdk in $jdks; do f=$(feature "$jdk"); FIELD=2 median <<<"${samples[$f.$label]}"; done)
  done
  for label in app-maven app-installed app-deb; do
    row "$label ready ms (main window painted), median" $(for jdk in $jdks; do f=$(feature "$jdk"); FIELD=3 median <<<"${samples[$f.$label]}"; done)
    row "$label CPU ms to ready, median" $(for jdk in $jdks; do f=$(feature "$jdk"); FIELD=4 median <<<"${samples[$f.$label]}"; done)
  done
  for label in $labels; do
    row "$label first-frame ms, median (min)" $(for jdk in $jdks; do f=$(feature "$jdk"); echo "${med[$f.$label]}_(${low[$f.$label]})"; done)
  done
  ratio() { awk -v a="$1" -v b="$2" -v c="$3" -v d="$4" 'BEGIN {printf "%.2f_(%.2f)\n", a/b, c/d}'; }
  row "app-maven / bare-maven (budget ≤ 1.3)" $(for jdk in $jdks; do f=$(feature "$jdk"); \
    ratio "${med[$f.app-maven]}" "${med[$f.bare-maven]}" "${low[$f.app-maven]}" "${low[$f.bare-maven]}"; done)
  row "app-installed / bare-plain (budget < 1)" $(for jdk in $jdks; do f=$(feature "$jdk"); \
    ratio "${med[$f.app-installed]}" "${med[$f.bare-plain]}" "${low[$f.app-installed]}" "${low[$f.bare-plain]}"; done)
  for label in app-installed app-deb; do
    row "$label ready / bare-plain first frame (budget ≤ 1.5)" $(for jdk in $jdks; do f=$(feature "$jdk"); \
      awk -v a="$(FIELD=3 median <<<"${samples[$f.$label]}")" -v b="${med[$f.bare-plain]}" \
        'BEGIN {if (a == "NA" || b == "NA") print "NA"; else printf "%.2f\n", a/b}'; done)
  done
  row "bare jlinked runtime MB" $(for jdk in $jdks; do mb "$out/jdk$(feature "$jdk")/bare-runtime"; done)
  row "app runtime MB (with its CDS archive)" $(for jdk in $jdks; do mb "$out/jdk$(feature "$jdk")/dist/TrustFlow/lib/runtime"; done)
  row "runtime / bare runtime (budget ≤ 1.5)" $(for jdk in $jdks; do f=$(feature "$jdk"); \
    awk -v a="$(mb "$out/jdk$f/dist/TrustFlow/lib/runtime")" -v b="$(mb "$out/jdk$f/bare-runtime")" 'BEGIN {printf "%.2f\n", a/b}'; done)
  row "runtime + AOT cache / bare runtime" $(for jdk in $jdks; do f=$(feature "$jdk"); a="$out/jdk$f/dist/TrustFlow/lib/app/TrustFlow.aot"; \
    [[ -f $a ]] || a=; awk -v a="$(mb "$out/jdk$f/dist/TrustFlow/lib/runtime" $a)" -v b="$(mb "$out/jdk$f/bare-runtime")" 'BEGIN {printf "%.2f\n", a/b}'; done)
  row "AOT cache MB (in lib/app)" $(for jdk in $jdks; do a="$out/jdk$(feature "$jdk")/dist/TrustFlow/lib/app/TrustFlow.aot"; \
    [[ -f $a ]] && mb "$a" || echo "-"; done)
  row "app-image MB" $(for jdk in $jdks; do mb "$out/jdk$(feature "$jdk")/dist/TrustFlow"; done)
  row "installer (.deb) MB" $(for jdk in $jdks; do d=$(ls "$out/jdk$(feature "$jdk")"/dist/*.deb 2>/dev/null | head -1); \
    [[ -n $d ]] && mb "$d" || echo "-"; done)
  row "idle RSS MB, installed, nothing open (budget ≤ 250)" $(for jdk in $jdks; do f=$(feature "$jdk"); \
    echo "$(for i in 1 2 3; do idle_rss_mb "$f"; echo; done | median)"; done)
  row "idle RSS MB, installed, a lesson open" $(for jdk in $jdks; do f=$(feature "$jdk"); \
    echo "$(for i in 1 2 3; do idle_rss_mb "$f" open; echo; done | median)"; done)
  echo
  echo "Samples (first-frame ms/CPU ms/ready ms/CPU ms to ready):"
  for jdk in $jdks; do f=$(feature "$jdk"); for label in $labels; do echo "- JDK $f $label: ${samples[$f.$label]}"; done; done
} | tee "$out/results.md"
