using Graph.Core.Model;

namespace Graph.Storage.Sqlite;

/// <summary>
/// MET is symmetric: it is stored in one direction, by linked id order, so both spellings of a meeting merge. The
/// raw ids travel with their linked ids, so a later linking pass moves the right end.
/// </summary>
internal static class MeetingOrder
{
    public static ((string Raw, string Linked) Source, (string Raw, string Linked) Target) Of(
        RelationType type, (string Raw, string Linked) source, (string Raw, string Linked) target) =>
        type == RelationType.Met && string.CompareOrdinal(source.Linked, target.Linked) > 0 ? (target, source) : (source, target);
}
