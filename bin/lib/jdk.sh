# Sourced by bin/entente, ./mvnw and .ci/run: picks a JDK 21 or newer and exports JAVA_HOME.
# Order: $JAVA_HOME if it is new enough, else the newest JDK found in the usual folders.

entente_java_major() {  # prints the major version of the java binary $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

entente_pick_jdk() {
  local min=21 best="" best_major=0 home major
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(entente_java_major "$JAVA_HOME/bin/java")
    if [ -n "$major" ] && [ "$major" -ge "$min" ]; then
      return 0
    fi
    echo "entente: JAVA_HOME=$JAVA_HOME is Java ${major:-unknown}; looking for a JDK $min or newer elsewhere" >&2
  fi
  for home in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    major=$(entente_java_major "$home/bin/java")
    [ -n "$major" ] || continue
    if [ "$major" -ge "$min" ] && [ "$major" -gt "$best_major" ]; then
      best="$home"; best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    local found
    found=$(command -v java >/dev/null 2>&1 && entente_java_major "$(command -v java)")
    echo "entente: no JDK $min or newer found (the java on PATH is ${found:-missing})." >&2
    echo "entente: install one (e.g. Debian 'openjdk-21-jdk' or Temurin 21+) or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
}
