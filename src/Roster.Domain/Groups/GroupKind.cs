namespace Roster.Domain.Groups;

/// <summary>The kinds of group (docs/model.md); which organisation kinds are groups is data (seed/group-roles.yaml).</summary>
public enum GroupKind
{
    /// <summary>领导小组.</summary>
    LeadingGroup = 1,
    /// <summary>指挥部.</summary>
    CommandHq = 2,
    /// <summary>A working body: 联席会议 (headed by a 召集人), 工作专班, 工作组.</summary>
    WorkingBody = 3,
    /// <summary>A committee set up as a coordinating group (安全生产委员会, 食品安全委员会), told from a standing commission
    /// by the words its name ends in (seed/organization-kinds.yaml, kind committee).</summary>
    Committee = 4,
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
