using Microsoft.Extensions.Time.Testing;
using Roster.Cli.Output;

namespace Roster.Cli.Tests.Output;

/// <summary>The import progress line: nothing for a run under a second, then one line rewritten in place with files and
/// notices read so far, ended by a newline; never when disabled (<c>--json</c>, stderr not a terminal).</summary>
public sealed class ProgressLineTests
{
    [Fact]
    public void A_run_past_a_second_shows_files_and_notices_read_in_one_rewritten_line()
    {
        var clock = new FakeTimeProvider();
        var error = new StringWriter();
        using (var progress = new ProgressLine(error, enabled: true, clock))
        {
            progress.Report(1, 3, "/data/gazette-2022-01.txt", 4);
            Assert.Equal("", error.ToString());
            clock.Advance(TimeSpan.FromSeconds(1.5));
            progress.Report(2, 3, "/data/gazette-2022-02.txt", 6);
            progress.Report(3, 3, "/data/gazette-2022-03.txt", 1);
        }
        Assert.Equal("\rimport: 2/3 files, 10 notices read, gazette-2022-02.txt\u001b[K" +
            "\rimport: 3/3 files, 11 notices read, gazette-2022-03.txt\u001b[K" + Environment.NewLine, error.ToString());
    }

    [Fact]
    public void Disabled_it_prints_nothing_however_long_the_run()
    {
        var clock = new FakeTimeProvider();
        var error = new StringWriter();
        using (var progress = new ProgressLine(error, enabled: false, clock))
        {
            clock.Advance(TimeSpan.FromMinutes(5));
            progress.Report(1, 1, "a.txt", 9);
        }
        Assert.Equal("", error.ToString());
    }

    [Theory]
    [InlineData(false, true, false, true)]
    [InlineData(true, true, false, false)]
    [InlineData(false, true, true, false)]
    [InlineData(false, false, false, false)]
    public void It_is_shown_only_for_text_output_on_a_console_stderr_that_is_a_terminal(bool json, bool console, bool redirected, bool shown) =>
        Assert.Equal(shown, ProgressLine.EnabledFor(json, console, redirected));
}
