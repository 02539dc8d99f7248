#!/usr/bin/env bash
# Fetches a real Neo4j 5 Community server and Neo4j's cypher-shell from Maven Central (through
# Maven, which caches them in ~/.m2), for the integration tests of the Neo4j credential rotation.
# Writes into $MESHQ_NEO4J_CACHE (default node_modules/.cache/meshq-neo4j):
#   server.classpath        org.neo4j:neo4j (the Community DBMS, started by its CommunityEntryPoint)
#   cypher-shell.classpath  org.neo4j:cypher-shell (the client the rotation scripts use)
#   cypher-shell.jsa        a class-data-sharing archive: cypher-shell starts in about a second
#   version                 the Neo4j version fetched
# Idempotent: nothing is fetched again when the cache matches the version.
set -euo pipefail
cd "$(dirname "$0")/.."
version="${NEO4J_VERSION:-5.26.0}"   # the version of DEFAULT_NEO4J_IMAGE (a unit test keeps them equal)
cache="${MESHQ_NEO4J_CACHE:-$PWD/node_modules/.cache/meshq-neo4j}"
mkdir -p "$cache"

if [ "$(cat "$cache/version" 2>/dev/null)" = "$version" ] && [ -s "$cache/server.classpath" ] &&
  [ -s "$cache/cypher-shell.classpath" ] && [ -s "$cache/cypher-shell.jsa" ]; then
  echo "neo4j $version: cached in $cache"
  exit 0
fi

classpath() { # ARTIFACT OUTPUT
  local dir="$cache/pom-$1"
  mkdir -p "$dir"
  cat > "$dir/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>meshoptixiq.test</groupId>
  <artifactId>$1-classpath</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.neo4j</groupId><artifactId>$1</artifactId><version>$version</version></dependency>
  </dependencies>
</project>
POM
  mvn -q -B -f "$dir/pom.xml" dependency:build-classpath -Dmdep.outputFile="$2" > "$dir/mvn.log" 2>&1 ||
    { cat "$dir/mvn.log" >&2; return 1; }
}
echo "neo4j $version: resolving org.neo4j:neo4j and org.neo4j:cypher-shell from Maven Central"
classpath neo4j "$cache/server.classpath"
classpath cypher-shell "$cache/cypher-shell.classpath"

# Record the classes cypher-shell loads (a connection attempt to a closed port loads the driver,
# TLS and the shell) into a shared archive that later starts map instead of loading again.
rm -f "$cache/cypher-shell.jsa"
java -XX:ArchiveClassesAtExit="$cache/cypher-shell.jsa" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
  -cp "$(cat "$cache/cypher-shell.classpath")" org.neo4j.shell.Main -a bolt+s://127.0.0.1:9 \
  --format plain --non-interactive < /dev/null > /dev/null 2>&1 || true
test -s "$cache/cypher-shell.jsa"
printf '%s' "$version" > "$cache/version"
echo "neo4j $version: ready in $cache"
