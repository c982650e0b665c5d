using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Modernize.Extraction.Collecting;

/// <summary>Hex SHA-256 of a document's text as UTF-8 (no BOM), streamed in chunks so large files are not copied whole.</summary>
internal static class TextHash
{
    private const int ChunkChars = 8192;

    public static string Sha256(SourceText text)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
        var chars = ArrayPool<char>.Shared.Rent(ChunkChars);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(ChunkChars));
        try
        {
            for (var start = 0; start < text.Length; start += ChunkChars)
            {
                var count = Math.Min(ChunkChars, text.Length - start);
                text.CopyTo(start, chars, 0, count);
                var flush = start + count == text.Length;
                var written = encoder.GetBytes(chars, 0, count, bytes, 0, flush);
                hash.AppendData(bytes, 0, written);
            }

            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
