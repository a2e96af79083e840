namespace Roster.Data.Changes;

/// <summary>The kinds of change-feed entries, as stored in <c>changes.Kind</c>.</summary>
public static class ChangeKinds
{
    public const string TenureStarted = "TENURE_STARTED";
    public const string TenureEnded = "TENURE_ENDED";
    public const string TenureChanged = "TENURE_CHANGED";
    public const string TenureWithdrawn = "TENURE_WITHDRAWN";
    /// <summary>The first roster version of a group.</summary>
    public const string RosterRecorded = "ROSTER_RECORDED";
    /// <summary>A further roster version of a group that already had one.</summary>
    public const string RosterReplaced = "ROSTER_REPLACED";
    /// <summary>Two people became one: a document linked their mentions, or a SAME judgement merged them.</summary>
    public const string PeopleMerged = "PEOPLE_MERGED";
    /// <summary>A merge undone by a later judgement: the person answers on its own again.</summary>
    public const string PeopleSeparated = "PEOPLE_SEPARATED";
}
