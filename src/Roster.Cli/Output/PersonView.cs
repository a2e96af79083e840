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
    }
}
