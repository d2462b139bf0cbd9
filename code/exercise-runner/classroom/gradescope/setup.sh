#!/bin/sh
# Gradescope runs this once, when the autograder image is built. The autograder zip holds this
# file, run_autograder, jdk.pin and the workbook (a handout: ./workbook handout DIR, then zip
# DIR's contents with these files at the top). It installs the JDK pinned in jdk.pin, checked
# against its SHA-256, and builds the workbook, so that grading a submission builds nothing and
# downloads nothing. Paths come from variables (Gradescope's by default) so that a test can run
# it under a temporary root: AUTOGRADER_ROOT (/autograder), AUTOGRADER_JDK (/opt/jdk).
set -eu
root=${AUTOGRADER_ROOT:-/autograder}
source=${AUTOGRADER_SOURCE:-$root/source}
jdk=${AUTOGRADER_JDK:-/opt/jdk}
. "$source/jdk.pin"
if [ -z "$JDK_SHA256" ]; then
  echo "jdk.pin has no JDK_SHA256: pin the JDK's checksum first (jdk.pin says where to find it)." >&2
  exit 1
fi
if ! command -v curl >/dev/null 2>&1; then
  apt-get update -q && apt-get install -y -q curl ca-certificates
fi
archive=$(mktemp)
curl -fsSL -o "$archive" "$JDK_URL"
# shasum comes with Perl on Ubuntu and macOS; openssl where it does not.
if command -v shasum >/dev/null 2>&1; then
  actual=$(shasum -a 256 "$archive" | cut -d ' ' -f 1)
else
  actual=$(openssl dgst -sha256 -r "$archive" | cut -d ' ' -f 1)
fi
if [ "$actual" != "$JDK_SHA256" ]; then
  echo "The JDK downloaded from $JDK_URL has SHA-256 $actual, not $JDK_SHA256 as jdk.pin says: refused." >&2
  rm -f "$archive"
  exit 1
fi
mkdir -p "$jdk"
tar -xzf "$archive" -C "$jdk" --strip-components=1
rm -f "$archive"
JAVA_HOME=$jdk
export JAVA_HOME
cd "$source"
chmod +x workbook mvnw
./mvnw -q -DskipTests -pl '!docs,!docs/print' process-classes
mkdir -p target && touch target/workbook.stamp
