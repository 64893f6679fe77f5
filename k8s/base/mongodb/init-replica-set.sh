#!/bin/bash
# Initiates replica set rs0 and creates (or updates) the users. Idempotent: safe to run again after every
# `kubectl apply -k` (the Job deletes itself after it finished, see init-job.yaml).
set -euo pipefail

# CAUSETTE_MONGODB_HOSTS: the members, as the services' URIs name them (three; the local overlay runs one)
IFS=, read -r -a members <<<"$CAUSETTE_MONGODB_HOSTS"
tls=(--tls --tlsCAFile /tls/ca.crt)
for host in "${members[@]}"; do
    until mongosh --quiet --norc "${tls[@]}" "mongodb://$host/admin?directConnection=true" \
            --eval 'db.adminCommand({ping: 1}).ok' >/dev/null 2>&1; do
        echo "waiting for $host"
        sleep 3
    done
done

# credentials reach the scripts through process.env, never through the command line
mongosh --quiet --norc "${tls[@]}" "mongodb://${members[0]}/admin?directConnection=true" /scripts/initiate.js

until mongosh --quiet --norc "${tls[@]}" "mongodb://$CAUSETTE_MONGODB_HOSTS/admin?replicaSet=rs0" /scripts/users.js; do
    echo "waiting for a primary"
    sleep 3
done
