
namespace Roster.Cli.Output;

/// <summary>
/// The progress line of a long import on stderr ("import: 3/12 files, 41 notices read, gazette-2022-03.txt"), rewritten in
/// place. It appears only once the run has taken longer than <see cref="Delay"/>, so short runs print nothing, and only when
/// enabled (stderr is a terminal and no machine-readable output was asked for). <see cref="Done"/> ends the line.
/// </summary>
/// <param name="error">Where the line goes (stderr).</param>
/// <param name="enabled">Whether to show it at all (<see cref="EnabledFor"/>).</param>
/// <param name="clock">The clock that measures the run; the system's when null.</param>
public sealed class ProgressLine(TextWriter error, bool enabled, TimeProvider? clock = null) : IDisposable
{
    /// <summary>Whether an import shows the line: not under <c>--json</c>, and only when stderr is the console's and a terminal.</summary>
    public static bool EnabledFor(bool asJson, bool stderrIsConsole, bool stderrRedirected) => !asJson && stderrIsConsole && !stderrRedirected;

    /// <summary>How long a run goes before the line appears: one second.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly long _started = (clock ?? TimeProvider.System).GetTimestamp();
    private int _notices;
    private bool _shown;

    /// <summary>Reports that file <paramref name="index"/> of <paramref name="count"/> was read with <paramref name="notices"/> notices.</summary>
    public void Report(int index, int count, string path, int notices)
    {
        _notices += notices;
        if (!enabled || _clock.GetElapsedTime(_started) < Delay) return;
        _shown = true;
        error.Write($"\rimport: {index}/{count} files, {_notices} notices read, {Path.GetFileName(path)}\u001b[K");
        error.Flush();
    }

    /// <summary>Ends the line, when one was shown.</summary>
    public void Done()
    {
        if (!_shown) return;
        error.WriteLine();
        _shown = false;
    }

    /// <inheritdoc />
    public void Dispose() => Done();
}
