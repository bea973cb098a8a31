using Graph.Ingestion.Reading;

namespace Graph.Ingestion.Tests.Reading;

public sealed class ArticleDatesTests
{
    private static readonly ArticleDates Dates = new(new FixedTime(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("2018-03-28", "2018-03-28")]
    [InlineData(" 2018-03-28 ", "2018-03-28")]
    [InlineData("2018-03-28T14:05:00Z", "2018-03-28")]
    [InlineData("2018-03-28T23:30:00-05:00", "2018-03-28")]
    [InlineData("2018-03-28 14:05:00", "2018-03-28")]
    [InlineData("3/28/18", "2018-03-28")]
    [InlineData("12/1/16", "2016-12-01")]
    [InlineData("7/4/1999", "1999-07-04")]
    [InlineData("1/2/70", "1970-01-02")]
    [InlineData("1/2/99", "1999-01-02")]
    [InlineData("1/2/00", "2000-01-02")]
    [InlineData("March 28, 2018", "2018-03-28")]
    [InlineData("28 March 2018", "2018-03-28")]
    [InlineData("Wed, 28 Mar 2018 14:05:00 GMT", "2018-03-28")]
    [InlineData("2027-12-31", "2027-12-31")]
    [InlineData("1900-01-01", "1900-01-01")]
    public void DatesAsFeedsWriteThemBecomeIsoDates(string raw, string expected)
    {
        Assert.Equal(expected, Dates.Normalize(raw, out var warning));
        Assert.Null(warning);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("2050-06-01")]
    [InlineData("1899-12-31")]
    [InlineData("2028-01-01")]
    [InlineData("1/2/69")]
    public void AYearBefore1900OrAfterNextYearIsNoDateWithAWarning(string raw)
    {
        Assert.Null(Dates.Normalize(raw, out var warning));
        Assert.Contains("outside 1900-2027", warning);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2018-02-30")]
    [InlineData("13/28/18")]
    [InlineData("14:05")]
    public void WhatIsNotADateIsNoDateWithAWarning(string raw)
    {
        Assert.Null(Dates.Normalize(raw, out var warning));
        Assert.Contains("not a date", warning);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void AMissingDateIsNoDateWithoutAWarning(string? raw)
    {
        Assert.Null(Dates.Normalize(raw, out var warning));
        Assert.Null(warning);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
