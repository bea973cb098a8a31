using System.Globalization;
using Graph.Core.Model;
using Graph.Core.Queries;

namespace Graph.Web.Requests;

/// <summary>
/// Collects what is wrong with a request's parameters, so one 400 answer lists every problem at once.
/// </summary>
public sealed class RequestValidation
{
    private readonly Dictionary<string, string[]> errors = new(StringComparer.Ordinal);

    public bool IsValid => errors.Count == 0;

    public IDictionary<string, string[]> Errors => errors;

    public void Add(string parameter, string message) =>
        errors[parameter] = errors.TryGetValue(parameter, out var existing) ? [.. existing, message] : [message];

    public int Range(string parameter, int? value, int defaultValue, int minimum, int maximum)
    {
        var actual = value ?? defaultValue;
        if (actual < minimum || actual > maximum)
        {
            Add(parameter, $"{parameter} must be between {minimum} and {maximum}.");
        }
        return actual;
    }

    public int Offset(int? value)
    {
        var actual = value ?? 0;
        if (actual < 0)
        {
            Add("offset", "offset must be 0 or more.");
        }
        return actual;
    }

    public int Limit(int? value, int defaultValue = ApiLimits.DefaultPageSize, int maximum = ApiLimits.MaxPageSize) =>
        Range("limit", value, defaultValue, 1, maximum);

    /// <summary>A required piece of text: present, not blank, not too long.</summary>
    public string Text(string parameter, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(parameter, $"{parameter} is required.");
            return "";
        }
        if (value.Length > ApiLimits.MaxSearchTextLength)
        {
            Add(parameter, $"{parameter} must be at most {ApiLimits.MaxSearchTextLength} characters.");
        }
        return value.Trim();
    }

    /// <summary>Optional text: null when absent, checked for length when present.</summary>
    public string? OptionalText(string parameter, string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : Text(parameter, value);

    /// <summary>The period of since and until (ISO dates, both included; either may be absent); <see cref="Period.All"/> when both are.</summary>
    public Period PeriodOf(string? since, string? until)
    {
        var start = Date("since", since);
        var end = Date("until", until);
        if (start is not null && end is not null && string.CompareOrdinal(start, end) > 0)
        {
            Add("until", "until must not be before since.");
        }
        return start is null && end is null ? Period.All : new Period(start, end);
    }

    private string? Date(string parameter, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        Add(parameter, $"{parameter} must be an ISO date (yyyy-MM-dd), such as 2018-06-12.");
        return null;
    }

    public EntityType? EntityTypeOf(string? value, string parameter = "type")
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (EntityTypeNames.TryParse(value, out var type))
        {
            return type;
        }
        Add(parameter, $"Unknown entity type '{value}': use {string.Join(", ", ContractNames.EntityTypes)}.");
        return null;
    }

    public RelationType? RelationTypeOf(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (RelationTypeNames.TryParse(value, out var type))
        {
            return type;
        }
        Add("type", $"Unknown relationship type '{value}': use {string.Join(", ", ContractNames.RelationTypes)}.");
        return null;
    }
}
