using System.Text;

namespace Graph.Ingestion.Reading;

/// <summary>Turns file bytes into text: UTF-8 (with or without its byte order mark), or UTF-16 with its byte order mark.</summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16LittleEndian = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16BigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>The text, or null with the reason it is not text.</summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out string? problem)
    {
        (Encoding Encoding, string Name, int Skip) decoding = bytes switch
        {
            [0xFF, 0xFE, 0, 0, ..] => ((Encoding)StrictUtf8, "UTF-8", 0), // UTF-32 is not read: its NUL bytes make it binary below
            [0xFF, 0xFE, ..] => (StrictUtf16LittleEndian, "UTF-16", 2),
            [0xFE, 0xFF, ..] => (StrictUtf16BigEndian, "UTF-16", 2),
            [0xEF, 0xBB, 0xBF, ..] => (StrictUtf8, "UTF-8", 3),
            _ => (StrictUtf8, "UTF-8", 0),
        };
        var (encoding, name, skip) = decoding;
        if (encoding == StrictUtf8 && bytes.IndexOf((byte)0) is var nul and >= 0)
        {
            problem = $"binary file (NUL byte at offset {nul}), not text";
            return null;
        }
        try
        {
            var text = encoding.GetString(bytes[skip..]);
            problem = text.IndexOf('\0') is var at and >= 0 ? $"binary file (NUL character at offset {at}), not text" : null;
            return problem is null ? text : null;
        }
        catch (DecoderFallbackException e)
        {
            problem = $"not valid {name} (bad byte at offset {skip + e.Index})";
            return null;
        }
    }
}
