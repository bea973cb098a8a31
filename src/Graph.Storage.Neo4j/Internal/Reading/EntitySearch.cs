using System.Text;

namespace Graph.Storage.Neo4j.Internal.Reading;

/// <summary>
/// Turns a folded search key ("tomas-bre") into the query for the full-text index entity_keys ("tomas* AND bre*"):
/// every word must start some word of a name. The statement then checks that the words stand together and in
/// order, so the index only narrows the candidates and the answer is the embedded store's.
/// </summary>
internal static class EntitySearch
{
    // Lucene's classic query syntax: these characters are escaped with a backslash wherever they appear.
    private const string Special = "+-&|!(){}[]^\"~*?:\\/";

    /// <summary>
    /// The full-text query, or null when the index cannot be trusted to find every match: an empty key, or one with
    /// characters beyond a-z, 0-9 and hyphens, which Lucene's standard analyzer may split differently from the keys
    /// (Chinese names, one word per character). Then the store scans instead.
    /// </summary>
    public static string? KeyQuery(string key)
    {
        if (key.Length == 0 || !key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
        {
            return null;
        }
        var words = key.Split('-', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? null : string.Join(" AND ", words.Select(word => Escape(word) + "*"));
    }

    /// <summary>A term of Lucene's query syntax that matches the text literally (operators and wildcards escaped).</summary>
    public static string Escape(string term)
    {
        var escaped = new StringBuilder(term.Length + 4);
        foreach (var c in term)
        {
            if (Special.Contains(c, StringComparison.Ordinal) || char.IsWhiteSpace(c))
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        // AND, OR and NOT are operators only in capitals, and only unescaped.
        return escaped.ToString() is "AND" or "OR" or "NOT" ? "\\" + escaped : escaped.ToString();
    }
}
