using AutoMapper;
using AutoMapper.Internal;

namespace Roster.Server.Mapping;

/// <summary>
/// The AutoMapper configuration policy. AutoMapper 14.0.0 (the last MIT release) has advisory
/// GHSA-rvv3-g6hj-g44x (stack overflow on deeply nested self-referential graphs, fixed only in paid
/// versions); every map gets <see cref="MaxDepth"/> and our messages are flat. The test
/// <c>RosterMappingTests.Maps_a_10000_deep_self_referential_chain_without_crashing</c> guards it.
/// </summary>
public static class RosterMapping
{
    /// <summary>Depth limit applied to every map.</summary>
    public const int MaxDepth = 64;

    /// <summary>Adds the Roster profile and the policy to a configuration.</summary>
    public static void Configure(IMapperConfigurationExpression cfg)
    {
        // Protobuf setters reject null strings; domain nulls become "" on the wire.
        cfg.ValueTransformers.Add<string>(s => s ?? string.Empty);
        cfg.AddProfile<RosterProfile>();
        ApplyDepthLimit(cfg);
    }

    /// <summary>Applies <see cref="MaxDepth"/> to every map of <paramref name="cfg"/>.</summary>
    public static void ApplyDepthLimit(IMapperConfigurationExpression cfg) =>
        cfg.Internal().ForAllMaps((_, map) => map.MaxDepth(MaxDepth));
}
