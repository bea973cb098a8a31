using Graph.Core.Model;

namespace Graph.Storage.Sqlite;

/// <summary>How entity types are spelled in the tables (relation words come from <see cref="ContractNames"/>).</summary>
internal static class StorageNames
{
    public static string Of(EntityType type) => type.ToString();

    public static EntityType EntityTypeOf(string name) => Enum.Parse<EntityType>(name);
}
