namespace Roster.Domain.Groups;

/// <summary>
/// The group table (<c>seed/group-roles.yaml</c>): the seat roles a roster may use, the rank titles that
/// attest no post, and which organisation kinds are groups. Data, not code branches (docs/model.md).
/// </summary>
public sealed class GroupTable
{
    private readonly HashSet<string> _roles;
    private readonly IReadOnlyList<string> _rankTitles;
    private readonly IReadOnlyDictionary<string, GroupKind> _kinds;

    /// <summary>Builds the table.</summary>
    /// <param name="roles">Seat roles as printed without white space (组长, 办公室主任…).</param>
    /// <param name="rankTitles">Grades and memberships that are not posts (二级调研员, 党组成员).</param>
    /// <param name="groupKinds">Organisation kind name (<c>leading_group</c>) to group kind.</param>
    /// <param name="wording">The wording the gazette reader reads rosters by; none when omitted.</param>
    public GroupTable(IReadOnlyList<string> roles, IReadOnlyList<string> rankTitles, IReadOnlyDictionary<string, GroupKind> groupKinds, GroupWording? wording = null)
    {
        Roles = roles;
        RolesLongestFirst = roles.OrderByDescending(r => r.Length).ToList();
        Wording = wording ?? new GroupWording();
        _roles = new HashSet<string>(roles, StringComparer.Ordinal);
        _rankTitles = rankTitles.OrderByDescending(t => t.Length).ToList();
        _kinds = groupKinds;
    }

    /// <summary>The seat roles, in table order (the order a roster prints them in).</summary>
    public IReadOnlyList<string> Roles { get; }

    /// <summary>The seat roles, longest first (the order a reader must try them in: 常务副组长 before 组长).</summary>
    public IReadOnlyList<string> RolesLongestFirst { get; }

    /// <summary>The wording rosters are printed in (<c>reading</c> in the table file).</summary>
    public GroupWording Wording { get; }

    /// <summary>True when <paramref name="role"/> (compact) is a seat role.</summary>
    public bool IsRole(string role) => _roles.Contains(role);

    /// <summary>Position of a role in the table (for ordering output); roles not in the table sort last.</summary>
    public int OrderOf(string role)
    {
        for (var i = 0; i < Roles.Count; i++) if (Roles[i] == role) return i;
        return Roles.Count;
    }

    /// <summary>True when a printed title ends with a rank title (市工信局二级调研员): it attests no post.</summary>
    public bool IsRankTitle(string title) => _rankTitles.Any(r => title.EndsWith(r, StringComparison.Ordinal));

    /// <summary>The group kind of an organisation kind name, or null when that kind is not a group.</summary>
    public GroupKind? GroupKindOf(string? organizationKind) =>
        organizationKind is not null && _kinds.TryGetValue(organizationKind, out var kind) ? kind : null;
}
