#!/usr/bin/env bash
# Gradescope runs this once, when the autograder image is built. The autograder zip holds this
# file, run_autograder and the workbook (a handout: ./workbook handout DIR, then zip DIR's
# contents with these two files at the top). It installs a JDK 25 and builds the workbook, so
# that grading a submission builds nothing and downloads nothing.
set -euo pipefail
apt-get update -q
apt-get install -y -q curl ca-certificates
mkdir -p /opt/jdk
curl -fsSL "https://api.adoptium.net/v3/binary/latest/25/ga/linux/x64/jdk/hotspot/normal/eclipse" \
  | tar -xz -C /opt/jdk --strip-components=1
export JAVA_HOME=/opt/jdk
cd /autograder/source
chmod +x workbook mvnw
./mvnw -q -DskipTests -pl '!docs,!docs/print' process-classes
mkdir -p target && touch target/workbook.stamp
