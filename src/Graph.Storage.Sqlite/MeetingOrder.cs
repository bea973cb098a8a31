using Graph.Core.Model;

namespace Graph.Storage.Sqlite;

/// <summary>MET is symmetric: it is stored in one direction, by id order, so both spellings of a meeting merge.</summary>
internal static class MeetingOrder
{
    public static (string Source, string Target) Of(RelationType type, string source, string target) =>
        type == RelationType.Met && string.CompareOrdinal(source, target) > 0 ? (target, source) : (source, target);
}
