using Roster.Domain.Errors;
using Roster.Domain.Names;
using Roster.Domain.Posts;
using Roster.Domain.Reference;

namespace Roster.Domain.Probation;

/// <summary>
/// Turns a <see cref="ConfirmationDraft"/> into a <see cref="Confirmation"/>, or throws one <see cref="InvalidInputException"/>
/// (reason <c>CONFIRMATION_INVALID</c>) listing every violated field (<c>person</c>, <c>organization</c>, <c>title</c>,
/// <c>confirmed_on</c>, <c>source</c>). Pure: whether the person has a probation to confirm is the ledger's check.
/// </summary>
public sealed class ConfirmationValidator(ReferenceTables tables)
{
    /// <summary>Reason code of a rejected confirmation.</summary>
    public const string InvalidReason = "CONFIRMATION_INVALID";
    /// <summary>Longest source text, in characters.</summary>
    public const int MaxSourceLength = 200;

    /// <summary>Validates and canonicalises; throws <see cref="InvalidInputException"/> with every violation found.</summary>
    public Confirmation Validate(ConfirmationDraft draft)
    {
        var violations = new List<FieldViolation>();
        void Fail(string field, string description) => violations.Add(new FieldViolation(field, description));

        var person = PersonName.Canonical(draft.Person);
        if (PersonName.Problem(person) is { } personProblem) Fail("person", personProblem);
        var office = TextForm.Compact(draft.SubmittedBy);
        var organization = tables.Names.Resolve(draft.Organization, office.Length > 0 ? office : null);
        if (organization.Length == 0) Fail("organization", "organization is required");
        else if (TextForm.NameProblem("organisation", organization, Orders.OrderValidator.MaxNameLength) is { } organizationProblem) Fail("organization", organizationProblem);
        var title = TextForm.Compact(draft.Title);
        if (title.Length == 0) Fail("title", "title is required");
        else if (TextForm.NameProblem("title", title, Orders.OrderValidator.MaxNameLength) is { } titleProblem) Fail("title", titleProblem);
        DateOnly? confirmedOn = null;
        if (draft.ConfirmedOn is not { } date) Fail("confirmed_on", "confirmed_on is required");
        else if (date.ToDateOnly() is not { } day) Fail("confirmed_on", date.NotADayMessage);
        else confirmedOn = day;
        var source = TextForm.Compact(draft.Source);
        if (source.Length == 0) Fail("source", "source is required: the document or note that records the confirmation");
        else if (TextForm.Problem("source", source, MaxSourceLength) is { } sourceProblem) Fail("source", sourceProblem);

        if (violations.Count > 0 || confirmedOn is null)
            throw new InvalidInputException(InvalidReason,
                violations.Count == 1 ? violations[0].Description : $"the confirmation has {violations.Count} invalid fields", violations);
        return new Confirmation(person, new Post(organization, title, tables.Kinds.RankOf(organization, title)), confirmedOn.Value, source,
            office.Length > 0 ? office : null);
    }
}
