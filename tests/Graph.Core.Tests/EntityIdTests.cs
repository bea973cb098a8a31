using Graph.Core.Model;

namespace Graph.Core.Tests;

public sealed class EntityIdTests
{
    [Theory]
    [InlineData("Kim Jong Un", "kim-jong-un")]
    [InlineData("Kim Jong-un", "kim-jong-un")]
    [InlineData("KIM JONG UN", "kim-jong-un")]
    [InlineData("Jean H. Lee", "jean-h-lee")]
    [InlineData("Nguyễn Phú Trọng", "nguyen-phu-trong")]
    [InlineData("People's Republic of China", "peoples-republic-of-china")]
    public void SpellingVariantsOfOneNameShareASlug(string name, string expected) =>
        Assert.Equal(expected, EntityId.Slug(name));

    [Fact]
    public void IdsOfDifferentTypesNeverCollide() =>
        Assert.NotEqual(EntityId.For(EntityType.Person, "Georgia"), EntityId.For(EntityType.Country, "Georgia"));
}
