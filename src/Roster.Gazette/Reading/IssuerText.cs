namespace Roster.Gazette.Reading;

/// <summary>Recognises text that can be an issuing office in a heading or signature (阳泉市人民政府).</summary>
internal static class IssuerText
{
    /// <summary>Longest office name accepted, in characters.</summary>
    public const int MaxLength = 40;

    /// <summary>True for 2..<see cref="MaxLength"/> characters that are all letters (no digits, no punctuation):
    /// 阳泉市人民政府 is one; 2022年1月30日 and (此件公开发布) are not.</summary>
    public static bool LooksLikeOffice(string compact) =>
        compact.Length is >= 2 and <= MaxLength && compact.All(char.IsLetter);
}
