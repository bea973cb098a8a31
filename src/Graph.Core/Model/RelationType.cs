using System.Text.Json.Serialization;

namespace Graph.Core.Model;

[JsonConverter(typeof(JsonStringEnumConverter<RelationType>))]
public enum RelationType
{
    /// <summary>Two people met, or a meeting between them is planned (symmetric).</summary>
    [JsonStringEnumMemberName("MET")] Met,

    /// <summary>A person works for, belongs to or speaks for an organization.</summary>
    [JsonStringEnumMemberName("AFFILIATED_WITH")] AffiliatedWith,

    /// <summary>A person is the head of state or government of a country.</summary>
    [JsonStringEnumMemberName("LEADER_OF")] LeaderOf,
}
