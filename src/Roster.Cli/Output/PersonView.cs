using Roster.Protos.V1;

namespace Roster.Cli.Output;

/// <summary>
/// Prints the answer to <c>roster person</c>: a header line with the name (and the date asked about), then
/// the tenures as a <see cref="TenureTable"/>.
/// </summary>
public static class PersonView
{
    /// <summary>Writes <paramref name="person"/>; <paramref name="request"/> says whether a date was asked about.</summary>
    public static void Write(GetPersonRequest request, Person person, TextWriter output)
    {
        var name = person.Name.Length > 0 ? person.Name : request.Name;
        if (person.PersonId.Length > 0) name = $"{name} ({person.PersonId})";
        var count = person.Tenures.Count;
        if (Dates.Format(request.AsOf) is { } asOf)
        {
            output.WriteLine($"{name} on {asOf}: " + (count == 0 ? "no posts" : count == 1 ? "1 post" : $"{count} posts"));
        }
        else
        {
            output.WriteLine($"{name}: " + (count == 0 ? "no tenures recorded" : count == 1 ? "1 tenure" : $"{count} tenures"));
        }
        if (count > 0)
        {
            TenureTable.Create(person.Tenures).WriteTo(output);
        }
        if (person.RedirectedFrom.Length > 0) output.WriteLine($"{person.RedirectedFrom} was merged into {person.PersonId}.");
    }

    /// <summary>Writes several people of one name: how many share it, then each one's id, jurisdictions, career summary and
    /// tenures.</summary>
    public static void WriteNamesakes(IReadOnlyList<Person> people, TextWriter output)
    {
        output.WriteLine($"{people.Count} people share the name {people[0].Name}:");
        foreach (var person in people)
        {
            output.WriteLine();
            var where = person.Jurisdictions.Count > 0 ? $" [{string.Join("、", person.Jurisdictions)}]" : "";
            output.WriteLine($"{person.PersonId}{where}: {person.Summary}");
            if (person.Tenures.Count > 0) TenureTable.Create(person.Tenures).WriteTo(output);
        }
    }
}
