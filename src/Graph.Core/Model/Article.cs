using System.Security.Cryptography;
using System.Text;

namespace Graph.Core.Model;

/// <summary>A news article as read from its source, before extraction.</summary>
/// <param name="Source">The file path (with ":line" for JSON Lines) or URL it came from.</param>
/// <param name="Text">The article text; extraction offsets point into it.</param>
public sealed record Article(
    string Source,
    string? Title,
    string Text,
    string? Url = null,
    string? Date = null,
    string? Outlet = null)
{
    /// <summary>Identifies the article by its content, so the same text read twice is one article.</summary>
    public string Id { get; } = ContentId(Text);

    public static string ContentId(string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
