using System.CommandLine;
using System.CommandLine.Parsing;

namespace Roster.Cli;

/// <summary>The options every <c>roster</c> command accepts: <c>--server</c> and <c>--json</c>.</summary>
public sealed class GlobalOptions
{
    /// <summary>Environment variable that supplies the default of <c>--server</c>.</summary>
    public const string ServerVariable = "ROSTER_SERVER";

    /// <summary>Environment variable that supplies the default of <c>--api-key</c>.</summary>
    public const string ApiKeyVariable = "ROSTER_API_KEY";

    /// <summary>Where the server listens when neither <c>--server</c> nor <see cref="ServerVariable"/> says otherwise.</summary>
    public const string DefaultServer = "http://127.0.0.1:5080";

    /// <summary>Creates the options; <paramref name="environment"/> looks up environment variables.</summary>
    public GlobalOptions(Func<string, string?> environment)
    {
        _environment = environment;
        Server = new Option<Uri>("--server")
        {
            Description = $"Address of the roster gRPC server (default: ${ServerVariable}, else {DefaultServer})",
            HelpName = "URL",
            Recursive = true,
            CustomParser = result => ParseServer(result, result.Tokens.Single().Value, "--server"),
            DefaultValueFactory = result =>
                environment(ServerVariable) is { Length: > 0 } fromEnvironment
                    ? ParseServer(result, fromEnvironment, ServerVariable)
                    : new Uri(DefaultServer),
        };
        ApiKey = new Option<string?>("--api-key")
        {
            Description = $"API key sent with every call (default: ${ApiKeyVariable}); writes need one",
            HelpName = "KEY",
            Recursive = true,
            // No DefaultValueFactory: help prints a default, and the key is a secret (see ApiKeyOf).
        };
        Json = new Option<bool>("--json")
        {
            Description = "Print the response message as protobuf JSON",
            Recursive = true,
        };
    }

    /// <summary><c>--server URL</c>: an absolute http:// (h2c) or https:// address.</summary>
    public Option<Uri> Server { get; }

    private readonly Func<string, string?> _environment;

    /// <summary><c>--api-key KEY</c>: the API key to authenticate with, if any (read it with <see cref="ApiKeyOf"/>).</summary>
    public Option<string?> ApiKey { get; }

    /// <summary>The API key of <c>--api-key</c>, else of <see cref="ApiKeyVariable"/>, else null.</summary>
    public string? ApiKeyOf(ParseResult parse) =>
        parse.GetValue(ApiKey) is { Length: > 0 } given ? given
            : _environment(ApiKeyVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : null;

    /// <summary>Why <paramref name="key"/> (trimmed) cannot be sent as an API key: a character outside printable ASCII
    /// (a line break, a space, a full-width letter), named with its position; null when it can.</summary>
    public static string? ApiKeyProblem(string key)
    {
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] is > ' ' and <= '~') continue;
            var what = key[i] switch
            {
                '\n' or '\r' => "a line break",
                ' ' or '\t' => "white space",
                _ => $"U+{(int)key[i]:X4}",
            };
            return $"--api-key (or ${ApiKeyVariable}): an API key is printable ASCII (rk_ followed by letters, digits, '_' and '-'); found {what} at position {i + 1}";
        }
        return null;
    }

    /// <summary><c>--json</c>: print the response message as JSON instead of tables.</summary>
    public Option<bool> Json { get; }

    /// <summary>The output format the parsed command line asks for.</summary>
    public OutputFormat FormatOf(ParseResult parse) => parse.GetValue(Json) ? OutputFormat.Json : OutputFormat.Human;

    private static Uri ParseServer(ArgumentResult result, string text, string source)
    {
        if (Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri;
        }
        result.AddError($"{source}: '{text}' is not a server address; expected http://HOST:PORT or https://HOST:PORT");
        return new Uri(DefaultServer);
    }
}
