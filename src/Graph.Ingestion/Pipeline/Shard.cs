using System.Globalization;

namespace Graph.Ingestion.Pipeline;

/// <summary>
/// One worker's share of the articles when several ingest in parallel: the articles whose content id
/// hashes to <see cref="Index"/> modulo <see cref="Count"/>.
/// </summary>
public sealed record Shard(int Index, int Count)
{
    public static Shard All { get; } = new(0, 1);

    /// <summary>Parses "K/N" (K from 0); throws a message the user can act on otherwise.</summary>
    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count > 0 && index < count)
        {
            return new Shard(index, count);
        }
        throw new FormatException($"--shard '{text}' is not K/N with 0 <= K < N, for example 0/4.");
    }

    /// <summary>Article ids are hexadecimal content hashes; their first 8 digits spread evenly.</summary>
    public bool Owns(string articleId) =>
        Count == 1 || uint.Parse(articleId.AsSpan(0, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture) % (uint)Count == Index;
}
