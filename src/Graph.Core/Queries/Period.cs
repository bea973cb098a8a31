using System.Diagnostics;

namespace Graph.Core.Queries;

/// <summary>
/// A period of article dates, both ends included, as ISO <c>yyyy-MM-dd</c> (the form articles are stored in, so
/// ordinal comparison orders them). An undated article is outside every period; only <see cref="All"/> includes it.
/// </summary>
[DebuggerDisplay("{Since} .. {Until}")]
public sealed record Period(string? Since = null, string? Until = null)
{
    public static Period All { get; } = new();

    /// <summary>No bound: every article, dated or not.</summary>
    public bool IsAll => Since is null && Until is null;

    public bool Contains(string? date) =>
        IsAll || (date is not null
            && (Since is null || string.CompareOrdinal(date, Since) >= 0)
            && (Until is null || string.CompareOrdinal(date, Until) <= 0));
}
