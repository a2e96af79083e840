namespace Roster.Domain.Filing;

/// <summary>Who is writing: the office a caller acts for and whether its role confines it to that office's records.</summary>
/// <param name="Office">The caller's office as its key or token names it (e.g. <c>阳泉市人民政府</c>); null when none is named.</param>
/// <param name="OwnOfficeOnly">True for a clerk, who files only its own office's orders and confirms only the probations its
/// office's orders set; false for an editor or admin (and for a server that checks no credentials).</param>
public sealed record Filer(string? Office, bool OwnOfficeOnly)
{
    /// <summary>A filer that may write for any issuer.</summary>
    public static Filer AnyIssuer { get; } = new(null, OwnOfficeOnly: false);
}
