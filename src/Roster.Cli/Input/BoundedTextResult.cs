namespace Roster.Cli.Input;

/// <summary>The text of a file read by <see cref="BoundedTextFile"/>, or why it could not be read.</summary>
/// <param name="Text">The whole text (a leading byte-order mark removed) when read; null otherwise.</param>
/// <param name="Problem">A phrase to follow the file's name ("is a directory, not a file"); null when read.</param>
public sealed record BoundedTextResult(string? Text, string? Problem)
{
    /// <summary>True when <see cref="Text"/> holds the file's text.</summary>
    public bool Succeeded => Problem is null;

    internal static BoundedTextResult Success(string text) => new(text, null);

    internal static BoundedTextResult Failure(string problem) => new(null, problem);
}
