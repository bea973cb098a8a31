using System.Text;

namespace Graph.Ingestion.Reading;

/// <summary>Turns file bytes into text, refusing what is not UTF-8 text.</summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text, or null with the reason it is not text.</summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out string? problem)
    {
        if (bytes.IndexOf((byte)0) is var nul and >= 0)
        {
            problem = $"binary file (NUL byte at offset {nul}), not text";
            return null;
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        try
        {
            problem = null;
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            problem = $"not valid UTF-8 (bad byte at offset {e.Index})";
            return null;
        }
    }
}
