using Roster.Domain.Errors;
using Roster.Domain.People;

namespace Roster.Domain.Tests.People;

/// <summary>What an external identifier may be (<see cref="ExternalIdentifier.Parse"/>).</summary>
public sealed class ExternalIdentifierTests
{
    [Theory]
    [InlineData("wikidata", "Q123456", "wikidata", "Q123456")]
    [InlineData(" WikiData ", "Q1", "wikidata", "Q1")]
    [InlineData("cped", "A-17", "cped", "A-17")]
    public void A_scheme_is_lower_case_and_the_value_kept(string scheme, string value, string expectedScheme, string expectedValue) =>
        Assert.Equal(new ExternalIdentifier(expectedScheme, expectedValue), ExternalIdentifier.Parse(scheme, value));

    [Theory]
    [InlineData("wikidata", "123456", "value")]
    [InlineData("wikidata", "Q0", "value")]
    [InlineData("wiki data!", "Q1", "scheme")]
    [InlineData("", "Q1", "scheme")]
    [InlineData("cped", "", "value")]
    [InlineData("cped", "a\u0001b", "value")]
    [InlineData("bad scheme", "x", "scheme")]
    [InlineData("cped", "a b", "value")]
    public void A_malformed_identifier_is_invalid_naming_the_field(string scheme, string value, string field)
    {
        var error = Assert.Throws<InvalidInputException>(() => ExternalIdentifier.Parse(scheme, value));
        Assert.Equal(ExternalIdentifier.InvalidReason, error.Reason);
        Assert.Contains(field, error.Violations.Select(v => v.Field));
    }
}
