using System.CommandLine;
using Roster.Cli.Output;
using Roster.Protos.V1;

namespace Roster.Cli.Commands;

/// <summary>
/// <c>roster admin key create|list|revoke</c>: API keys over <c>AdminService</c> (needs an admin key). The first admin
/// key is made on the server machine: <c>dotnet run --project src/Roster.Server -- admin key create --office OFFICE --role admin</c>.
/// </summary>
public static class AdminCommand
{
    /// <summary>Creates the command group.</summary>
    public static Command Create(CliContext context) =>
        new("admin", "Administration (needs an admin key)")
        {
            new Command("key", "API keys: create, list, revoke")
            {
                CreateKey(context),
                ListKeys(context),
                RevokeKey(context),
            },
        };

    private static Command CreateKey(CliContext context)
    {
        var office = new Option<string>("--office") { Description = "The office the key acts for, e.g. 阳泉市人民政府", Required = true };
        var role = new Option<string>("--role") { Description = "reader, clerk, editor or admin", Required = true };
        role.AcceptOnlyFromAmong("reader", "clerk", "editor", "admin");
        var command = new Command("create", "Create a key; it is printed once and cannot be shown again") { office, role };
        command.SetAction((parse, cancellation) => ServerCall.RunAsync(context, parse, async channel =>
        {
            var response = await new AdminService.AdminServiceClient(channel).CreateApiKeyAsync(new CreateApiKeyRequest
            {
                Office = parse.GetRequiredValue(office),
                Role = Enum.Parse<Role>(parse.GetRequiredValue(role), ignoreCase: true),
            }, cancellationToken: cancellation);
            if (context.Options.FormatOf(parse) == OutputFormat.Json)
            {
                JsonOutput.Write(response, context.Output);
                return;
            }
            context.Error.WriteLine($"created {response.Key.Role} key {response.Key.Prefix} for {response.Key.Office}; the key is shown once:");
            context.Output.WriteLine(response.Secret);
        }));
        return command;
    }

    private static Command ListKeys(CliContext context)
    {
        var all = new Option<bool>("--all") { Description = "Also list revoked keys" };
        var command = new Command("list", "List keys (never their secrets)") { all };
        command.SetAction((parse, cancellation) => ServerCall.RunAsync(context, parse, async channel =>
        {
            var response = await new AdminService.AdminServiceClient(channel).ListApiKeysAsync(
                new ListApiKeysRequest { IncludeRevoked = parse.GetValue(all) }, cancellationToken: cancellation);
            if (context.Options.FormatOf(parse) == OutputFormat.Json)
            {
                JsonOutput.Write(response, context.Output);
                return;
            }
            foreach (var key in response.Keys)
                context.Output.WriteLine($"{key.Prefix}  {key.Role}  {key.Office}  created {key.CreatedAt.ToDateTime():yyyy-MM-dd HH:mm}Z by {key.CreatedBy}"
                    + (key.RevokedAt is { } revoked ? $"  revoked {revoked.ToDateTime():yyyy-MM-dd HH:mm}Z" : ""));
        }));
        return command;
    }

    private static Command RevokeKey(CliContext context)
    {
        var prefix = new Argument<string>("PREFIX") { Description = "The key's prefix (from 'roster admin key list') or the whole key" };
        var command = new Command("revoke", "Revoke a key: it is refused from then on") { prefix };
        command.SetAction((parse, cancellation) => ServerCall.RunAsync(context, parse, async channel =>
        {
            var key = (await new AdminService.AdminServiceClient(channel).RevokeApiKeyAsync(
                new RevokeApiKeyRequest { Prefix = parse.GetRequiredValue(prefix) }, cancellationToken: cancellation)).Key;
            context.Output.WriteLine($"revoked {key.Prefix} ({key.Office})");
        }));
        return command;
    }
}
