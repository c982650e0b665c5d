using System.IO.Compression;
using System.Security.Cryptography;

namespace Modernize.Storage.Serialization;

/// <summary>Content addressing and compression of blobs: the hash is of the uncompressed bytes, so equal content is stored once.</summary>
internal static class BlobCodec
{
    public const string Brotli = "br";
    public const string Identity = "identity";

    /// <summary>Below this size compression saves nothing worth its header.</summary>
    private const int CompressAbove = 64;

    public static string Hash(ReadOnlySpan<byte> raw) => Convert.ToHexStringLower(SHA256.HashData(raw).AsSpan(0, 16));

    public static (string Encoding, byte[] Data) Encode(byte[] raw)
    {
        if (raw.Length <= CompressAbove)
        {
            return (Identity, raw);
        }

        using var output = new MemoryStream(raw.Length / 4);
        using (var brotli = new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            brotli.Write(raw);
        }

        return (Brotli, output.ToArray());
    }

    public static byte[] Decode(string encoding, byte[] data)
    {
        switch (encoding)
        {
            case Identity:
                return data;
            case Brotli:
                using (var input = new MemoryStream(data))
                using (var brotli = new BrotliStream(input, CompressionMode.Decompress))
                using (var output = new MemoryStream(data.Length * 4))
                {
                    brotli.CopyTo(output);
                    return output.ToArray();
                }

            default:
                throw new InvalidDataException($"blob encoding '{encoding}' is unknown to this Modernize");
        }
    }
}
