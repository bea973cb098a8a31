namespace Graph.Ingestion.Reading;

/// <summary>What an HTML page gives: its main text and headline, and from its metadata the canonical URL, the raw publication date and the outlet.</summary>
public sealed record HtmlPage(string? Title, string Text, string? Url, string? Date = null, string? Outlet = null);
