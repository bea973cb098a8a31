using System.Text;

namespace Graph.Storage.Neo4j.Internal.Export;

/// <summary>
/// One CSV file for <c>neo4j-admin database import</c>: comma-separated, every text field quoted (so an empty
/// string stays an empty string while an empty unquoted field means "no property"), arrays joined with
/// <see cref="ArrayDelimiter"/>, a character no article text contains.
/// </summary>
internal sealed class CsvFile : IAsyncDisposable
{
    /// <summary>U+001F, the unit separator; the import command passes it as --array-delimiter.</summary>
    public const char ArrayDelimiter = '\u001F';

    private readonly StreamWriter writer;

    public CsvFile(string path, params string[] header)
    {
        Path = path;
        writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        writer.WriteLine(string.Join(',', header));
    }

    public string Path { get; }

    public int Rows { get; private set; }

    /// <summary>Writes a row: strings are quoted, null is an empty field, numbers as they are, lists joined.</summary>
    public Task WriteAsync(params object?[] fields)
    {
        Rows++;
        return writer.WriteLineAsync(string.Join(',', fields.Select(Field)));
    }

    public ValueTask DisposeAsync() => writer.DisposeAsync();

    private static string Field(object? value) => value switch
    {
        null => "",
        int number => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        string text => Quote(text),
        // An empty list is left out (no property), since an empty quoted field would import as one empty string.
        IEnumerable<string> list when !list.Any() => "",
        IEnumerable<string> list => Quote(string.Join(ArrayDelimiter, list.Select(item => item.Replace(ArrayDelimiter, ' ')))),
        IEnumerable<int> numbers when !numbers.Any() => "",
        IEnumerable<int> numbers => string.Join(ArrayDelimiter, numbers.Select(number => number.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        _ => throw new ArgumentException($"No CSV form for {value.GetType().Name}.", nameof(value)),
    };

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"") + "\"";
}
