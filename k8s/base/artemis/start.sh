#!/bin/bash
# Creates a throw-away broker instance in an emptyDir (bin/, etc/), writes one user per workload and the operator
# from the causette-broker-credentials Secret, drops in Causette's broker.xml with this pod's role, adds the
# Prometheus JMX exporter agent, and runs the broker. Messages live on the PersistentVolume at
# /var/lib/artemis-data, so the instance itself can be recreated at every start.
set -euo pipefail

instance=/var/lib/artemis-instance
home="${ARTEMIS_HOME:-/opt/activemq-artemis}"     # where the official image unpacks the distribution
[ -x "$home/bin/artemis" ] || { echo "no Artemis distribution at $home (set ARTEMIS_HOME)" >&2; exit 1; }
ordinal="${POD_NAME##*-}"

"$home/bin/artemis" create "$instance" --force --silent --no-autotune --no-web \
    --user causette-operator --password "$ARTEMIS_OPERATOR_PASSWORD" --role operator --require-login \
    --java-memory "${ARTEMIS_JAVA_MEMORY:-512M}"

# users and roles (PropertiesLoginModule; the files live in the pod's emptyDir only). The role names are those of
# broker.xml's security-settings.
umask 077
{
    for w in gateway rooms messaging moderation operator; do
        var="ARTEMIS_${w^^}_PASSWORD"
        [ -n "${!var:-}" ] || { echo "no $var (causette-broker-credentials: $w-password)" >&2; exit 1; }
        printf 'causette-%s = %s\n' "$w" "${!var}"
    done
} > "$instance/etc/artemis-users.properties"
for w in gateway rooms messaging moderation operator; do
    printf '%s = causette-%s\n' "$w" "$w"
done > "$instance/etc/artemis-roles.properties"

# queue depths, consumers, memory and disk for Prometheus on :9404 (images/artemis/Dockerfile adds the agent)
agent=/opt/jmx-exporter/jmx_prometheus_javaagent.jar
if [ -f "$agent" ]; then
    echo "JAVA_ARGS=\"\$JAVA_ARGS -javaagent:$agent=9404:/etc/causette/artemis/jmx-exporter.yaml\"" >> "$instance/etc/artemis.profile"
else
    echo "no JMX exporter at $agent: the broker exports no metrics (use the image of k8s/images/artemis)" >&2
fi

if [ "$ordinal" = "0" ]; then
    # the primary: after a restart it first looks for an active backup and fails back from it
    # instead of starting with an out-of-date journal
    ha='<ha-policy><replication><primary><check-for-active-server>true</check-for-active-server></primary></replication></ha-policy>'
else
    # the backup: replicates the primary's journal and takes over when it is gone; hands back when it returns
    ha='<ha-policy><replication><backup><allow-failback>true</allow-failback></backup></replication></ha-policy>'
fi

escape() { printf '%s' "$1" | sed -e 's/[\\|&]/\\&/g'; }
sed -e "s|@NAME@|$POD_NAME|" \
    -e "s|@NAMESPACE@|$POD_NAMESPACE|g" \
    -e "s|@SELF_HOST@|$POD_NAME.artemis-hl.$POD_NAMESPACE.svc|" \
    -e "s|@CLUSTER_USER@|causette-cluster|" \
    -e "s|@CLUSTER_PASSWORD@|$(escape "$ARTEMIS_CLUSTER_PASSWORD")|" \
    -e "s|@HA_POLICY@|$ha|" \
    /etc/causette/artemis/broker.xml > "$instance/etc/broker.xml"

exec "$instance/bin/artemis" run
