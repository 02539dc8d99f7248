#!/usr/bin/env bash
# A PostgreSQL server for the database rotation tests (test/postgres/rotation.integration.test.ts),
# from Debian's packages when none is installed. No cluster is created or started: the tests run
# their own server in a scratch folder and stop it.
set -euo pipefail
if compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null; then
  echo "PostgreSQL server: $(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  exit 0
fi
if [ ! -e /etc/postgresql-common/createcluster.conf ]; then
  mkdir -p /etc/postgresql-common
  echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.conf
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql openssl > /dev/null
echo "PostgreSQL server: $(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
