# Finds a JDK 25 or newer wherever it is installed, so that nobody has to set JAVA_HOME when
# the default java is older. Sourced by ./mvnw and ./workbook; POSIX sh (dash, macOS's bash 3.2).
#   workbook_find_jdk [ROOT]  prints the home of the JDK 25+ to use, or one sentence on stderr
#                             saying what to install, and returns 1. ROOT is the repository
#                             (default: the folder of the sourcing script, $0).
# The searching is .mvn/JdkFinder.java's, one finder for every OS; this file only finds some
# java 11+ to run it with, and remembers its answer in ROOT/target/jdk-home, so that only the
# first run pays for compiling it (about a second).

workbook_is_jdk25() {  # the folder $1 is a JDK home (javac too: not a JRE) whose release file says 25+
  [ -n "$1" ] && [ -f "$1/release" ] || return 1
  { [ -x "$1/bin/javac" ] || [ -x "$1/bin/javac.exe" ]; } || return 1
  wfj_feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")
  [ -n "$wfj_feature" ] && [ "$wfj_feature" -ge 25 ]
}

workbook_run_finder() {  # runs the finder with the java $1: 0 found (cached), 1 none, 2 this java cannot run it
  [ -n "$1" ] && [ -x "$1" ] || return 2
  # The answer goes to a file of this process, then into the cache in one rename: a run started
  # at the same moment reads a whole answer or none. stderr tells "none found" (the finder's
  # sentence) from a java too old for source files (Java 8: "Could not find or load main class").
  wfj_out=$wfj_cache.$$
  if "$1" "$wfj_root/.mvn/JdkFinder.java" >"$wfj_out" 2>"$wfj_out.err"; then
    rm -f "$wfj_out.err"
    mv -f "$wfj_out" "$wfj_cache"
    return 0
  fi
  if grep '^No JDK' "$wfj_out.err" >&2; then wfj_answer=1; else wfj_answer=2; fi
  rm -f "$wfj_out" "$wfj_out.err"
  return $wfj_answer
}

workbook_cached_jdk() {  # prints the home the finder last wrote to $wfj_cache
  [ -f "$wfj_cache" ] || return 1
  read -r wfj_home <"$wfj_cache" || :
  wfj_home=${wfj_home%"$(printf '\r')"}  # written by Windows's java under Git Bash: a CRLF line
  [ -n "$wfj_home" ] && echo "$wfj_home"
}

workbook_try_java() {  # runs the finder with the java $1 unless an earlier java answered
  [ "$wfj_status" = 2 ] || return 0
  workbook_run_finder "$1" && wfj_status=0 || wfj_status=$?
}

workbook_find_jdk() {
  wfj_root=${1:-$(dirname "$0")}
  # ./workbook changes to its own folder first: a relative $0 may no longer lead there, "." does.
  [ -f "$wfj_root/.mvn/JdkFinder.java" ] || [ ! -f .mvn/JdkFinder.java ] || wfj_root=.
  wfj_cache=$wfj_root/target/jdk-home
  # JAVA_HOME is what the user chose: when its release file says 25+, no JVM need start.
  if workbook_is_jdk25 "${JAVA_HOME:-}"; then
    echo "$JAVA_HOME"
    return 0
  fi
  # The finder's last answer, while that home is still there.
  if wfj_home=$(workbook_cached_jdk) && workbook_is_jdk25 "$wfj_home"; then
    echo "$wfj_home"
    return 0
  fi
  if [ ! -f "$wfj_root/.mvn/JdkFinder.java" ]; then
    echo "find-jdk.sh: $wfj_root is not the workbook's folder (no .mvn/JdkFinder.java there): pass it to workbook_find_jdk." >&2
    return 1
  fi
  mkdir -p "$wfj_root/target" || return 1
  # Some java to run the finder with, each tried until one answers: JAVA_HOME's, then on macOS
  # the one /usr/libexec/java_home names, then the PATH's. Never macOS's /usr/bin/java: when no
  # JDK is installed it is a stub that opens an "install Java" dialog instead of running.
  wfj_status=2
  [ -z "${JAVA_HOME:-}" ] || workbook_try_java "$JAVA_HOME/bin/java"
  if [ -x /usr/libexec/java_home ] && wfj_java=$(/usr/libexec/java_home -v 11+ 2>/dev/null); then
    workbook_try_java "$wfj_java/bin/java"
  fi
  wfj_java=$(command -v java 2>/dev/null) || wfj_java=""
  [ "$wfj_java" = /usr/bin/java ] && [ "$(uname)" = Darwin ] && wfj_java=""
  workbook_try_java "$wfj_java"
  [ "$wfj_status" = 0 ] && workbook_cached_jdk && return 0
  [ "$wfj_status" = 1 ] || echo "No JDK 25 or newer was found (nor a java 11+ to look for one with): install one (for example Temurin 25 from https://adoptium.net) or set JAVA_HOME to it." >&2
  return 1
}
