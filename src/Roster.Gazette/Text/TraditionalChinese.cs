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

    /// <summary>True when <paramref name="c"/> is a character the conversion changes on its own (a traditional or
    /// variant character; also a few, such as 乾, that the conversion keeps in some phrases).</summary>
    public static bool IsTraditional(char c) => Instance.Value is { } converter && converter.Changes[c];

    /// <summary>The simplified form of <paramref name="text"/>; the text itself when OpenCC is missing or fails.</summary>
    public static string ToSimplified(string text)
    {
        if (Instance.Value is not { } converter || text.Length == 0) return text;
        lock (Gate)
        {
            return converter.Convert(text) ?? text;
        }
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
            for (var i = 0; i < characters.Count; i++)
            {
                if (converted[i] != characters[i].ToString()) Changes[characters[i]] = true;
            }
        }
    }

    [DllImport(Library, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern IntPtr opencc_open(string configFileName);

    [DllImport(Library)]
    private static extern IntPtr opencc_convert_utf8(IntPtr opencc, byte[] input, UIntPtr length);

    [DllImport(Library)]
    private static extern void opencc_convert_utf8_free(IntPtr text);
}
