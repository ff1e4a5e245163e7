#!/usr/bin/env bash
# CI check of the packaging: builds the jlinked runtime and the jpackage app-image (no installer, no
# training run, so no display is needed) and checks what a user would get:
#   1. the launcher exists and is executable, its configuration starts dev.trustflow.app.Launcher, and it does
#      start it (without a display the app says so and stops); no jar in
#      the image carries signature files (they would keep its classes out of the startup archive);
#   2. every bundled lesson (lessons/*.md but README.md, and lessons/index.txt) is inside the simulation jar
#      of the image, under dev/trustflow/lessons/;
#   3. the runtime holds JavaFX with its native libraries, and every JDK module jdeps finds the app's jars
#      using (but the two left out on purpose, see packaging/pom.xml);
#   4. the runtime really runs the app's code: every scenario of the CLI runs on it (real crypto: EC keys,
#      signatures, TLS) and the bundled lessons pass check-lessons.
# Usage: packaging/ci-check.sh [extra maven args, e.g. -o or -Djpackage.jdk=...]
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
say() { echo "[ci-check] $*"; }
fail() { echo "[ci-check] FAILED: $*" >&2; exit 1; }

unset DISPLAY WAYLAND_DISPLAY
say "building the app-image: mvn -B -Ppackage -DskipTests package -Dinstaller.type=none -Dstartup.archive=jdk $*"
mvn -B -q -Ppackage -DskipTests package -Dinstaller.type=none -Dstartup.archive=jdk "$@"

image=packaging/target/dist/TrustFlow
launcher=$image/bin/TrustFlow
appdir=$image/lib/app
runtime=$image/lib/runtime
java_bin=$runtime/bin/java
jdk_bin="$(dirname "$(readlink -f "$(command -v java)")")"

# 1. launcher
[[ -x $launcher ]] || fail "no executable launcher at $launcher"
grep -qx 'app.mainclass=dev.trustflow.app.Launcher' "$appdir/TrustFlow.cfg" \
  || fail "$appdir/TrustFlow.cfg does not start dev.trustflow.app.Launcher"
say "launcher: $launcher ($(du -sh "$image" | cut -f1) image, $(du -sh "$runtime" | cut -f1) runtime)"
# it starts the app: the JVM of the image with the configuration's class path and main class, which without a
# display says so in one line and stops (exit 2)
status=0
out=$("$launcher" 2>&1) || status=$?
[[ $status -eq 2 && $out == *"needs a display"* ]] || fail "the launcher did not start the app (exit $status): $out"
say "launcher: starts the app (without a display it says so in one line, exit 2)"
# the input jars went in without their signature files (packaging/UnsignJars.java): the startup archive can hold them
signed=()
for jar in "$appdir"/*.jar; do
  "$jdk_bin/jar" tf "$jar" | grep -qiE '^META-INF/[^/]+\.(SF|RSA|DSA|EC)$' && signed+=("$(basename "$jar")")
done
[[ ${#signed[@]} -eq 0 ]] || fail "signed jars in the app-image (the unsigned-input step did not run?): ${signed[*]}"
say "jars: none in $appdir is signed"

# 2. lessons
shopt -s nullglob
sim_jars=("$appdir"/trustflow-simulation-*.jar)
[[ ${#sim_jars[@]} -eq 1 ]] || fail "expected one trustflow-simulation jar in $appdir, found ${#sim_jars[@]}"
entries="$("$jdk_bin/jar" tf "${sim_jars[0]}")"
expected=()
for f in lessons/*.md lessons/index.txt; do
  [[ $(basename "$f") == README.md ]] || expected+=("$(basename "$f")")
done
lesson_count=0
for name in "${expected[@]}"; do
  grep -qx "dev/trustflow/lessons/$name" <<<"$entries" || fail "lesson $name is not in ${sim_jars[0]}"
  [[ $name == *.md ]] && lesson_count=$((lesson_count + 1))
done
[[ $lesson_count -gt 0 ]] || fail "no lesson (lessons/*.md) is bundled in ${sim_jars[0]}"
say "lessons: all $lesson_count lesson files (+ index) are in $(basename "${sim_jars[0]}")"

# 3. runtime modules and JavaFX natives
modules="$("$java_bin" --list-modules | sed 's/@.*//')"
grep -qx javafx.controls <<<"$modules" || fail "the runtime has no javafx.controls"
compgen -G "$runtime/lib/libglass*.so" >/dev/null || fail "JavaFX's native libraries are not in $runtime/lib"
app_jars=("$appdir"/*.jar)
# JGraphT's jar is a named module that requires org.jheaps and org.apfloat, and bctls's (BouncyCastle's TLS API)
# requires org.bouncycastle.provider and org.bouncycastle.util: jdeps resolves those from the module path
automatic=$(ls "$appdir"/jheaps-*.jar "$appdir"/apfloat-*.jar "$appdir"/bcprov-*.jar "$appdir"/bcutil-*.jar \
  2>/dev/null | tr '\n' ':')
deps="$("$jdk_bin/jdeps" -q --multi-release 17 --ignore-missing-deps --list-deps \
  --module-path "packaging/target/javafx-modules:$automatic" \
  --class-path "$(IFS=:; echo "${app_jars[*]}")" "${app_jars[@]}" | tr -d ' ')"
missing=()
for dep in $deps; do
  m=${dep%%/*}
  case $m in java.naming|java.sql) continue ;; esac  # left out on purpose: see packaging/pom.xml
  grep -qx "$m" <<<"$modules" || missing+=("$m")
  if [[ $dep == */* ]]; then  # an internal package a library uses: the launcher must export it
    grep -qx "java-options=--add-exports=$dep=ALL-UNNAMED" "$appdir/TrustFlow.cfg" \
      || fail "a library uses $dep but the launcher does not export it (add it to jvm.add.exports)"
  fi
done
[[ ${#missing[@]} -eq 0 ]] || fail "jdeps says the app needs ${missing[*]}, which the runtime lacks (add to jlink.modules)"
say "modules: jdeps lists $(tr '\n' ' ' <<<"$deps")- the runtime has them (but java.naming, java.sql, on purpose) and the launcher exports the internal packages"

# 4. the app's code on the runtime: every scenario, and the bundled lessons
cli=(env -u JAVA_TOOL_OPTIONS "$java_bin" -cp "$appdir/*" dev.trustflow.sim.cli.TrustFlowCli)
ids="$("${cli[@]}" list | grep -E '^[a-z0-9][a-z0-9.-]*  ' | cut -d' ' -f1)" || fail "'list' failed on the runtime"
[[ -n $ids ]] || fail "the CLI lists no scenario"
for id in $ids; do
  out="$("${cli[@]}" run "$id" --seed 7 2>&1)" || fail "scenario $id failed on the bundled runtime: $(tail -3 <<<"$out")"
done
say "scenarios: $(wc -w <<<"$ids") ran on the bundled runtime: $(tr '\n' ' ' <<<"$ids")"
cli_help="$("${cli[@]}" --help 2>&1 || true)"
if grep -qw check-lessons <<<"$cli_help"; then
  "${cli[@]}" check-lessons lessons >/dev/null || fail "check-lessons lessons/ failed on the bundled runtime"
  say "check-lessons: the bundled lessons load on the bundled runtime"
else
  say "check-lessons: skipped, this CLI has no check-lessons command yet"
fi

say "OK in $(( $(date +%s) - start )) s"
