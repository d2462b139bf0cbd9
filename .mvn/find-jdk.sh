# Finds a JDK 25 or newer wherever it is installed, so that nobody has to set JAVA_HOME when
# the default java is older. Sourced by ./mvnw and ./workbook; POSIX sh.
#   workbook_find_jdk  prints the home of the newest JDK >= 25, or one sentence on stderr
#                      saying what to install, and returns 1.

workbook_jdk_feature() {  # the feature release (17, 25, ...) of the JDK home $1
  [ -x "$1/bin/java" ] || return 1
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
  else
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
  fi
}

workbook_find_jdk() {
  wfj_best="" wfj_best_version=0 wfj_path_home=""
  if command -v java >/dev/null 2>&1; then
    wfj_path_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)" 2>/dev/null || command -v java)")")
  fi
  # ./mvnw runs with globbing off (set -f); the candidate list needs it on.
  case $- in *f*) wfj_noglob=1; set +f ;; *) wfj_noglob=0 ;; esac
  for wfj_home in "${JAVA_HOME:-}" "$wfj_path_home" /usr/lib/jvm/* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/* \
      "$HOME"/.jdks/* /opt/java/*; do
    [ -n "$wfj_home" ] || continue
    wfj_version=$(workbook_jdk_feature "$wfj_home" 2>/dev/null) || continue
    [ -n "$wfj_version" ] || continue
    if [ "$wfj_version" -ge 25 ] && [ "$wfj_version" -gt "$wfj_best_version" ]; then
      wfj_best=$wfj_home wfj_best_version=$wfj_version
    fi
  done
  [ "$wfj_noglob" = 1 ] && set -f
  if [ -z "$wfj_best" ]; then
    echo "No JDK 25 or newer was found: install one (for example Temurin 25 from https://adoptium.net) or set JAVA_HOME to it." >&2
    return 1
  fi
  echo "$wfj_best"
}
