#!/bin/bash
# Initiates replica set rs0 and creates (or updates) the application user. Idempotent: safe to run
# again after every `kubectl apply -k` (the Job deletes itself after it finished, see init-job.yaml).
set -euo pipefail

# MONGODB_MEMBERS: the StatefulSet's replicas (3; the local overlay runs 1)
members=()
for ((i = 0; i < ${MONGODB_MEMBERS:-3}; i++)); do members+=("mongodb-$i"); done
seeds=""
for m in "${members[@]}"; do
    host="$m.mongodb.$POD_NAMESPACE.svc:27017"
    until mongosh --quiet --norc "mongodb://$host/admin?directConnection=true" \
            --eval 'db.adminCommand({ping: 1}).ok' >/dev/null 2>&1; do
        echo "waiting for $host"
        sleep 3
    done
    seeds="${seeds:+$seeds,}$host"
done

# credentials reach the scripts through process.env, never through the command line
mongosh --quiet --norc "mongodb://${members[0]}.mongodb.$POD_NAMESPACE.svc:27017/admin?directConnection=true" \
    /scripts/initiate.js

until mongosh --quiet --norc "mongodb://$seeds/admin?replicaSet=rs0" /scripts/users.js; do
    echo "waiting for a primary"
    sleep 3
done
