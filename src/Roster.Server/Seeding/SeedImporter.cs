using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Roster.Data;
using Roster.Data.Entities;
using Roster.Data.Ledger;
using Roster.Domain.Errors;
using Roster.Domain.Orders;
using Microsoft.Extensions.Options;
using Roster.Domain.Groups;
using Roster.Gazette;
using Roster.Gazette.Groups;
using Roster.Server.Hosting;

namespace Roster.Server.Seeding;

/// <summary>
/// Imports the gazettes in the seed directory at start: every clean notice becomes an order through the
/// same validation and ledger as SubmitOrder. A file is recorded by content hash once imported, so later
/// starts import nothing twice; a notice with diagnostics is logged and left out (never guessed). Then the group
/// rosters the gazette prints are imported the same way (validated, submitted through the roster ledger), unless
/// <see cref="RosterOptions.ImportRosters"/> is off; a roster whose seats may be incomplete is logged and left out.
/// </summary>
public sealed partial class SeedImporter(RosterDbContext db, GazetteParser parser, OrderValidator validator, OrderLedger ledger,
    GroupRosterReader rosterReader, RosterValidator rosterValidator, RosterLedger rosterLedger, IOptions<RosterOptions> options,
    TimeProvider clock, ILogger<SeedImporter> logger)
{
    /// <summary>Imports every <c>*.txt</c> gazette of <paramref name="directory"/> not imported before; returns the orders added.</summary>
    public async Task<int> ImportDirectoryAsync(string directory, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(directory))
        {
            LogNoSeed(directory);
            return 0;
        }
        var added = 0;
        foreach (var path in Directory.EnumerateFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            added += await ImportFileAsync(path, cancellationToken);
        }
        return added;
    }

    private async Task<int> ImportFileAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var fileName = Path.GetFileName(path);
        if (await db.SeedImports.AnyAsync(s => s.Sha256 == sha256, cancellationToken))
        {
            LogAlreadyImported(fileName);
            return 0;
        }

        var reading = parser.Read(System.Text.Encoding.UTF8.GetString(bytes), fileName);
        var added = 0;
        foreach (var notice in reading.Notices)
        {
            if (!notice.IsClean)
            {
                foreach (var d in notice.Diagnostics) LogDiagnostic(fileName, d.Line, d.Message, d.Text);
                continue;
            }
            try
            {
                var order = validator.Validate(notice.Draft with { Source = notice.Draft.Source with { SubmittedBy = "seed" } });
                var outcome = await ledger.SubmitAsync(order, new SubmitOptions(), cancellationToken);
                if (outcome.Created) added++;
            }
            catch (RosterException e)
            {
                LogRejected(fileName, notice.Draft.DocumentNumber ?? "?", e.Message);
            }
        }
        var rosters = options.Value.ImportRosters ? await ImportRostersAsync(System.Text.Encoding.UTF8.GetString(bytes), fileName, cancellationToken) : 0;
        // Replicas starting together on one PostgreSQL database may both get here (their orders are idempotent):
        // the first to take the write lock records the file.
        await using (var transaction = await db.BeginWriteTransactionAsync(cancellationToken))
        {
            if (!await db.SeedImports.AnyAsync(s => s.Sha256 == sha256, cancellationToken))
            {
                db.SeedImports.Add(new SeedImportEntity { FileName = fileName, Sha256 = sha256, ImportedAt = clock.StoredUtcNow(), OrdersAdded = added });
                await db.SaveChangesAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        LogImported(fileName, added, reading.Notices.Count);
        LogRostersImported(fileName, rosters);
        return added;
    }

    private async Task<int> ImportRostersAsync(string text, string fileName, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var reading in rosterReader.Read(text, fileName))
        {
            foreach (var d in reading.Diagnostics) LogDiagnostic(fileName, d.Line, d.Message, d.Text);
            if (!reading.IsImportable) continue;
            try
            {
                var roster = rosterValidator.Validate(reading.Draft! with { Source = reading.Draft!.Source with { SubmittedBy = "seed" } });
                if ((await rosterLedger.SubmitAsync(roster, cancellationToken)).Created) added++;
            }
            catch (RosterException e)
            {
                LogRejected(fileName, reading.Draft!.SourceDocument ?? "?", e.Message);
            }
        }
        return added;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed directory {Directory} does not exist; nothing imported")]
    private partial void LogNoSeed(string directory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed {File} was imported before; skipped")]
    private partial void LogAlreadyImported(string file);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed {File}: {Added} orders added from {Notices} notices")]
    private partial void LogImported(string file, int added, int notices);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed {File}: {Added} group rosters added")]
    private partial void LogRostersImported(string file, int added);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed {File} line {Line}: {Message}: {Text}")]
    private partial void LogDiagnostic(string file, int line, string message, string text);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed {File}: order {DocumentNumber} rejected: {Reason}")]
    private partial void LogRejected(string file, string documentNumber, string reason);
}
