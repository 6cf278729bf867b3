namespace Voice.Gateway.Tests.Rest;

/// <summary>Two tenants, so every test can also check that one never sees the other.</summary>
public static class RestTenants
{
    public const string Acme = "acme";
    public const string Globex = "globex";
    public const string AdminPassword = "acme-admin-pw";
    public const string SupervisorPassword = "acme-super-pw";
    public const string AgentPassword = "acme-agent-pw";

    public const string AcmeYaml = """
        tenantId: acme
        sipDomain: acme.test
        dns:
          - { number: "2001", type: extension, password: ext-2001 }
          - { number: "2002", type: extension, password: ext-2002 }
          - { number: "2003", type: extension, password: ext-2003 }
          - { number: "7000", type: route-point, defaultTarget: sales }
          - { number: "8001", type: virtual-queue, queueId: sales }
        agents:
          - { agentId: a1, loginId: alice, password: acme-agent-pw, defaultDn: "2001", skills: { sales: 5 } }
          - { agentId: a2, loginId: bob, password: acme-agent-pw, defaultDn: "2002", skills: { sales: 3 } }
        dialPlan:
          - { pattern: 2XXX, scope: internal }
        admins:
          - { name: root, password: acme-admin-pw, role: admin }
          - { name: sue, password: acme-super-pw, role: supervisor }
        """;

    public const string GlobexYaml = """
        tenantId: globex
        sipDomain: globex.test
        dns:
          - { number: "2001", type: extension, password: globex-2001 }
        agents:
          - { agentId: a1, loginId: gina, password: globex-agent-pw, defaultDn: "2001", skills: { sales: 5 } }
        admins:
          - { name: root, password: globex-admin-pw, role: admin }
        """;
}
