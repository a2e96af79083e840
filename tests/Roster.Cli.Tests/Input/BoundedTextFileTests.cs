using System.Text;
using Roster.Cli.Input;
using Roster.Cli.Tests.Fakes;

namespace Roster.Cli.Tests.Input;

public class BoundedTextFileTests
{
    [Fact]
    public void Reads_a_text_file_whole_without_its_byte_order_mark()
    {
        using var file = new TempFile("notice.txt", "\uFEFF阳泉市人民政府\n关于赵海金等四人任免职务的通知\n");

        var result = BoundedTextFile.Read(file.Path, BoundedTextFile.GazetteCap);

        Assert.Null(result.Problem);
        Assert.Equal("阳泉市人民政府\n关于赵海金等四人任免职务的通知\n", result.Text);
    }

    [Fact]
    public void Reads_a_file_of_exactly_the_cap_and_refuses_one_byte_more()
    {
        using var file = new TempFile("notice.txt", new string('a', 1024));

        Assert.Equal(1024, BoundedTextFile.Read(file.Path, 1024).Text!.Length);
        Assert.Equal("is larger than 1023 bytes, the most read from one file", BoundedTextFile.Read(file.Path, 1023).Problem);
    }

    [Fact]
    public void Dev_zero_ends_at_once_on_its_first_nul()
    {
        var result = BoundedTextFile.Read("/dev/zero", BoundedTextFile.GazetteCap);

        Assert.Equal("holds a NUL character (U+0000) at line 1: not a text file", result.Problem);
    }

    [Fact]
    public void Dev_urandom_ends_as_not_text()
    {
        var result = BoundedTextFile.Read("/dev/urandom", BoundedTextFile.GazetteCap);

        Assert.False(result.Succeeded);
        Assert.Matches("^(is not UTF-8 text|holds a NUL character)", result.Problem);
    }

    [Fact]
    public void An_endless_stream_of_text_stops_at_the_cap()
    {
        var endless = new EndlessText();

        var result = BoundedTextFile.ReadFrom(endless, 1L << 20);

        Assert.Equal("is larger than 1 MiB, the most read from one file", result.Problem);
        Assert.True(endless.Served <= (1L << 20) + 64 * 1024, $"read {endless.Served} bytes");
    }

    [Fact]
    public void Names_the_line_of_a_raw_nul()
    {
        using var file = new TempFile("order.yaml", "document_number: 阳政任字〔2022〕1号\nitems:\n  - person: 岳\0江\n");

        Assert.Equal("holds a NUL character (U+0000) at line 3: not a text file", BoundedTextFile.Read(file.Path, 4096).Problem);
    }

    [Fact]
    public void Names_an_invalid_byte_and_its_offset()
    {
        using var file = new TempFile("notice.txt", "");
        File.WriteAllBytes(file.Path, [(byte)'a', (byte)'b', 0xFF, (byte)'c']);

        Assert.Equal("is not UTF-8 text (byte 0xFF near offset 2)", BoundedTextFile.Read(file.Path, 4096).Problem);
    }

    [Fact]
    public void A_directory_says_so_and_a_missing_file_says_so()
    {
        Assert.Equal("is a directory, not a file", BoundedTextFile.Read(Path.GetTempPath(), 4096).Problem);
        Assert.Equal("no such file", BoundedTextFile.Read("/no/such/notice.txt", 4096).Problem);
        Assert.Equal("is not a file name (empty)", BoundedTextFile.Read("", 4096).Problem);
    }

    /// <summary>A stream of 'a' that never ends, counting what it served.</summary>
    private sealed class EndlessText : Stream
    {
        public long Served { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Served; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'a');
            Served += count;
            return count;
        }
    }
}
