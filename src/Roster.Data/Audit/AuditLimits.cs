namespace Roster.Data.Audit;

/// <summary>Column limits of the audit trail; longer text is cut (with "…") before it is stored.</summary>
public static class AuditLimits
{
    /// <summary>Longest target or message, in characters.</summary>
    public const int TextLength = 300;

    /// <summary>Longest request id, in characters.</summary>
    public const int RequestIdLength = 128;

    /// <summary><paramref name="text"/> cut to <paramref name="length"/> characters.</summary>
    public static string Cap(string text, int length = TextLength) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
