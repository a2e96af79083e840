using Roster.Domain.Groups;
using Roster.Domain.Names;
using Roster.Domain.Posts;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Roster.Domain.Reference;

/// <summary>
/// The data tables the rules read: organisation kinds and head titles
/// (<c>seed/organization-kinds.yaml</c>), jurisdictions with their aliases (<c>seed/aliases.yaml</c>) and the group
/// table (<c>seed/group-roles.yaml</c>).
/// </summary>
/// <param name="Kinds">Organisation kinds, ranks and post splitting.</param>
/// <param name="Names">Organisation-name resolution.</param>
/// <param name="Groups">Seat roles, rank titles and group kinds (<c>seed/group-roles.yaml</c>).</param>
public sealed record ReferenceTables(OrganizationKindTable Kinds, OrganizationNameResolver Names, GroupTable Groups)
{
    /// <summary>File name of the gazette reader's word lists inside the seed directory.</summary>
    public const string ReaderVocabularyFile = "reader-vocabulary.yaml";

    /// <summary>The gazette reader's word lists (<c>seed/reader-vocabulary.yaml</c>); empty lists when the file is absent.</summary>
    public ReaderVocabulary Reader { get; init; } = ReaderVocabulary.Empty;

    /// <summary>File name of the organisation-kind table inside the seed directory.</summary>
    public const string KindsFile = "organization-kinds.yaml";

    /// <summary>File name of the alias table inside the seed directory.</summary>
    public const string AliasesFile = "aliases.yaml";

    /// <summary>File name of the group table inside the seed directory.</summary>
    public const string GroupsFile = "group-roles.yaml";

    /// <summary>Reads both tables from <paramref name="seedDirectory"/>; throws <see cref="FileNotFoundException"/>
    /// or <see cref="InvalidDataException"/> (with the file name) when a table is missing or malformed.</summary>
    public static ReferenceTables Load(string seedDirectory)
    {
        var kinds = Read<KindsDocument>(Path.Combine(seedDirectory, KindsFile));
        var aliases = Read<AliasesDocument>(Path.Combine(seedDirectory, AliasesFile));
        var kindTable = new OrganizationKindTable(
            kinds.Kinds.Select(k => new OrganizationKind(k.Kind, k.Suffixes, k.Head, k.Portfolio)).ToList(),
            kinds.DeputyPrefixes, kinds.MemberTitles, kinds.OtherTitles,
            kinds.ImpliedOrganizations.Select(i => new ImpliedOrganization(i.Title, i.Marker, i.Suffix)).ToList());
        var resolver = new OrganizationNameResolver(aliases.Jurisdictions
            .Select(j => new JurisdictionAliases(j.Name, j.Issuers,
                j.Fixes.Concat(j.Abbreviations).Select(r => new NameReplacement(r.From, r.To)).ToList(),
                j.Fixes.Select(r => new NameReplacement(r.From, r.To)).ToList(),
                string.IsNullOrWhiteSpace(j.Government) ? null : TextForm.Compact(j.Government)))
            .ToList());
        var groups = Read<GroupsDocument>(Path.Combine(seedDirectory, GroupsFile));
        var groupTable = new GroupTable(groups.Roles.Select(TextForm.Compact).ToList(), groups.RankTitles,
            groups.GroupKinds.ToDictionary(g => g.Kind, g => g.GroupKind switch
            {
                "LEADING_GROUP" => GroupKind.LeadingGroup,
                "COMMAND_HQ" => GroupKind.CommandHq,
                "WORKING_BODY" => GroupKind.WorkingBody,
                "COMMITTEE" => GroupKind.Committee,
                _ => throw new InvalidDataException($"{GroupsFile}: unknown group kind '{g.GroupKind}'"),
            }), groups.Reading.ToWording());
        var readerPath = Path.Combine(seedDirectory, ReaderVocabularyFile);
        var reader = File.Exists(readerPath) ? Read<ReaderVocabulary>(readerPath) : ReaderVocabulary.Empty;
        return new ReferenceTables(kindTable, resolver, groupTable) { Reader = reader };
    }

    /// <summary>Walks up from <paramref name="start"/> to the first directory holding <c>seed/aliases.yaml</c>
    /// (for tests and tools run from inside the checkout); null when there is none.</summary>
    public static string? FindSeedDirectory(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seed");
            if (File.Exists(Path.Combine(candidate, AliasesFile))) return candidate;
        }
        return null;
    }

    private static T Read<T>(string path) where T : new()
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        try
        {
            return deserializer.Deserialize<T>(File.ReadAllText(path)) ?? new T();
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    private sealed class KindsDocument
    {
        public List<KindRow> Kinds { get; set; } = [];
        public List<string> DeputyPrefixes { get; set; } = [];
        public List<string> MemberTitles { get; set; } = [];
        public List<string> OtherTitles { get; set; } = [];
        public List<ImpliedRow> ImpliedOrganizations { get; set; } = [];
    }

    private sealed class ImpliedRow
    {
        public string Title { get; set; } = "";
        public string Marker { get; set; } = "";
        public string Suffix { get; set; } = "";
    }

    private sealed class KindRow
    {
        public string Kind { get; set; } = "";
        public List<string> Suffixes { get; set; } = [];
        public List<string> Head { get; set; } = [];
        public string? Portfolio { get; set; }
    }

    private sealed class GroupsDocument
    {
        public List<string> Roles { get; set; } = [];
        public List<string> RankTitles { get; set; } = [];
        public List<GroupKindRow> GroupKinds { get; set; } = [];
        public GroupReadingRow Reading { get; set; } = new();
    }

    private sealed class GroupReadingRow
    {
        public List<string> GroupSuffixes { get; set; } = [];
        public List<string> Introducers { get; set; } = [];
        public List<string> NameOpeners { get; set; } = [];
        public List<string> ContingentPhrases { get; set; } = [];
        public List<string> ContingentGroups { get; set; } = [];
        public List<string> MemberUnitLabels { get; set; } = [];
        public List<string> PromiseWords { get; set; } = [];
        public List<string> SubBodyMarkers { get; set; } = [];
        public List<string> UnitDeputies { get; set; } = [];
        public string MemberRole { get; set; } = "成员";
        public List<string> OfficeAt { get; set; } = [];
        public List<string> OfficeMarkers { get; set; } = [];
        public List<OfficeRoleRow> OfficeRoles { get; set; } = [];
        public List<string> ConcurrentMarks { get; set; } = [];
        public List<string> SuccessionPhrases { get; set; } = [];
        public List<string> NameSuffixes { get; set; } = [];
        public List<string> TitleEndings { get; set; } = [];
        public List<string> TitleStarts { get; set; } = [];
        public List<string> NameFinalExclusions { get; set; } = [];
        public List<string> PlaceLevels { get; set; } = [];
        public string Surnames { get; set; } = "";
        public List<string> CompoundSurnames { get; set; } = [];
        public List<string> IssuerSuffixes { get; set; } = [];

        /// <summary>The lists compacted (the reader matches compact text), longest entries first where order matters.</summary>
        public GroupWording ToWording()
        {
            static List<string> C(IEnumerable<string> words) => words.Select(TextForm.Compact).Where(w => w.Length > 0).OrderByDescending(w => w.Length).ToList();
            return new GroupWording
            {
                GroupSuffixes = C(GroupSuffixes), Introducers = C(Introducers), NameOpeners = C(NameOpeners),
                ContingentPhrases = C(ContingentPhrases), ContingentGroups = C(ContingentGroups), MemberUnitLabels = C(MemberUnitLabels),
                PromiseWords = C(PromiseWords), SubBodyMarkers = C(SubBodyMarkers), UnitDeputies = C(UnitDeputies),
                MemberRole = TextForm.Compact(MemberRole), OfficeAt = C(OfficeAt), OfficeMarkers = C(OfficeMarkers),
                OfficeRoles = OfficeRoles.Select(r => (TextForm.Compact(r.Printed), TextForm.Compact(r.Role))).OrderByDescending(r => r.Item1.Length).ToList(),
                ConcurrentMarks = C(ConcurrentMarks), SuccessionPhrases = C(SuccessionPhrases), NameSuffixes = C(NameSuffixes),
                TitleEndings = C(TitleEndings), TitleStarts = C(TitleStarts), NameFinalExclusions = C(NameFinalExclusions), PlaceLevels = C(PlaceLevels),
                Surnames = TextForm.Compact(Surnames).ToHashSet(), CompoundSurnames = C(CompoundSurnames), IssuerSuffixes = C(IssuerSuffixes),
            };
        }
    }

    private sealed class OfficeRoleRow
    {
        public string Printed { get; set; } = "";
        public string Role { get; set; } = "";
    }

    private sealed class GroupKindRow
    {
        public string Kind { get; set; } = "";
        public string GroupKind { get; set; } = "";
    }

    private sealed class AliasesDocument
    {
        public List<JurisdictionRow> Jurisdictions { get; set; } = [];
    }

    private sealed class JurisdictionRow
    {
        public string Name { get; set; } = "";
        public string? Government { get; set; }
        public List<string> Issuers { get; set; } = [];
        public List<ReplacementRow> Fixes { get; set; } = [];
        public List<ReplacementRow> Abbreviations { get; set; } = [];
    }

    private sealed class ReplacementRow
    {
        public string From { get; set; } = "";
        public string To { get; set; } = "";
    }
}
