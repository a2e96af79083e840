using Roster.Domain.Errors;
using Roster.Domain.Filing;
using Roster.Domain.Lineage;

namespace Roster.Domain.Tests.Lineage;

/// <summary>The lineage rules and resolution (<see cref="LineageRules"/>, <see cref="LineageResolution"/>) on made-up events:
/// 阳泉市国土资源局 (organisation 1, posts from 2016-03-01) renamed 阳泉市规划和自然资源局 on 2019-01-25; 阳泉市测绘局
/// (organisation 2) merged into it on 2019-03-01.</summary>
public sealed class LineageRulesTests
{
    private const string Land = "阳泉市国土资源局", Planning = "阳泉市规划和自然资源局", Survey = "阳泉市测绘局";
    private static readonly OrganizationFacts Bureau = new(1, Planning, new DateOnly(2016, 3, 1));
    private static readonly OrganizationFacts Surveying = new(2, Survey, new DateOnly(2017, 1, 1));
    private static readonly LineageEvent Rename = new(1, LineageKind.Renamed, new DateOnly(2019, 1, 25), "made-up 1", Land, Planning);
    private static readonly LineageEvent Merge = new(2, LineageKind.MergedInto, new DateOnly(2019, 3, 1), "made-up 2", RelatedId: 1);
    private static readonly LineageGraph Graph = new([Rename, Merge]);

    private static OrganizationFacts? Lookup(long id) => id switch { 1 => Bureau, 2 => Surveying, _ => null };

    [Fact]
    public void The_name_borne_on_a_date_undoes_later_renames()
    {
        Assert.Equal(Land, Graph.NameOn(1, Planning, new DateOnly(2018, 6, 1)));
        Assert.Equal(Land, Graph.NameOn(1, Planning, new DateOnly(2019, 1, 24)));
        Assert.Equal(Planning, Graph.NameOn(1, Planning, new DateOnly(2019, 1, 25)));
        Assert.Equal([Land, Planning], Graph.NamesOf(1, Planning).Order());
    }

    [Fact]
    public void A_former_name_names_the_record_a_rename_took_it_from_unless_a_continuation_kept_it_or_two_bore_it()
    {
        Assert.Equal(1L, Graph.RenamedFrom(Land));
        Assert.Null(Graph.RenamedFrom(Planning));
        Assert.Null(Graph.RenamedFrom(Survey));
        // A continuation leaves the renamed record its name, so the former name still names it directly.
        Assert.Null(new LineageGraph([Rename with { RelatedId = 3 }]).RenamedFrom(Land));
        var twoBodies = new LineageGraph([Rename, new LineageEvent(4, LineageKind.Renamed, new DateOnly(2020, 1, 1), "made-up 3", Land, "阳泉市自然资源局")]);
        Assert.Null(twoBodies.RenamedFrom(Land));
    }

    [Fact]
    public void An_order_naming_a_former_name_is_about_the_renamed_record_and_keeps_everything_else()
    {
        var order = new Orders.Order
        {
            DocumentNumber = Names.DocumentNumber.Parse("阳政任字〔2018〕9号"), Issuer = "阳泉市人民政府", Title = "made-up",
            EffectiveOn = new DateOnly(2018, 8, 1),
            Items =
            [
                new(0, Orders.OrderAction.Remove, "李明", new Posts.Post(Land, "局长", Posts.PostRank.Head), null, false, false, false, null),
                new(1, Orders.OrderAction.Appoint, "张华", new Posts.Post(Survey, "局长", Posts.PostRank.Head), null, false, false, false, null),
            ],
        };

        var renamed = order.WithOrganizationsNamed(new Dictionary<string, string> { [Land] = Planning });

        Assert.Equal([Planning, Survey], renamed.Items.Select(i => i.Post.Organization));
        Assert.Equal([("李明", "局长"), ("张华", "局长")], renamed.Items.Select(i => (i.Person, i.Post.Title)));
        Assert.Equal((order.DocumentNumber, order.EffectiveOn), (renamed.DocumentNumber, renamed.EffectiveOn));
        Assert.Same(order, order.WithOrganizationsNamed(new Dictionary<string, string>()));
    }

    [Fact]
    public void The_new_name_before_the_rename_answers_with_the_predecessor_name_and_the_rename()
    {
        var answer = Assert.Single(LineageResolution.Resolve(Planning, new DateOnly(2018, 6, 1), [Bureau], Graph, Lookup));
        Assert.Equal((1L, Land, true), (answer.Organization.Id, answer.NameOnDate, answer.Predecessor));
        Assert.Same(Rename, answer.Via);
    }

    [Fact]
    public void The_old_name_after_the_rename_answers_with_the_successor_name()
    {
        var answer = Assert.Single(LineageResolution.Resolve(Land, new DateOnly(2020, 1, 1), [Bureau], Graph, Lookup));
        Assert.Equal((Planning, false), (answer.NameOnDate, answer.Predecessor));
        Assert.Same(Rename, answer.Via);
        var then = Assert.Single(LineageResolution.Resolve(Land, new DateOnly(2017, 1, 1), [Bureau], Graph, Lookup));
        Assert.Null(then.Via);
    }

    [Fact]
    public void An_organisation_established_after_the_date_is_answered_by_what_was_merged_into_it()
    {
        var established = new LineageEvent(3, LineageKind.Established, new DateOnly(2020, 1, 1), "made-up 3", NewName: "阳泉市新局");
        var merged = new LineageEvent(2, LineageKind.MergedInto, new DateOnly(2020, 1, 1), "made-up 4", RelatedId: 3);
        var graph = new LineageGraph([established, merged]);
        var newBureau = new OrganizationFacts(3, "阳泉市新局", null);
        var answer = Assert.Single(LineageResolution.Resolve("阳泉市新局", new DateOnly(2019, 6, 1), [newBureau], graph, Lookup));
        Assert.Equal((2L, Survey, true), (answer.Organization.Id, answer.NameOnDate, answer.Predecessor));
        Assert.Same(merged, answer.Via);
    }

    [Fact]
    public void A_rename_dated_before_the_first_record_is_refused_naming_effective_date()
    {
        var early = Rename with { EffectiveOn = new DateOnly(2015, 1, 1) };
        var error = Assert.Throws<PreconditionFailedException>(() =>
            LineageRules.Check(early, Bureau with { Name = Land }, null, null, LineageGraph.Empty, _ => null));
        Assert.Equal((LineageRules.BeforeExistenceReason, "effective_date"), (error.Reason, error.Violations[0].Subject));
    }

    [Fact]
    public void Splitting_an_organisation_from_its_own_offshoot_is_a_cycle()
    {
        var back = new LineageEvent(1, LineageKind.SplitFrom, new DateOnly(2019, 2, 1), "made-up 5");
        var splitGraph = new LineageGraph([new LineageEvent(2, LineageKind.SplitFrom, new DateOnly(2018, 1, 1), "made-up 6", RelatedId: 1)]);
        var error = Assert.Throws<PreconditionFailedException>(() =>
            LineageRules.Check(back, Bureau, Survey, Surveying, splitGraph, _ => null));
        Assert.Equal((LineageRules.CycleReason, "related_organization"), (error.Reason, error.Violations[0].Subject));
        var self = Assert.Throws<InvalidInputException>(() => LineageRules.Check(back, Bureau, Planning, Bureau, LineageGraph.Empty, _ => null));
        Assert.Equal("related_organization", self.Violations[0].Field);
    }

    [Fact]
    public void An_event_on_a_merged_organisation_is_refused()
    {
        var abolish = new LineageEvent(2, LineageKind.Abolished, new DateOnly(2019, 6, 1), "made-up 7");
        var error = Assert.Throws<PreconditionFailedException>(() => LineageRules.Check(abolish, Surveying, null, null, Graph, _ => null));
        Assert.Equal((LineageRules.EndedReason, "organization"), (error.Reason, error.Violations[0].Subject));
    }

    [Fact]
    public void Renaming_to_a_name_a_live_organisation_bears_is_refused()
    {
        var rename = new LineageEvent(2, LineageKind.Renamed, new DateOnly(2018, 1, 1), "made-up 8", Survey, Planning);
        var error = Assert.Throws<PreconditionFailedException>(() =>
            LineageRules.Check(rename, Surveying, null, null, LineageGraph.Empty, n => n == Planning ? Bureau : null));
        Assert.Equal((LineageRules.NameTakenReason, "new_name"), (error.Reason, error.Violations[0].Subject));
    }

    [Fact]
    public void Renaming_onto_a_record_with_nothing_before_the_rename_continues_into_it()
    {
        // 阳泉市规划和自然资源局 already recorded (organisation 5, posts from 2019-03-01) when the rename of the land bureau
        // (organisation 4) on 2019-01-25 is recorded: that record carries the bureau on.
        var land = new OrganizationFacts(4, Land, new DateOnly(2016, 3, 1));
        var planning = new OrganizationFacts(5, Planning, new DateOnly(2019, 3, 1));
        var proposed = new LineageEvent(4, LineageKind.Renamed, new DateOnly(2019, 1, 25), "made-up 9", Land, Planning);
        var continuation = LineageRules.Check(proposed, land, null, null, LineageGraph.Empty, n => n == Planning ? planning : null);
        Assert.Equal(proposed with { RelatedId = 5 }, continuation);
        Assert.True(continuation.IsContinuation);

        var graph = new LineageGraph([continuation]);
        OrganizationFacts? Find(long id) => id switch { 4 => land, 5 => planning, _ => null };
        Assert.Equal(new DateOnly(2019, 1, 25), graph.EstablishedOn(5));
        Assert.Same(continuation, graph.Ending(4));
        // The new name before the rename: the land bureau, as its predecessor.
        var before = Assert.Single(LineageResolution.Resolve(Planning, new DateOnly(2018, 6, 1), [land, planning], graph, Find));
        Assert.Equal((4L, Land, true), (before.Organization.Id, before.NameOnDate, before.Predecessor));
        // The new name after it: the record bearing it, itself.
        var after = Assert.Single(LineageResolution.Resolve(Planning, new DateOnly(2020, 1, 1), [land, planning], graph, Find));
        Assert.Equal((5L, Planning, (LineageEvent?)null), (after.Organization.Id, after.NameOnDate, after.Via));
        // The old name after it: the record that carries it on; before it, the bureau itself.
        var carried = Assert.Single(LineageResolution.Resolve(Land, new DateOnly(2020, 1, 1), [land], graph, Find));
        Assert.Equal((5L, Planning, false), (carried.Organization.Id, carried.NameOnDate, carried.Predecessor));
        Assert.Same(continuation, carried.Via);
        Assert.Equal(4L, Assert.Single(LineageResolution.Resolve(Land, new DateOnly(2018, 6, 1), [land], graph, Find)).Organization.Id);

        // A second continuation into the same record, or any event after the bureau was carried on, is refused.
        var survey = new OrganizationFacts(2, Survey, new DateOnly(2017, 1, 1));
        var again = new LineageEvent(2, LineageKind.Renamed, new DateOnly(2019, 2, 1), "made-up 10", Survey, Planning);
        Assert.Equal(LineageRules.NameTakenReason, Assert.Throws<PreconditionFailedException>(() =>
            LineageRules.Check(again, survey, null, null, graph, n => n == Planning ? planning : null)).Reason);
        var later = new LineageEvent(4, LineageKind.Abolished, new DateOnly(2020, 1, 1), "made-up 11");
        Assert.Equal(LineageRules.EndedReason, Assert.Throws<PreconditionFailedException>(() =>
            LineageRules.Check(later, land, null, null, graph, _ => null)).Reason);
    }

    [Fact]
    public void Unknown_organisations_and_missing_fields_are_refused()
    {
        var unknown = Assert.Throws<PreconditionFailedException>(() =>
            LineageRules.Check(Rename, null, null, null, LineageGraph.Empty, _ => null));
        Assert.Equal((LineageRules.UnknownOrganizationReason, "organization"), (unknown.Reason, unknown.Violations[0].Subject));
        var noName = Assert.Throws<InvalidInputException>(() =>
            LineageRules.Check(Rename with { NewName = null }, Bureau, null, null, LineageGraph.Empty, _ => null));
        Assert.Equal("new_name", noName.Violations[0].Field);
        var noRelated = Assert.Throws<InvalidInputException>(() =>
            LineageRules.Check(Merge, Surveying, null, null, LineageGraph.Empty, _ => null));
        Assert.Equal("related_organization", noRelated.Violations[0].Field);
        LineageRules.Check(Rename, Bureau with { Name = Land }, null, null, LineageGraph.Empty, _ => null);
    }

    [Fact]
    public void A_clerk_records_only_its_own_offices_lineage()
    {
        FilingRules.EnsureMayRecordLineage(new Filer("阳泉市人民政府", true), "阳泉市人民政府");
        FilingRules.EnsureMayRecordLineage(new Filer("editors", false), "太原市人民政府");
        var error = Assert.Throws<PermissionDeniedException>(() => FilingRules.EnsureMayRecordLineage(new Filer("阳泉市人民政府", true), "太原市人民政府"));
        Assert.Equal(FilingRules.LineageOfAnotherOfficeReason, error.Reason);
    }
}
