using Roster.Gazette;
using System.Text;
using System.Text.RegularExpressions;

namespace Roster.Bench.Gazette;

/// <summary>A synthetic gazette: the seed gazette repeated, each copy's document numbers renumbered
/// (〔2022〕N号 → 〔2022〕N + 1000 × copy号) so that every copy's notices are distinct orders.</summary>
public static partial class SyntheticGazette
{
    /// <summary>Directory of the seed files copied next to the benchmark.</summary>
    public static string SeedDirectory => Path.Combine(AppContext.BaseDirectory, "seed");

    private static readonly Lazy<string> Seed = new(() => File.ReadAllText(Path.Combine(SeedDirectory, "yangquan-gazette-2022-01.txt")));

    /// <summary>The seed gazette repeated <paramref name="copies"/> times with renumbered documents.</summary>
    public static string Build(int copies)
    {
        var text = new StringBuilder(Seed.Value.Length * copies + copies);
        for (var copy = 0; copy < copies; copy++)
        {
            text.Append(Number().Replace(Seed.Value, m =>
                $"{m.Groups["pre"].Value}{int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1000 * copy}{m.Groups["post"].Value}"));
            text.Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Size of <paramref name="text"/> in megabytes (10^6 bytes) of UTF-8.</summary>
    public static double Megabytes(string text) => Encoding.UTF8.GetByteCount(text) / 1e6;

    [GeneratedRegex(@"(?<pre>〔2022〕\s*)(?<n>[0-9]{1,4})(?<post>\s*号)")]
    private static partial Regex Number();
}
