using Roster.Testing.Hosting;
using AutoMapper;
using Roster.Server.Mapping;

namespace Roster.Server.Tests;

/// <summary>The one AutoMapper profile and its safety policy.</summary>
public sealed class RosterMappingTests
{
    [Fact]
    public void The_mapping_configuration_is_valid()
    {
        var configuration = new MapperConfiguration(RosterMapping.Configure);
        configuration.AssertConfigurationIsValid();
    }

    private sealed class Link
    {
        public int Depth { get; set; }
        public Link? Next { get; set; }
    }

    private sealed class LinkView
    {
        public int Depth { get; set; }
        public LinkView? Next { get; set; }
    }

    [Fact]
    public void Maps_a_10000_deep_self_referential_chain_without_crashing()
    {
        // GHSA-rvv3-g6hj-g44x: AutoMapper 14 overflows the stack on deep self-referential graphs; the depth
        // limit applied to every map of ours stops it.
        var configuration = new MapperConfiguration(cfg =>
        {
            cfg.CreateMap<Link, LinkView>();
            RosterMapping.ApplyDepthLimit(cfg);
        });
        Link head = new() { Depth = 0 };
        var current = head;
        for (var i = 1; i < 10_000; i++) current = current.Next = new Link { Depth = i };

        var view = configuration.CreateMapper().Map<LinkView>(head);

        var depth = 0;
        for (var v = view; v is not null; v = v.Next) depth++;
        Assert.Equal(RosterMapping.MaxDepth, depth);
    }
}
