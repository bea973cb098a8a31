using System.Globalization;
using System.Text.RegularExpressions;

namespace Graph.Ingestion.Reading;

/// <summary>
/// Turns the publication dates that feeds and pages hold into ISO yyyy-MM-dd: "2018-03-28",
/// "2018-03-28T14:05:00Z" (the date as written, not moved to UTC), "3/28/18" (month first, as US feeds
/// write it; two-digit years 00-69 are 20xx, 70-99 19xx), "March 28, 2018", "28 Mar 2018" and RFC 1123.
/// A date that cannot be read, or whose year is before 1900 or after next year, is no date, with a warning.
/// </summary>
public sealed partial class ArticleDates(TimeProvider time)
{
    private const int EarliestYear = 1900;

    private static readonly string[] WrittenFormats =
    [
        "MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy", "MMMM d yyyy",
        "ddd, d MMM yyyy", "dddd, MMMM d, yyyy", "yyyyMMdd",
    ];

    public static ArticleDates System { get; } = new(TimeProvider.System);

    /// <summary>The ISO date, or null; <paramref name="warning"/> says why a date that was given is not used.</summary>
    public string? Normalize(string? raw, out string? warning)
    {
        warning = null;
        var text = raw?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (!TryRead(text, out var year, out var month, out var day))
        {
            warning = $"date '{Shorten(text)}' is not a date this tool reads; the article is stored without a date";
            return null;
        }
        var latest = time.GetUtcNow().Year + 1;
        if (year < EarliestYear || year > latest)
        {
            warning = $"date '{Shorten(text)}' is outside {EarliestYear}-{latest}; the article is stored without a date";
            return null;
        }
        return new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static bool TryRead(string text, out int year, out int month, out int day)
    {
        if (IsoDate().Match(text) is { Success: true } iso)
        {
            return Valid(Number(iso.Groups[1]), Number(iso.Groups[2]), Number(iso.Groups[3]), out year, out month, out day);
        }
        if (MonthFirst().Match(text) is { Success: true } us)
        {
            var y = Number(us.Groups[3]);
            if (us.Groups[3].Length == 2)
            {
                y += y < 70 ? 2000 : 1900;
            }
            return Valid(y, Number(us.Groups[1]), Number(us.Groups[2]), out year, out month, out day);
        }
        var withoutZone = TrailingTime().Replace(text, "");
        // A free parse needs a four-digit year in the text: without one it would fill in the current year.
        if (DateTime.TryParseExact(withoutZone, WrittenFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var written)
            || FourDigitYear().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            && (written = parsed.DateTime) != default)
        {
            (year, month, day) = (written.Year, written.Month, written.Day);
            return true;
        }
        (year, month, day) = (0, 0, 0);
        return false;
    }

    /// <summary>Checks the day exists; year 1 is accepted here so that the range check can warn about it.</summary>
    private static bool Valid(int y, int m, int d, out int year, out int month, out int day)
    {
        (year, month, day) = (y, m, d);
        return y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);
    }

    private static int Number(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";

    /// <summary>yyyy-MM-dd, optionally followed by a time and offset, which are left out (the date is as published).</summary>
    [GeneratedRegex(@"^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?:$|\s)")]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?\s*(?:GMT|UTC|EST|EDT|PST|PDT|[+-]\d{4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingTime();

    [GeneratedRegex(@"\b\d{4}\b")]
    private static partial Regex FourDigitYear();
}
