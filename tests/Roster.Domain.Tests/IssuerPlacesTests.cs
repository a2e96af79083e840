using Roster.Domain.Names;

namespace Roster.Domain.Tests;

/// <summary>The places an issuing office's name states (<see cref="IssuerPlaces"/>; docs/decisions.md §73).</summary>
public sealed class IssuerPlacesTests
{
    [Theory]
    [InlineData("太原市人民政府", "太原市")]
    [InlineData("平定县人民政府", "平定县")]
    [InlineData("山西省人民政府", "山西省")]
    [InlineData("阳泉市郊区人民政府", "阳泉市|阳泉市郊区")]
    [InlineData("太原市小店区人民政府办公室", "太原市|太原市小店区")]
    [InlineData("阳泉市人民代表大会常务委员会", "阳泉市")]
    [InlineData("中共晋中市委", "晋中市")]
    [InlineData("内蒙古自治区人民政府", "内蒙古自治区")]
    [InlineData("国务院", "")]
    [InlineData("中华人民共和国主席", "")]
    [InlineData("", "")]
    public void An_office_states_its_places_outermost_first(string issuer, string places)
    {
        Assert.Equal(places, string.Join('|', IssuerPlaces.Of(issuer).Select(p => p.Name)));
    }

    [Fact]
    public void Each_place_carries_the_level_its_name_ends_with()
    {
        Assert.Equal([new IssuerPlace("阳泉市", '市'), new IssuerPlace("阳泉市郊区", '区')], IssuerPlaces.Of("阳泉市郊区人民政府"));
    }
}
