using Graph.Core.Model;

namespace Graph.Core.Tests;

public sealed class OutletNamesTests
{
    [Theory]
    [InlineData("Fox News", "fox")]
    [InlineData("Fox News (Online)", "fox")]
    [InlineData("Fox Online News", "fox")]
    [InlineData("Fox News Opinion", "fox")]
    [InlineData("New York Times - News", "new-york-times")]
    [InlineData("New York Times (Online News)", "new-york-times")]
    [InlineData("New York Times - Opinion", "new-york-times")]
    [InlineData("New York Times Editorial Board", "new-york-times")]
    [InlineData("CNN (Web News)", "cnn")]
    [InlineData("CNN - Editorial", "cnn")]
    [InlineData("Newsmax - Opinion/Editorial", "newsmax")]
    [InlineData("NPR Online News", "npr")]
    [InlineData("NPR Editorial ", "npr")]
    [InlineData("The Hill", "hill")]
    [InlineData("TheBlaze.com", "theblaze")]
    [InlineData("  Le Monde  ", "le-monde")]
    public void SpellingsOfOneOutletShareItsKey(string name, string key) =>
        Assert.Equal(key, OutletNames.Key(name));

    [Theory]
    [InlineData("Fox News", "Fox News Latino")]
    [InlineData("Washington Post", "Washington Times")]
    [InlineData("New York Times", "New York Post")]
    [InlineData("Guest Writer - Left", "Guest Writer - Right")]
    public void DifferentOutletsKeepDifferentKeys(string one, string other) =>
        Assert.NotEqual(OutletNames.Key(one), OutletNames.Key(other));

    [Theory]
    [InlineData(null, "")]
    [InlineData("   ", "")]
    [InlineData("News", "news")]
    [InlineData("Online", "online")]
    public void ANameMadeOnlyOfQualifiersIsKeptAsItIs(string? name, string key) =>
        Assert.Equal(key, OutletNames.Key(name));
}
