#!/usr/bin/env bash
# Writes the tenant of the route-point load test (bench/load/run.sh --target route-point) to standard output:
#   routing-tenant.sh AGENTS
# Extensions 2001..(2000+AGENTS) (digest password pw-DN), one agent a<DN> per extension with skill sales:5, queue
# "sales" on DN 6001, route point 5000 whose strategy queues every call by skill, no after-call work (an agent is
# Ready again as soon as its call ends), the trunk on 127.0.0.1, and the admin "admin" / "load-admin".
set -euo pipefail
agents=$1
cat <<YAML
tenantId: load
sipDomain: load.local
afterCallWorkSec: 0
dns:
  - number: "5000"
    type: route-point
    defaultTarget: sales
    strategy: |
      function route(call) {
        route.toQueue("sales", { skills: { sales: 1 } });
      }
  - number: "6001"
    type: virtual-queue
    queueId: sales
YAML
for ((i = 1; i <= agents; i++)); do
  printf '  - number: "%d"\n    type: extension\n    password: pw-%d\n' $((2000 + i)) $((2000 + i))
done
echo "agents:"
for ((i = 1; i <= agents; i++)); do
  printf '  - agentId: a%d\n    password: agent-pw\n    defaultDn: "%d"\n    skills: { sales: 5 }\n' $((2000 + i)) $((2000 + i))
done
cat <<YAML
trunks:
  - name: load-trunk
    sourceAcl: [127.0.0.1/32]
    allowedPatterns: [2XXX, "5000", "6001"]
dialPlan:
  - pattern: 2XXX
    scope: internal
  - pattern: "5000"
    scope: internal
  - pattern: "6001"
    scope: internal
admins:
  - name: admin
    password: load-admin
    role: admin
YAML
