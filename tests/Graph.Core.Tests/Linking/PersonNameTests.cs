using Graph.Core.Linking;

namespace Graph.Core.Tests.Linking;

public sealed class PersonNameTests
{
    [Theory]
    [InlineData("Peter Q. Holm", "peter", "holm", "", "q")]
    [InlineData("Holm, Peter Quincy", "peter", "holm", "", "q")]
    [InlineData("Bill Okafor", "william", "okafor", "", "")]
    [InlineData("Marco Bellini Jr.", "marco", "bellini", "jr", "")]
    [InlineData("Omar al-Rashid", "omar", "rashid", "", "")]
    [InlineData("J.R. Mensah", "j", "mensah", "", "r")]
    [InlineData("Ana  Varga", "ana", "varga", "", "")]
    [InlineData("Steve Brel", "stephen", "brel", "", "")]
    [InlineData("Steven Brel", "stephen", "brel", "", "")]
    [InlineData("Sergey Brel", "sergei", "brel", "", "")]
    [InlineData("Usama Brel", "osama", "brel", "", "")]
    public void NamesAreTakenApart(string name, string given, string surname, string suffix, string middle)
    {
        var parsed = PersonName.Parse(name)!;

        Assert.Equal((given, surname, suffix, middle), (parsed.Given, parsed.Surname, parsed.Suffix, parsed.MiddleInitials));
    }

    [Fact]
    public void AShortFormListedUnderTwoFormalNamesIsLeftAsWritten()
    {
        Assert.Equal("pat", Nicknames.Formal("pat"));
        Assert.Equal("charles", Nicknames.Formal("chuck"));
    }
}
