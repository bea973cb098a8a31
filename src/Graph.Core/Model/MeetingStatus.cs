using System.Text.Json.Serialization;

namespace Graph.Core.Model;

[JsonConverter(typeof(JsonStringEnumConverter<MeetingStatus>))]
public enum MeetingStatus
{
    [JsonStringEnumMemberName("held")] Held,
    [JsonStringEnumMemberName("planned")] Planned,
}
