namespace Roster.Cli.Tests.Fakes;

/// <summary>A file in a fresh temporary directory, deleted with it.</summary>
public sealed class TempFile : IDisposable
{
    private readonly string _directory;

    public TempFile(string name, string content)
    {
        _directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "roster-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        Path = System.IO.Path.Combine(_directory, name);
        File.WriteAllText(Path, content);
    }

    public string Path { get; }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
