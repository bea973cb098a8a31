using System.Globalization;
using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Core.Storage;

namespace Graph.Queries.Timelines;

/// <summary>Counts an entity's meetings, quotes said and quotes about per month or year of their articles' dates.</summary>
public sealed class TimelineQueries(IGraphReader reader)
{
    private const int QuotePage = 1_000;

    /// <summary>The most quotes read per side (said, about): a bound on the work of one request.</summary>
    public const int MaxQuotes = 50_000;

    public async Task<Timeline> GetAsync(EntitySummary entity, bool byYear, Period? period = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        period ??= Period.All;
        var meetings = await reader.GetRelationshipsAsync(entity.Id, RelationType.Met, period, cancellationToken);
        var meetingDates = meetings
            .SelectMany(meeting => meeting.Evidence.Select(e => e.Article.Date).Select(date => (Meeting: (meeting.Source.Id, meeting.Target.Id, meeting.Status), Bucket: BucketOf(date, byYear))).Distinct())
            .GroupBy(item => item.Bucket)
            .ToDictionary(group => group.Key, group => group.Count());
        var (said, saidTruncated) = await CountQuotesAsync(new QuoteQuery(SpeakerId: entity.Id, Period: period), byYear, cancellationToken);
        var (about, aboutTruncated) = await CountQuotesAsync(new QuoteQuery(AboutId: entity.Id, Period: period), byYear, cancellationToken);

        var dated = meetingDates.Keys.Concat(said.Keys).Concat(about.Keys).Where(bucket => bucket.Length > 0).Order(StringComparer.Ordinal).ToList();
        var periods = new List<TimelinePeriod>();
        if (dated.Count > 0)
        {
            for (var bucket = dated[0]; string.CompareOrdinal(bucket, dated[^1]) <= 0; bucket = Next(bucket, byYear))
            {
                periods.Add(Row(bucket));
            }
        }
        var undated = Row("");
        return new Timeline(entity, byYear ? "year" : "month", periods, undated with { Period = "undated" }, saidTruncated || aboutTruncated);

        TimelinePeriod Row(string bucket) =>
            new(bucket, meetingDates.GetValueOrDefault(bucket), said.GetValueOrDefault(bucket), about.GetValueOrDefault(bucket));
    }

    private async Task<(Dictionary<string, int> Counts, bool Truncated)> CountQuotesAsync(QuoteQuery query, bool byYear, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var offset = 0; offset < MaxQuotes; offset += QuotePage)
        {
            var page = await reader.FindQuotesAsync(query with { Offset = offset, Limit = QuotePage }, cancellationToken);
            foreach (var quote in page)
            {
                var bucket = BucketOf(quote.Article.Date, byYear);
                counts[bucket] = counts.GetValueOrDefault(bucket) + 1;
            }
            if (page.Count < QuotePage)
            {
                return (counts, false);
            }
        }
        return (counts, true);
    }

    /// <summary>"" for an undated article.</summary>
    private static string BucketOf(string? date, bool byYear) =>
        date is null || date.Length < 7 ? "" : byYear ? date[..4] : date[..7];

    private static string Next(string bucket, bool byYear)
    {
        if (byYear)
        {
            return (int.Parse(bucket, CultureInfo.InvariantCulture) + 1).ToString("0000", CultureInfo.InvariantCulture);
        }
        var month = DateOnly.ParseExact(bucket + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).AddMonths(1);
        return month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
    }
}
