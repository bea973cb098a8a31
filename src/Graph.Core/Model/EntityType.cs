using System.Text.Json.Serialization;

namespace Graph.Core.Model;

/// <summary>The kinds of thing the graph holds. Person, Country and Organization are scored; Place is kept for context.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EntityType>))]
public enum EntityType
{
    Person,
    Country,
    Organization,
    Place,
}
