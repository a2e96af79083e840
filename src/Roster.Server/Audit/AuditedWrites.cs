using Roster.Domain.Names;
using Roster.Protos.V1;
using Roster.Server.Security;

namespace Roster.Server.Audit;

/// <summary>
/// The audit description of every write RPC. Every method <see cref="AccessPolicy.IsWrite"/> calls a write is audited;
/// a line here gives it a target and outcome words (<see cref="AuditedWrite.Unlisted"/> otherwise). Adding a write RPC:
/// one line.
/// </summary>
public static class AuditedWrites
{
    private static readonly Dictionary<string, AuditedWrite> Described = new(StringComparer.Ordinal)
    {
        ["/roster.v1.OrderService/SubmitOrder"] = AuditedWrite.For<SubmitOrderRequest, SubmitOrderResponse>(AuditOutcomes.Created,
            r => DocumentTarget(r.Order?.DocumentNumber),
            (r, s) => s.AlreadyRecorded ? AuditOutcomes.AlreadyRecorded : r.ValidateOnly ? AuditOutcomes.Validated : AuditOutcomes.Ok,
            r => r.Order?.Source?.SubmittedBy),
        ["/roster.v1.GroupService/SubmitRoster"] = AuditedWrite.For<SubmitRosterRequest, SubmitRosterResponse>(AuditOutcomes.Created,
            r => $"{TextForm.Compact(r.Roster?.Group ?? "")} @ {DocumentTarget(r.Roster?.SourceDocument)}",
            (_, _) => AuditOutcomes.AlreadyRecorded),
        ["/roster.v1.GroupService/SetPortfolio"] = AuditedWrite.For<SetPortfolioRequest, SetPortfolioResponse>(AuditOutcomes.Created,
            r => TextForm.Compact(r.Portfolio?.Person ?? ""), (_, _) => AuditOutcomes.AlreadyRecorded),
        ["/roster.v1.ProbationService/ConfirmProbation"] = AuditedWrite.For<ConfirmProbationRequest, ConfirmProbationResponse>(AuditOutcomes.Created,
            r => $"{TextForm.Compact(r.Person)} @ {TextForm.Compact(r.Organization)}{TextForm.Compact(r.Title)}",
            (_, _) => AuditOutcomes.AlreadyRecorded),
        ["/roster.v1.OrganizationService/RecordLineage"] = AuditedWrite.For<RecordLineageRequest, RecordLineageResponse>(AuditOutcomes.Created,
            r => $"{TextForm.Compact(r.Organization)} {r.Type}", (_, _) => AuditOutcomes.Created),
        ["/roster.v1.PeopleService/JudgePeople"] = AuditedWrite.For<JudgePeopleRequest, JudgePeopleResponse>(AuditOutcomes.Created,
            r => $"{r.First.Trim()} {r.Second.Trim()} {r.Verdict.ToString().ToUpperInvariant()}", (_, _) => AuditOutcomes.Ok),
        ["/roster.v1.PeopleService/AddExternalIdentifier"] = AuditedWrite.For<AddExternalIdentifierRequest, AddExternalIdentifierResponse>(AuditOutcomes.Created,
            r => $"{TextForm.Compact(r.Subject)} {r.Scheme.Trim()}:{r.Value.Trim()}", (_, _) => AuditOutcomes.AlreadyRecorded),
        ["/roster.v1.AdminService/CreateApiKey"] = AuditedWrite.For<CreateApiKeyRequest, CreateApiKeyResponse>(AuditOutcomes.Created,
            r => $"{TextForm.Compact(r.Office)} ({r.Role})", (_, _) => AuditOutcomes.Ok),
        // Never the whole key: a caller may send it instead of the prefix.
        ["/roster.v1.AdminService/RevokeApiKey"] = AuditedWrite.For<RevokeApiKeyRequest, RevokeApiKeyResponse>(AuditOutcomes.Revoked,
            r => ApiKeySecret.PrefixOf(r.Prefix) ?? (r.Prefix.StartsWith(ApiKeySecret.Marker, StringComparison.Ordinal) ? "(malformed key)" : r.Prefix.Trim()),
            (_, _) => AuditOutcomes.Unchanged),
    };

    /// <summary>The description of <paramref name="method"/> (<c>/package.Service/Method</c>), or null when it is not a write.</summary>
    public static AuditedWrite? Find(string method) =>
        Described.TryGetValue(method, out var described) ? described : AccessPolicy.IsWrite(method) ? AuditedWrite.Unlisted : null;

    /// <summary>The canonical form of a document number when it is one, else the text as sent (trimmed).</summary>
    public static string DocumentTarget(string? text) =>
        DocumentNumber.TryParse(text, out var number) ? number.ToString() : (text ?? "").Trim();
}
