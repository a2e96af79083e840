using RosterDraft = Roster.Domain.Groups.RosterDraft;
using SeatDraft = Roster.Domain.Groups.SeatDraft;
using Roster.Gazette;
using Roster.Gazette.Groups;
using Roster.Protos.V1;
using GazetteCode = Roster.Gazette.DiagnosticCode;
using WireCode = Roster.Protos.V1.DiagnosticCode;

namespace Roster.Cli.Input;

/// <summary>What the gazette reader read in one text, as the <c>roster.v1</c> messages of
/// <c>OrderService.ParseNotice</c>: <c>roster import --dry-run --json</c> prints the same document the server answers.
/// Nothing is judged here: orders and rosters are drafts.</summary>
public static class ReadingWire
{
    /// <summary>Adds the notices, rosters and file-level diagnostics of <paramref name="reading"/> to <paramref name="response"/>.</summary>
    /// <param name="response">The run's response, one for all files.</param>
    /// <param name="reading">What was read in one file.</param>
    /// <param name="sourceName">The file as named on the command line; set on each diagnostic.</param>
    public static void Add(ParseNoticeResponse response, GazetteReadResult reading, string sourceName)
    {
        foreach (var notice in reading.Notices)
        {
            response.Notices.Add(new ParsedNotice
            {
                Draft = DraftOrders.ToWire(notice.Draft),
                Diagnostics = { notice.Diagnostics.Select(d => Diagnostic(d, sourceName)) },
                Clean = notice.IsClean,
                Correction = notice.IsCorrection,
                Form = notice.Form,
            });
        }
        foreach (var roster in reading.Rosters)
        {
            response.Rosters.Add(new ParsedRoster
            {
                Draft = roster.Draft is { } draft ? Roster(draft) : null,
                Diagnostics = { roster.Diagnostics.Select(d => Diagnostic(d, sourceName)) },
                Importable = roster.IsImportable,
            });
        }
        response.Diagnostics.Add(reading.Diagnostics.Select(d => Diagnostic(d, sourceName)));
    }

    /// <summary>The wire form of a roster draft read from a text.</summary>
    public static GroupRoster Roster(RosterDraft draft) => new()
    {
        Group = draft.Group ?? "",
        SourceDocument = draft.SourceDocument ?? "",
        Issuer = draft.Issuer ?? "",
        EffectiveOn = draft.EffectiveOn is { } d ? new Google.Type.Date { Year = d.Year, Month = d.Month, Day = d.Day } : null,
        OfficeAt = draft.OfficeAt ?? "",
        Seats = { draft.Seats.Select(Seat) },
        Source = new OrderSource
        {
            Gazette = draft.Source.Gazette ?? "",
            LineStart = draft.Source.LineStart ?? 0,
            LineEnd = draft.Source.LineEnd ?? 0,
            SubmittedBy = draft.Source.SubmittedBy ?? "",
        },
    };

    private static Seat Seat(SeatDraft seat) => new()
    {
        Role = seat.Role ?? "",
        HolderKind = seat.Person is not null ? SeatHolderKind.Person
            : seat.ExOfficio is not null ? SeatHolderKind.ExOfficio
            : seat.MemberUnit is not null ? SeatHolderKind.MemberUnit : SeatHolderKind.Unspecified,
        Person = seat.Person ?? "",
        TitleText = seat.TitleText ?? "",
        ExOfficio = seat.ExOfficio ?? "",
        MemberUnit = seat.MemberUnit ?? "",
        Concurrent = seat.Concurrent,
    };

    // The two enums share their numbers (DIAGNOSTIC_CODE_NOT_AN_ITEM = 1 is NotAnItem = 1).
    private static NoticeDiagnostic Diagnostic(GazetteDiagnostic d, string sourceName) => new()
    {
        Line = d.Line,
        Text = d.Text,
        Message = d.Message,
        Code = (WireCode)(int)d.Code,
        Column = d.Column,
        EndLine = d.EndLine == 0 ? d.Line : d.EndLine,
        EndColumn = d.EndColumn,
        SourceName = sourceName,
    };

    /// <summary>The code's wire name (DIAGNOSTIC_CODE_NOT_AN_ITEM), as printed by the dry run.</summary>
    public static string CodeName(GazetteCode code) =>
        OrderServiceReflection.Descriptor.FindTypeByName<Google.Protobuf.Reflection.EnumDescriptor>("DiagnosticCode")
            ?.FindValueByNumber((int)code)?.Name ?? code.ToString();
}
