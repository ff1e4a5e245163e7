#!/usr/bin/env bash
# The frame probe with JavaFX's pulse logger: plays a lesson in a loop at 1920x1080 in presenter mode, prints the
# app's own frame-pacing line, then what the FX thread did per pulse while the lesson played (the pulses of the
# first SKIP seconds, the window's start, are left out): for the CSS pass, the layout pass and the FX thread's
# whole share of a pulse (CSS + layout + bounds + copy to the render graph), the median, p99 and max in ms;
# and the painting the render thread did, the same way.
#
# Usage: packaging/frame-probe.sh [LESSON] [SECONDS]   (default lesson:oauth-code-pkce, 15 s; needs Xvfb or a DISPLAY)
# Env:   MVN_ARGS=-o  SKIP_BUILD=1  SKIP=3
set -euo pipefail
cd "$(dirname "$0")/.."
lesson=${1:-lesson:oauth-code-pkce}
seconds=${2:-15}
skip=${SKIP:-3}
out=packaging/target/frame-probe
mkdir -p "$out"

if [[ -z ${DISPLAY:-} ]]; then
  command -v Xvfb >/dev/null || { echo "no DISPLAY and no Xvfb (apt-get install -y xvfb)" >&2; exit 2; }
  for n in $(seq 90 120); do [[ -e /tmp/.X$n-lock ]] || break; done
  Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
  export DISPLAY=":$n"
  sleep 1
fi
if [[ -z ${SKIP_BUILD:-} ]]; then
  mvn -B -q ${MVN_ARGS:-} -pl app -am package dependency:build-classpath -DskipTests \
    -Dmdep.includeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt
fi
cp="$(ls app/target/trustflow-app-*.jar | head -1):$(cat app/target/runtime-classpath.txt)"
log=$out/pulses.log
timeout $((seconds + 90)) java -cp "$cp" -Dtrustflow.probe=frames -Dtrustflow.probe.seconds="$seconds" \
  -Dtrustflow.autoplay="$lesson" -Dtrustflow.size=1920x1080 -Dtrustflow.presenter=true \
  -Dtrustflow.home="$out/home" -Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=0 \
  dev.trustflow.app.Launcher >"$log" 2>&1 || true
grep -o 'probe frames.*' "$log" || { echo "the probe printed no result: see $log" >&2; exit 1; }

# Each pulse starts "PULSE: N [gap ms:elapsed ms]"; its phases are "T<thread> (start +ms): Phase". The FX thread
# is the one that runs the CSS pass; painting runs on the render thread.
awk -v skip="$skip" '
  function pct(a, n, p,   i, j, t) {
    for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return n ? a[int((n - 1) * p) + 1] : 0
  }
  function flush() {
    if (inpulse && elapsed >= skip * 1000) {
      n++; css[n] = c; lay[n] = l; fx[n] = f; paint[n] = p
    }
    c = l = f = p = 0
  }
  /^PULSE: / { flush(); inpulse = 1; split($3, g, /[\[:\]]/); elapsed += g[2] + 0; next }
  /CSS Pass/    { v = t(); c += v; f += v; next }
  /Layout Pass/ { v = t(); l += v; f += v; next }
  /Update bounds|Copy state to render graph/ { f += t(); next }
  /Painting/    { p += t(); next }
  function t(   m) { match($0, /\+[0-9]+ms/); return substr($0, RSTART + 1, RLENGTH - 3) + 0 }
  END {
    flush()
    if (!n) { print "no pulses after the first " skip " s"; exit 1 }
    printf "pulses %d (after the first %d s)\n", n, skip
    printf "  FX css     p50 %3d  p99 %3d  max %3d ms\n", pct(css, n, .5), pct(css, n, .99), pct(css, n, 1)
    printf "  FX layout  p50 %3d  p99 %3d  max %3d ms\n", pct(lay, n, .5), pct(lay, n, .99), pct(lay, n, 1)
    printf "  FX total   p50 %3d  p99 %3d  max %3d ms\n", pct(fx, n, .5), pct(fx, n, .99), pct(fx, n, 1)
    printf "  painting   p50 %3d  p99 %3d  max %3d ms (render thread)\n", pct(paint, n, .5), pct(paint, n, .99), pct(paint, n, 1)
  }' "$log"
