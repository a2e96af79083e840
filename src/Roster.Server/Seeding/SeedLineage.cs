using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Roster.Data;
using Roster.Data.Entities;
using Roster.Data.Ledger;
using Roster.Data.Lineage;
using Roster.Domain.Errors;
using Roster.Domain.Lineage;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Roster.Server.Seeding;

/// <summary>
/// Loads <c>lineage.yaml</c> of the seed directory after the gazettes (its events name organisations the orders set up):
/// every event goes through the same rules and ledger as RecordLineage, source "seed file" unless it names a document.
/// Recorded by content hash like a gazette, so a later start loads nothing twice; an event the rules refuse is logged and
/// left out. Shape (docs/identity.md, organisations):
/// <code>
/// events:
///   - {organization: 阳泉市国土资源局, type: RENAMED, effective_date: 2019-01-25, new_name: 阳泉市规划和自然资源局, source: 阳政发〔2019〕3号}
/// </code>
/// </summary>
public sealed partial class SeedLineage(RosterDbContext db, LineageLedger ledger, TimeProvider clock, ILogger<SeedLineage> logger)
{
    /// <summary>The file's name in the seed directory.</summary>
    public const string FileName = "lineage.yaml";

    /// <summary>Loads the events of <c>lineage.yaml</c> in <paramref name="directory"/> unless loaded before; returns the events added.</summary>
    public async Task<int> ImportAsync(string directory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path)) return 0;
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (await db.SeedImports.AnyAsync(s => s.Sha256 == sha256, cancellationToken)) return 0;

        var file = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
            .Deserialize<LineageFile?>(System.Text.Encoding.UTF8.GetString(bytes)) ?? new LineageFile();
        var added = 0;
        foreach (var e in file.Events)
        {
            try
            {
                var kind = Enum.TryParse<LineageKind>((e.Type ?? "").Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var parsed)
                    ? parsed
                    : throw new InvalidInputException(LineageRules.InvalidReason, "type", $"'{e.Type}' is not a lineage event type");
                if (!DateOnly.TryParseExact(e.EffectiveDate ?? "", "yyyy-MM-dd", out var on))
                    throw new InvalidInputException(LineageRules.InvalidReason, "effective_date", $"'{e.EffectiveDate}' is not a date");
                await ledger.RecordAsync(new LineageDraft(new OrganizationRef(null, e.Organization), kind, on, e.NewName,
                    e.RelatedOrganization is { Length: > 0 } related ? new OrganizationRef(null, related) : null,
                    string.IsNullOrWhiteSpace(e.Source) ? "seed file" : e.Source, e.Issuer, "seed"), cancellationToken);
                added++;
            }
            catch (RosterException refused)
            {
                LogRefused(e.Organization ?? "?", e.Type ?? "?", refused.Message);
            }
        }
        await using (var transaction = await db.BeginWriteTransactionAsync(cancellationToken))
        {
            if (!await db.SeedImports.AnyAsync(s => s.Sha256 == sha256, cancellationToken))
            {
                db.SeedImports.Add(new SeedImportEntity { FileName = FileName, Sha256 = sha256, ImportedAt = clock.StoredUtcNow(), OrdersAdded = added });
                await db.SaveChangesAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        LogLoaded(added, file.Events.Count);
        return added;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed lineage.yaml: event {Type} of {Organization} refused: {Reason}")]
    private partial void LogRefused(string organization, string type, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed lineage.yaml: {Added} of {Events} lineage events added")]
    private partial void LogLoaded(int added, int events);

    /// <summary>The file as written.</summary>
    private sealed class LineageFile
    {
        public List<LineageLine> Events { get; set; } = [];
    }

    /// <summary>One event as written.</summary>
    private sealed class LineageLine
    {
        public string? Organization { get; set; }
        public string? Type { get; set; }
        public string? EffectiveDate { get; set; }
        public string? NewName { get; set; }
        public string? RelatedOrganization { get; set; }
        public string? Source { get; set; }
        public string? Issuer { get; set; }
    }
}
