namespace Roster.Cli.Input;

/// <summary>
/// The messages of <see cref="OrderFile"/>, in one place so tests can refer to them. Each names the file and,
/// where it can, the line and column (<c>order.yaml:7:15</c>) and the field path (<c>items[1].retains_rank</c>).
/// Only the syntax of the file is judged here; whether dates exist, actions are known and required fields are
/// present is the server's to say.
/// </summary>
public static class OrderFileErrors
{
    /// <summary>The file could not be opened or read.</summary>
    public static string CannotRead(string file, string reason) => $"cannot read {file}: {reason}";

    /// <summary>The text holds a NUL character, which no field may hold.</summary>
    public static string NulCharacter(string location) => $"{location}: holds a NUL character (U+0000), which no field may hold";

    /// <summary>A <c>.json</c> file is not JSON.</summary>
    public static string NotJson(string location, string reason) => $"{location}: not valid JSON: {reason}";

    /// <summary>The file is not YAML (nor JSON, which YAML reads); a key given twice is reported here too.</summary>
    public static string NotYaml(string location, string reason) => $"{location}: not valid YAML: {reason}";

    /// <summary>The file holds nothing.</summary>
    public static string Empty(string file) => $"{file} is empty: expected one order";

    /// <summary>The file holds several YAML documents.</summary>
    public static string SeveralDocuments(string file) => $"{file} holds several YAML documents: expected one order";

    /// <summary>A value has the wrong shape (a list where a mapping belongs, a mapping where text belongs…).</summary>
    public static string WrongShape(string location, string path, string expected) => $"{location}: {path} must be {expected}";

    /// <summary>A key that is not a field of an order or an item (a typo would otherwise be dropped silently).</summary>
    public static string UnknownField(string location, string path, string allowed) => $"{location}: unknown field {path}; expected one of {allowed}";

    /// <summary>A date that is not written <c>YYYY-MM-DD</c>.</summary>
    public static string NotADate(string location, string path, string text) => $"{location}: {path} is '{text}', not a date in the form {Dates.OrderFilePattern}";

    /// <summary>A flag that is not <c>true</c> or <c>false</c>.</summary>
    public static string NotABoolean(string location, string path, string text) => $"{location}: {path} is '{text}', expected true or false";

    /// <summary>Line numbers that are not one or two positive whole numbers.</summary>
    public static string NotLines(string location, string path) => $"{location}: {path} must be [first, last] line numbers";
}
