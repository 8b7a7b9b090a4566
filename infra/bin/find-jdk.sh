# Sourced by ./newsflow and .ci/run: finds a JDK >= 21 and exports JAVA_HOME and PATH to use it.
# JAVA_HOME wins when it is new enough; otherwise the newest JDK >= 21 under /usr/lib/jvm (or
# NEWSFLOW_JVM_DIRS, space-separated). Prints a clear message and returns 1 when there is none.

NEWSFLOW_MIN_JAVA=21

# The feature version of the JDK at $1 (from its release file, else from `java -version`), or nothing.
newsflow_java_version() {
  local home="$1" v=""
  [ -x "$home/bin/java" ] || return 1
  if [ -f "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9][0-9.]*\).*/\1/p' "$home/release" | head -n 1)
  fi
  if [ -z "$v" ]; then
    v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9.]*\).*/\1/p' | head -n 1)
  fi
  [ -n "$v" ] || return 1
  case "$v" in
    1.*) echo 8 ;;              # 1.8 and older
    *) echo "${v%%.*}" ;;
  esac
}

newsflow_find_jdk() {
  local looked="" best="" best_v=0 dir v
  if [ -n "${JAVA_HOME:-}" ]; then
    v=$(newsflow_java_version "$JAVA_HOME" || true)
    if [ -n "$v" ] && [ "$v" -ge "$NEWSFLOW_MIN_JAVA" ]; then
      export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
    if [ -n "$v" ]; then looked="JAVA_HOME=$JAVA_HOME (Java $v)"; else looked="JAVA_HOME=$JAVA_HOME (not a JDK)"; fi
  fi
  for dir in ${NEWSFLOW_JVM_DIRS:-/usr/lib/jvm}/*; do
    [ -d "$dir" ] || continue
    v=$(newsflow_java_version "$dir" || true)
    [ -n "$v" ] || continue
    looked="${looked:+$looked, }$dir (Java $v)"
    if [ "$v" -ge "$NEWSFLOW_MIN_JAVA" ] && [ "$v" -gt "$best_v" ]; then
      best="$dir"
      best_v="$v"
    fi
  done
  if [ -z "$best" ]; then
    echo "newsflow: no JDK $NEWSFLOW_MIN_JAVA or newer found (looked at: ${looked:-nothing: JAVA_HOME unset, nothing under ${NEWSFLOW_JVM_DIRS:-/usr/lib/jvm}})." >&2
    echo "newsflow: install one (e.g. Temurin 21 or 25) and set JAVA_HOME to it." >&2
    return 1
  fi
  JAVA_HOME="$best"
  export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
}
