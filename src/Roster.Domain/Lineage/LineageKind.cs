namespace Roster.Domain.Lineage;

/// <summary>What happened to an organisation (docs/identity.md, organisations). Stored by name; numbered as the API's LineageEventType.</summary>
public enum LineageKind
{
    /// <summary>The organisation was set up (成立, 组建) under the name it bore then.</summary>
    Established = 1,
    /// <summary>The organisation took a new name (更名); it keeps its id, posts and tenures.</summary>
    Renamed = 2,
    /// <summary>The organisation was merged into another (并入, 整合): its posts end on the date; the other continues.</summary>
    MergedInto = 3,
    /// <summary>The organisation was split off another (划出, 分设), which continues.</summary>
    SplitFrom = 4,
    /// <summary>The organisation was abolished (撤销): its posts end on the date.</summary>
    Abolished = 5,
}
