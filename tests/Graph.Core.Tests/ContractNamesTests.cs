using System.Text.Json;
using Graph.Core.Model;

namespace Graph.Core.Tests;

public sealed class ContractNamesTests
{
    [Fact]
    public void StoresUseTheSameWordsAsTheJsonContract()
    {
        foreach (var type in Enum.GetValues<RelationType>())
        {
            Assert.Equal(JsonSerializer.Serialize(type), $"\"{ContractNames.Of(type)}\"");
            Assert.Equal(type, ContractNames.RelationTypeOf(ContractNames.Of(type)));
        }
        foreach (var type in Enum.GetValues<EntityType>())
        {
            Assert.Equal(JsonSerializer.Serialize(type), $"\"{ContractNames.Of(type)}\"");
            Assert.Equal(type, ContractNames.EntityTypeOf(ContractNames.Of(type)));
        }
        Assert.False(ContractNames.TryEntityTypeOf("person", out _));
        foreach (var status in Enum.GetValues<MeetingStatus>())
        {
            Assert.Equal(JsonSerializer.Serialize(status), $"\"{ContractNames.Of(status)}\"");
            Assert.Equal(status, ContractNames.StatusOf(ContractNames.Of(status)));
        }
    }
}
