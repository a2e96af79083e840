using Roster.Data;
using Roster.Server.Security;

namespace Roster.Server.Hosting;

/// <summary>
/// <c>roster-server admin key create --office OFFICE --role ROLE</c> (and <c>admin key list</c>,
/// <c>admin key revoke PREFIX</c>): manages API keys in the server's database directly, without a running server and
/// without a key — how the first admin key is made. Other arguments configure the server as usual
/// (<c>--ConnectionStrings:Roster=…</c>).
/// </summary>
public static class ServerAdminCommand
{
    /// <summary>What <c>--help</c> prints.</summary>
    public const string Usage = """
        Roster server: gRPC on --urls (default http://127.0.0.1:5080), HTTP/JSON on Roster:HttpUrl (5081), metrics on Roster:MetricsUrl (9464).

        Usage:
          Roster.Server [--urls URL] [--ConnectionStrings:Roster=CONNECTION] [--Roster:KEY=VALUE ...]
          Roster.Server admin key create --office OFFICE --role reader|clerk|editor|admin
          Roster.Server admin key list
          Roster.Server admin key revoke PREFIX

        Every setting of appsettings.json can be given as --Section:Key=value or as an environment variable
        (Roster__HttpUrl=...); README.md lists them. An empty Roster:HttpUrl or Roster:MetricsUrl turns that listener off.
        """;

    /// <summary>Runs the command when <paramref name="args"/> start with <c>admin key</c>, or prints <see cref="Usage"/> for
    /// <c>--help</c>; returns its exit code, else null.</summary>
    public static async Task<int?> TryRunAsync(string[] args, TextWriter output, TextWriter error)
    {
        // The server's own arguments are configuration (--urls, --Roster:Key=value); asking for help must not start a
        // server that takes the default ports.
        if (args is ["--help"] or ["-h"] or ["-?"] or ["help"])
        {
            output.WriteLine(Usage);
            return 0;
        }
        if (args is ["--version"])
        {
            output.WriteLine(typeof(ServerAdminCommand).Assembly.GetName().Version);
            return 0;
        }
        if (args.Length == 0 || args[0] != "admin") return null;
        // "admin" is a command, never server configuration: asked for help, or given no verb Roster knows, it prints the
        // usage and touches no database.
        var asksHelp = args.Any(a => a is "--help" or "-h" or "-?");
        if (asksHelp || args.Length < 3 || args[1] != "key" || args[2] is not ("create" or "list" or "revoke"))
        {
            (asksHelp ? output : error).WriteLine(Usage);
            return asksHelp ? 0 : 2;
        }
        var verb = args[2];
        var rest = args.Skip(3).ToList();
        string? Take(string name)
        {
            var at = rest.IndexOf(name);
            if (at < 0 || at + 1 >= rest.Count) return null;
            var value = rest[at + 1];
            rest.RemoveRange(at, 2);
            return value;
        }
        var office = Take("--office");
        var roleText = Take("--role");
        var positional = rest.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        if (positional is not null) rest.Remove(positional);

        await using var app = RosterServer.Build([.. rest]);
        await using var scope = app.Services.CreateAsyncScope();
        await RosterDatabase.MigrateAsync(scope.ServiceProvider.GetRequiredService<RosterDbContext>(), CancellationToken.None);
        var keys = scope.ServiceProvider.GetRequiredService<ApiKeyStore>();
        switch (verb)
        {
            case "create" when office is not null && RoleNames.Parse(roleText) is { } role:
                var (stored, key) = await keys.CreateAsync(office, role, ApiKeyStore.CreatedOnServer, CancellationToken.None);
                error.WriteLine($"created {RoleNames.Of(role)} key {stored.Prefix} for {stored.Office}; the key is shown once:");
                output.WriteLine(key);
                return 0;
            case "list":
                foreach (var k in await keys.ListAsync(includeRevoked: true, CancellationToken.None))
                    output.WriteLine($"{k.Prefix}  {k.Role,-6}  {k.Office}  created {k.CreatedAt:yyyy-MM-dd HH:mm}Z by {k.CreatedBy}{(k.RevokedAt is { } r ? $"  revoked {r:yyyy-MM-dd HH:mm}Z" : "")}");
                return 0;
            case "revoke" when positional is not null:
                var revoked = await keys.RevokeAsync(positional, CancellationToken.None);
                output.WriteLine($"revoked {revoked.Prefix} ({revoked.Office})");
                return 0;
            default:
                error.WriteLine("usage: admin key create --office OFFICE --role reader|clerk|editor|admin | admin key list | admin key revoke PREFIX");
                return 2;
        }
    }
}
