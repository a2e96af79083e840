using System.Reflection;
using Roster.Domain.Orders;
using Roster.Testing;

namespace Roster.Gazette.Tests;

/// <summary>
/// The corpus: notices written after what public gazettes print (Corpus/*.txt), each read and compared with its
/// expected orders and diagnostics (Corpus/*.yaml). Every form the parser reads has a notice here; notices it must
/// not read with confidence are expected as drafts with the diagnostic that says why.
/// </summary>
public class CorpusTests
{
    private static readonly GazetteParser Parser = new(SeedFacts.Tables);

    /// <summary>Every notice of the corpus, by file name without extension.</summary>
    public static TheoryData<string> Notices() => [.. Names()];

    internal static IEnumerable<string> Names() =>
        System.IO.Directory.GetFiles(CorpusNotice.Directory, "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal);

    [Fact]
    public void The_corpus_has_at_least_fifteen_notices_and_three_that_yield_diagnostics()
    {
        var expected = Names().Select(CorpusNotice.Load).ToList();

        Assert.True(expected.Count >= 15, $"{expected.Count} notices");
        Assert.True(expected.Count(e => e.Diagnostics.Count > 0) >= 3);
        Assert.All(Names(), name => Assert.True(File.Exists(Path.Combine(CorpusNotice.Directory, name + ".yaml")), $"{name}.yaml"));
    }

    [Theory]
    [MemberData(nameof(Notices))]
    public void Corpus_notice_reads_as_expected(string name)
    {
        var expected = CorpusNotice.Load(name);

        var notice = Assert.Single(Parser.Read(File.ReadAllText(Path.Combine(CorpusNotice.Directory, name + ".txt")), name + ".txt").Notices);

        var draft = notice.Draft;
        Assert.Equal(expected.Form, notice.Form);
        Assert.Equal(expected.DocumentNumber, draft.DocumentNumber);
        Assert.Equal(expected.Issuer, draft.Issuer);
        Assert.Equal(expected.Title, draft.Title);
        Assert.Equal(expected.DecisionBody, draft.DecisionBody);
        Assert.Equal(expected.DecidedOn, draft.DecidedOn?.ToString());
        Assert.Equal(expected.IssuedOn, draft.IssuedOn?.ToString());
        Assert.Equal(expected.Lines, [draft.Source.LineStart!.Value, draft.Source.LineEnd!.Value]);
        Assert.Equal(expected.Correction, notice.IsCorrection);
        Assert.Equal(expected.Corrects is { } c ? (c.DocumentNumber, c.Kind) : default,
            draft.Corrects is { } d ? (d.DocumentNumber!, d.Kind.ToString()!.ToUpperInvariant()) : default);
        Assert.Equal(expected.Items.Select(i => i.ToString()), draft.Items.Select(Describe));
        Assert.Equal(
            expected.Diagnostics.Select(d => (d.Line, MessageNamed(d.Message))),
            notice.Diagnostics.Select(d => (d.Line, d.Message)));
        if (expected.Items.Count > 0 && expected.EffectiveOn is not null)
        {
            var order = new OrderValidator(SeedFacts.Tables).Validate(draft);
            // At its precision: 2021-03 for an effective date printed to the month only.
            Assert.Equal(expected.EffectiveOn, Domain.Time.CalendarDate.From(order.EffectiveOn, order.EffectivePrecision).ToString());
            // The draft carries an effective date only when the notice prints one (自X起).
            var implied = draft.DecidedOn ?? draft.IssuedOn;
            Assert.Equal(implied?.ToString() == expected.EffectiveOn ? null : expected.EffectiveOn, draft.EffectiveOn?.ToString());
        }
    }

    private static string Describe(OrderItemDraft item) => new CorpusItem
    {
        Action = item.Action?.ToString().ToUpperInvariant() ?? "",
        Person = item.Person ?? "",
        Organization = item.Organization ?? "",
        Title = item.Title ?? "",
        Probation = item.Probation,
        RetainsRank = item.RetainsRank,
        Concurrent = item.Concurrent,
        Acting = item.Acting,
        Note = item.Note,
    }.ToString();

    private static string MessageNamed(string name) =>
        typeof(GazetteMessages).GetField(name, BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string
        ?? throw new ArgumentException($"no GazetteMessages.{name}", nameof(name));
}
