#!/bin/sh
# One-shot: waits for Elasticsearch, then creates the users of the file-based roles in roles.yml.
# Needs ELASTIC_PASSWORD, WAYMARK_ES_PASSWORD and GRAFANA_ES_PASSWORD in the environment.
set -eu
ES="${ES_URL:-http://elasticsearch:9200}"
until curl -fsS -u "elastic:${ELASTIC_PASSWORD}" "$ES/_cluster/health?wait_for_status=yellow&timeout=5s" >/dev/null; do
  echo "waiting for Elasticsearch at $ES"; sleep 5
done
user() {
  curl -fsS -u "elastic:${ELASTIC_PASSWORD}" -X POST "$ES/_security/user/$1" \
    -H 'Content-Type: application/json' \
    -d "{\"password\":\"$2\",\"roles\":[\"$3\"],\"full_name\":\"$4\"}"
  echo
}
user waymark_query "${WAYMARK_ES_PASSWORD}" waymark_query "Waymark query side"
user grafana_reader "${GRAFANA_ES_PASSWORD}" grafana_reader "Grafana (published aggregates and audit only)"
