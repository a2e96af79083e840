using System.Globalization;
using System.Text.RegularExpressions;

namespace Roster.Domain.Names;

/// <summary>
/// A document number (文号) in canonical form <c>{issuer code}〔{year}〕{sequence}号</c>, e.g.
/// <c>阳政任字〔2022〕1号</c>. Parsing accepts 〔〕 [] 【】 （） (), a missing bracket and stray spaces
/// (docs/normalisation.md). Ordering is by issuer code, then year, then sequence as a number, so 2号 sorts before 10号.
/// </summary>
public sealed partial record DocumentNumber(string Code, int Year, int Sequence) : IComparable<DocumentNumber>
{
    /// <summary>The longest issuer code accepted, in characters.</summary>
    public const int MaxCodeLength = 32;

    /// <summary>Parses any accepted spelling; false when the text is not a document number.</summary>
    public static bool TryParse(string? text, out DocumentNumber number)
    {
        number = null!;
        var compact = TextForm.Compact(text);
        var match = Pattern().Match(compact);
        if (!match.Success) return false;
        var code = match.Groups["code"].Value;
        if (code.Length > MaxCodeLength) return false;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < 1949 or > 2999) return false;
        if (!int.TryParse(match.Groups["seq"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) || sequence < 1) return false;
        number = new DocumentNumber(code, year, sequence);
        return true;
    }

    /// <summary>Parses any accepted spelling or throws <see cref="FormatException"/>.</summary>
    public static DocumentNumber Parse(string text) =>
        TryParse(text, out var number) ? number : throw new FormatException($"'{text}' is not a document number such as 阳政任字〔2022〕1号.");

    /// <inheritdoc />
    public int CompareTo(DocumentNumber? other)
    {
        if (other is null) return 1;
        var byCode = string.CompareOrdinal(Code, other.Code);
        if (byCode != 0) return byCode;
        var byYear = Year.CompareTo(other.Year);
        return byYear != 0 ? byYear : Sequence.CompareTo(other.Sequence);
    }

    /// <summary>The canonical form, e.g. <c>阳政任字〔2022〕1号</c>.</summary>
    public override string ToString() => $"{Code}〔{Year}〕{Sequence}号";

    // After NFKC, （） became () and full-width digits ASCII; 〔〕 and 【】 survive NFKC.
    [GeneratedRegex(@"^(?<code>\p{IsCJKUnifiedIdeographs}[\p{IsCJKUnifiedIdeographs}A-Za-z]*?)[〔\[【(]?(?<year>[0-9]{4})[〕\]】)]?(?<seq>[0-9]{1,6})号$")]
    private static partial Regex Pattern();
}
