using System.Text;

namespace Roster.Cli.Input;

/// <summary>
/// Reads a UTF-8 text file given on the command line, reading at most a stated number of bytes and stopping at
/// the first byte that cannot belong to text, so that <c>/dev/zero</c>, <c>/dev/urandom</c> or a huge file ends
/// at once with a message instead of filling memory. Used for order files and gazette texts alike.
/// </summary>
/// <remarks>
/// The file is read in chunks through a strict UTF-8 decoder; nothing past <c>maxBytes + 1</c> bytes is read.
/// A NUL character is refused wherever it stands: no order file or gazette text holds one, and a YAML reader
/// would otherwise drop it silently and keep the rest of the value (see docs/decisions.md, "Input files").
/// Never throws for a problem with the file: it comes back in <see cref="BoundedTextResult.Problem"/>.
/// </remarks>
public static class BoundedTextFile
{
    /// <summary>The most read from one order file (<c>roster order submit</c>): 4 MiB, the gRPC message limit.</summary>
    public const long OrderFileCap = 4L << 20;

    /// <summary>The most read from one gazette text (<c>roster import</c>): 64 MiB.</summary>
    public const long GazetteCap = 64L << 20;

    private const int ChunkSize = 64 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads the text of <paramref name="path"/>, at most <paramref name="maxBytes"/> bytes. The problem, when
    /// there is one, is a phrase to follow the path: "no such file", "is a directory, not a file", "is larger
    /// than 4 MiB, the most read from one file", "is not UTF-8 text (byte 0xFF at offset 12)", "holds a NUL
    /// character at line 3: not a text file", or the operating system's reason it cannot be opened.
    /// </summary>
    public static BoundedTextResult Read(string path, long maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        if (string.IsNullOrWhiteSpace(path)) return BoundedTextResult.Failure("is not a file name (empty)");
        if (Directory.Exists(path)) return BoundedTextResult.Failure("is a directory, not a file");
        if (!File.Exists(path)) return BoundedTextResult.Failure("no such file");
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            return ReadFrom(stream, maxBytes);
        }
        catch (UnauthorizedAccessException)
        {
            return BoundedTextResult.Failure("cannot be read: permission denied");
        }
        catch (IOException exception)
        {
            return BoundedTextResult.Failure($"cannot be read: {exception.Message}");
        }
    }

    /// <summary>Reads text from <paramref name="stream"/> under the same rules as <see cref="Read"/>.</summary>
    public static BoundedTextResult ReadFrom(Stream stream, long maxBytes)
    {
        var decoder = StrictUtf8.GetDecoder();
        var bytes = new byte[ChunkSize];
        var chars = new char[StrictUtf8.GetMaxCharCount(ChunkSize)];
        var text = new StringBuilder();
        long offset = 0;
        while (true)
        {
            var wanted = (int)Math.Min(ChunkSize, maxBytes + 1 - offset);
            var read = stream.Read(bytes, 0, wanted);
            if (offset + read > maxBytes) return BoundedTextResult.Failure($"is larger than {Size(maxBytes)}, the most read from one file");
            int count;
            try
            {
                count = decoder.GetChars(bytes, 0, read, chars, 0, flush: read == 0);
            }
            catch (DecoderFallbackException exception)
            {
                var bad = exception.BytesUnknown is { Length: > 0 } unknown ? $"byte 0x{unknown[0]:X2}" : "a byte";
                var at = exception.Index >= 0 ? offset + exception.Index : offset;
                return BoundedTextResult.Failure($"is not UTF-8 text ({bad} near offset {Math.Max(0, at)})");
            }
            var nul = Array.IndexOf(chars, '\0', 0, count);
            if (nul >= 0)
            {
                return BoundedTextResult.Failure($"holds a NUL character (U+0000) at line {LineOf(text, chars, nul)}: not a text file");
            }
            text.Append(chars, 0, count);
            offset += read;
            if (read == 0) break;
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text.Remove(0, 1);
        return BoundedTextResult.Success(text.ToString());
    }

    private static int LineOf(StringBuilder before, char[] chunk, int index)
    {
        var line = 1;
        foreach (var part in before.GetChunks())
        {
            line += part.Span.Count('\n');
        }
        return line + chunk.AsSpan(0, index).Count('\n');
    }

    private static string Size(long bytes) =>
        bytes % (1L << 20) == 0 ? $"{bytes >> 20} MiB" : bytes % 1024 == 0 ? $"{bytes >> 10} KiB" : $"{bytes} bytes";
}
