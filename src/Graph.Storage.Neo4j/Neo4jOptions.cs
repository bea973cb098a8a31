using System.Text;

namespace Graph.Storage.Neo4j;

/// <summary>Where the Neo4j Query API is and how to sign in.</summary>
public sealed record Neo4jOptions
{
    /// <summary>The default <see cref="MaxResponseBytes"/>: far above any answer the store asks for, far below what kills the process.</summary>
    public const long DefaultMaxResponseBytes = 256L * 1024 * 1024;

    /// <summary>The server's address, without credentials (they go in <see cref="User"/> and <see cref="Password"/>).</summary>
    public required Uri Uri { get; init; }
    public string User { get; init; } = "neo4j";
    public string Password { get; init; } = "";
    public string Database { get; init; } = "neo4j";

    /// <summary>The largest answer read from Neo4j; a larger one is refused while it streams in, never buffered whole.</summary>
    public long MaxResponseBytes { get; init; } = DefaultMaxResponseBytes;

    /// <summary>How long one request (sending the statement and reading the whole answer) may take.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Validates the URI: the Query API is HTTP, so bolt:// and neo4j:// are refused with a clear message. Credentials
    /// written into the URI (http://user:password@host) are taken from it when none are given otherwise, and never
    /// kept in it, so no message or log line shows them.
    /// </summary>
    public static Neo4jOptions Parse(string uri, string user, string password, string database)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
        {
            throw new ArgumentException($"NEO4J_URI '{Redact(uri)}' is not a URI; use for example http://localhost:7474.");
        }
        var shown = WithoutCredentials(parsed);
        if (parsed.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException(
                $"NEO4J_URI '{shown}' uses {parsed.Scheme}://, but this tool talks to Neo4j's HTTP Query API: give the HTTP port instead, for example http://localhost:7474.");
        }
        if (parsed.UserInfo.Length > 0 && password.Length == 0)
        {
            var parts = parsed.UserInfo.Split(':', 2);
            user = Uri.UnescapeDataString(parts[0]) is { Length: > 0 } named ? named : user;
            password = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : password;
        }
        return new Neo4jOptions { Uri = shown, User = user, Password = password, Database = database };
    }

    // The password never appears in the record's ToString() (logs, debugger, exception messages).
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Uri = {WithoutCredentials(Uri)}, User = {User}, Password = {(Password.Length > 0 ? "***" : "(none)")}, Database = {Database}");
        return true;
    }

    internal static Uri WithoutCredentials(Uri uri) =>
        uri.UserInfo.Length == 0 ? uri : new UriBuilder(uri) { UserName = "", Password = "" }.Uri;

    // For text that is not even a URI: drop whatever sits between "//" and "@".
    private static string Redact(string text)
    {
        var scheme = text.IndexOf("//", StringComparison.Ordinal);
        var at = text.LastIndexOf('@');
        return scheme >= 0 && at > scheme ? text[..(scheme + 2)] + "***@" + text[(at + 1)..] : text;
    }
}
