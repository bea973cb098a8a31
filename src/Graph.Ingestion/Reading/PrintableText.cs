using System.Globalization;
using System.Text;

namespace Graph.Ingestion.Reading;

/// <summary>
/// Text from outside (a file name, a URL) made safe to print on one terminal line: control characters, line breaks
/// and direction overrides are written as escapes, so a name cannot clear the screen or forge a line of output.
/// </summary>
public static class PrintableText
{
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                '\u001b' => @"\e",
                _ when !NeedsEscape(c) => c.ToString(),
                _ when c <= '\u00ff' => string.Create(CultureInfo.InvariantCulture, $@"\x{(int)c:X2}"),
                _ => string.Create(CultureInfo.InvariantCulture, $@"\u{(int)c:X4}"),
            });
        }
        return escaped.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069');
}
