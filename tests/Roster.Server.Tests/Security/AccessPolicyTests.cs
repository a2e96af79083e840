using Roster.Server.Security;

namespace Roster.Server.Tests.Security;

public sealed class AccessPolicyTests
{
    [Theory]
    [InlineData("/roster.v1.OrderService/SubmitOrder", Role.Clerk)]
    [InlineData("/roster.v1.ProbationService/ConfirmProbation", Role.Clerk)]
    [InlineData("/roster.v1.ProbationService/ListProbations", Role.Reader)]
    [InlineData("/roster.v1.AnomalyService/ListAnomalies", Role.Reader)]
    [InlineData("/roster.v1.OrderService/GetOrder", Role.Reader)]
    [InlineData("/roster.v1.RosterService/ListOfficeholders", Role.Reader)]
    [InlineData("/roster.v1.AdminService/ListApiKeys", Role.Admin)] // a List… of the admin service is still admin-only
    [InlineData("/roster.v1.GroupService/AdjustGroup", Role.Editor)] // an unknown write needs an editor
    [InlineData("/roster.v1.GroupService/SubmitRoster", Role.Editor)]
    [InlineData("/roster.v1.GroupService/SetPortfolio", Role.Editor)]
    [InlineData("/roster.v1.GroupService/GetGroupRoster", Role.Reader)]
    [InlineData("/roster.v1.GazetteService/GetListing", Role.Reader)]
    [InlineData("/roster.v1.OrderService/ParseNotice", Role.Reader)]
    [InlineData("/roster.v1.AuditService/ListAuditEvents", Role.Admin)] // the audit trail names keys and offices
    [InlineData("/roster.v1.ChangeService/WatchChanges", Role.Reader)]
    public void Each_method_needs_its_role(string method, Role role) => Assert.Equal(role, AccessPolicy.RequiredRole(method));

    [Theory]
    [InlineData("/grpc.health.v1.Health/Check")]
    [InlineData("/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo")]
    public void Health_and_reflection_are_open(string method) => Assert.Null(AccessPolicy.RequiredRole(method));

    [Theory]
    [InlineData("/roster.v1.OrderService/SubmitOrder", true)]
    [InlineData("/roster.v1.GroupService/SubmitRoster", true)]
    [InlineData("/roster.v1.GroupService/SetPortfolio", true)]
    [InlineData("/roster.v1.AdminService/CreateApiKey", true)]
    [InlineData("/roster.v1.AdminService/RevokeApiKey", true)]
    [InlineData("/roster.v1.GroupService/AdjustGroup", true)] // a write added later is audited without a description
    [InlineData("/roster.v1.AdminService/ListApiKeys", false)]
    [InlineData("/roster.v1.AuditService/ListAuditEvents", false)]
    [InlineData("/roster.v1.ChangeService/WatchChanges", false)]
    [InlineData("/grpc.health.v1.Health/Check", false)]
    public void Writes_are_the_methods_the_audit_trail_records(string method, bool write) => Assert.Equal(write, AccessPolicy.IsWrite(method));

    [Fact]
    public void Anonymous_reads_follow_the_setting()
    {
        Assert.True(AccessPolicy.Allows(Role.Reader, null, allowAnonymousReads: true));
        Assert.False(AccessPolicy.Allows(Role.Reader, null, allowAnonymousReads: false));
        Assert.False(AccessPolicy.Allows(Role.Clerk, null, allowAnonymousReads: true));
        Assert.True(AccessPolicy.Allows(Role.Clerk, Role.Editor, allowAnonymousReads: false));
    }

    [Theory]
    [InlineData("rk_abcdefghij_xyz", "abcdefghij")]
    [InlineData("rk_short_xyz", null)]
    [InlineData("abcdefghij", null)]
    [InlineData("", null)]
    public void Key_prefixes_are_read_only_from_well_formed_keys(string key, string? prefix) => Assert.Equal(prefix, ApiKeySecret.PrefixOf(key));
}
