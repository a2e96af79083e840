using System.Runtime.InteropServices;
using System.Text;

namespace Roster.Gazette.Text;

/// <summary>
/// Traditional (and variant) characters to the simplified canonical form, by OpenCC's <c>t2s</c> conversion
/// (Debian <c>libopencc1.1</c> and <c>libopencc-data</c>) through its C API. OpenCC was chosen over ICU's
/// Traditional-Simplified transliteration by measurement (docs/reader.md): it converts by phrase, so 乾隆 and 乾坤
/// stay while 乾燥 becomes 干燥 (ICU converts character by character and writes 干隆), it folds variants such as
/// 説 and 戶, and both run far faster than the reader needs because only lines holding a traditional character are
/// converted. When the library is not installed nothing is converted and <see cref="Available"/> is false.
/// </summary>
internal static class TraditionalChinese
{
    private const string Library = "libopencc.so.1.1";
    private const string Configuration = "t2s.json";
    private static readonly Lock Gate = new();
    private static readonly Lazy<Converter?> Instance = new(Open, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True when OpenCC is installed and its t2s conversion opened.</summary>
    public static bool Available => Instance.Value is not null;

    /// <summary>True when <paramref name="c"/> is a traditional or variant character: one the conversion changes on its
    /// own and that the simplified character set (GB 2312) lacks. 乾, 著 and 余 are changed by the conversion in some
    /// phrases but are simplified characters too (a name 李乾 stays), so they do not count.</summary>
    public static bool IsTraditional(char c) => Instance.Value is { } converter && converter.Changes[c];

    /// <summary>The simplified form of <paramref name="text"/>; the text itself when OpenCC is missing or fails.</summary>
    /// <param name="text">A line.</param>
    /// <param name="keepSimplified">True in a simplified text with a few variants: characters that are simplified too
    /// (乾 in a name) stay as printed. False in a traditional text, where they are converted by phrase (於 → 于).</param>
    public static string ToSimplified(string text, bool keepSimplified = false)
    {
        if (Instance.Value is not { } converter || text.Length == 0) return text;
        string? converted;
        lock (Gate)
        {
            converted = converter.Convert(text);
        }
        if (converted is null) return text;
        if (!keepSimplified || converted.Length != text.Length) return converted;
        // Characters that are simplified too stay as printed (a name 贺乾 beside a variant 戶 on the same line).
        return string.Create(text.Length, (text, converted, converter.Ambiguous), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
                span[i] = state.Ambiguous[state.text[i]] ? state.text[i] : state.converted[i];
        });
    }

    private static Converter? Open()
    {
        try
        {
            var handle = opencc_open(Configuration);
            if (handle == IntPtr.Zero || handle == new IntPtr(-1)) return null;
            var converter = new Converter(handle);
            converter.BuildTable();
            return converter;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            return null;
        }
    }

    private sealed class Converter(IntPtr handle)
    {
        /// <summary>Indexed by UTF-16 code unit: true when the character converts to another on its own.</summary>
        public bool[] Changes { get; } = new bool[char.MaxValue + 1];

        /// <summary>Indexed by UTF-16 code unit: true when the conversion changes the character in some phrases but it is
        /// a simplified character too (乾, 著, 余).</summary>
        public bool[] Ambiguous { get; } = new bool[char.MaxValue + 1];

        public string? Convert(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var result = opencc_convert_utf8(handle, bytes, (UIntPtr)bytes.Length);
            if (result == IntPtr.Zero) return null;
            try
            {
                return Marshal.PtrToStringUTF8(result);
            }
            finally
            {
                opencc_convert_utf8_free(result);
            }
        }

        /// <summary>Converts every CJK ideograph of the basic plane once, one a line, and notes which change.</summary>
        public void BuildTable()
        {
            var ranges = new[] { ('\u3400', '\u4DBF'), ('\u4E00', '\u9FFF'), ('\uF900', '\uFAFF') };
            var builder = new StringBuilder();
            var characters = new List<char>();
            foreach (var (from, to) in ranges)
            {
                for (var c = from; c <= to; c++)
                {
                    characters.Add(c);
                    builder.Append(c).Append('\n');
                }
            }
            var converted = Convert(builder.ToString())?.Split('\n');
            if (converted is null || converted.Length < characters.Count) return;
            // GB 2312 (code page 20936) holds the simplified characters only; GBK (936) would hold traditional ones too.
            var simplified = CodePagesEncodingProvider.Instance.GetEncoding(20936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            for (var i = 0; i < characters.Count; i++)
            {
                if (converted[i] == characters[i].ToString()) continue;
                if (Encodes(simplified, characters[i])) Ambiguous[characters[i]] = true;
                else Changes[characters[i]] = true;
            }
        }
    }

    private static bool Encodes(Encoding? encoding, char c)
    {
        if (encoding is null) return false;
        try
        {
            encoding.GetByteCount([c]);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    [DllImport(Library, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern IntPtr opencc_open(string configFileName);

    [DllImport(Library)]
    private static extern IntPtr opencc_convert_utf8(IntPtr opencc, byte[] input, UIntPtr length);

    [DllImport(Library)]
    private static extern void opencc_convert_utf8_free(IntPtr text);
}
