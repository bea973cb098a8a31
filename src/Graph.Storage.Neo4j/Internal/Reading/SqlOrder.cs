namespace Graph.Storage.Neo4j.Internal.Reading;

/// <summary>
/// Orders strings as SQLite's ORDER BY does in the embedded store, so both stores list results alike: nulls
/// first, then by Unicode code point (SQLite compares UTF-8 bytes, which is code point order; .NET's ordinal
/// order differs from it only for characters above U+E000 against surrogate pairs, corrected here).
/// </summary>
internal sealed class SqlOrder : IComparer<string?>
{
    public static SqlOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }
        var length = Math.Min(x.Length, y.Length);
        for (var i = 0; i < length; i++)
        {
            if (x[i] != y[i])
            {
                return CodePointRank(x[i]).CompareTo(CodePointRank(y[i]));
            }
        }
        return x.Length.CompareTo(y.Length);
    }

    // Surrogates (U+D800..U+DFFF) encode code points above U+FFFF, so they sort after U+E000..U+FFFF.
    private static int CodePointRank(char c) => c switch
    {
        >= '\uE000' => c - 0x800,
        >= '\uD800' => c + 0x2000,
        _ => c,
    };
}
