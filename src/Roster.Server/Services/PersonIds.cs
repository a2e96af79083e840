using Roster.Domain.Errors;
using Roster.Domain.People;

namespace Roster.Server.Services;

/// <summary>Reads person ids from requests: <c>people/17</c>, or <c>17</c> alone where a route carries the bare number.</summary>
public static class PersonIds
{
    /// <summary>Reason code for a malformed id.</summary>
    public const string InvalidReason = "PERSON_ID_INVALID";

    /// <summary>The id in <paramref name="value"/>; <see cref="InvalidInputException"/> naming <paramref name="field"/> when it is
    /// empty or not <c>people/{positive number}</c>.</summary>
    public static PersonId Required(string value, string field)
    {
        if (PersonId.TryParse(value, out var id)) return id;
        throw new InvalidInputException(InvalidReason, field,
            string.IsNullOrEmpty(value) ? $"{field} is required: a person id such as people/17"
                : $"{Roster.Domain.Names.TextForm.Quote(value)} is not a person id such as people/17");
    }

    /// <summary>True with the id when <paramref name="value"/> names a person by id (<c>people/17</c> or, from a route, <c>17</c>);
    /// false when it is a name. <see cref="InvalidInputException"/> for text that starts like an id but is not one.</summary>
    public static bool TryRead(string value, string field, out PersonId id)
    {
        if (value.Length > 0 && value.All(char.IsAsciiDigit)) value = PersonId.Collection + value;
        if (PersonId.LooksLikeResourceName(value))
        {
            id = Required(value, field);
            return true;
        }
        id = default;
        return false;
    }
}
