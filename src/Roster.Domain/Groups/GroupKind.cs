namespace Roster.Domain.Groups;

/// <summary>The two kinds of group (GLOSSARY.md).</summary>
public enum GroupKind
{
    /// <summary>领导小组.</summary>
    LeadingGroup = 1,
    /// <summary>指挥部.</summary>
    CommandHq = 2,
}

/// <summary>What holds a seat (docs/model.md).</summary>
public enum SeatHolderKind
{
    /// <summary>A named person, with the title text printed beside the name.</summary>
    Person = 1,
    /// <summary>A post ex officio, as printed ("市能源局主要负责人", "市政府分管能源工作的副市长").</summary>
    ExOfficio = 2,
    /// <summary>A member unit (成员单位).</summary>
    MemberUnit = 3,
}
