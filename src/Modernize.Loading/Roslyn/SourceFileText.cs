using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Modernize.Loading.Roslyn;

/// <summary>
/// Reads a source file the way a legacy tree needs: by its byte-order mark when it has one, else as UTF-8 when the bytes
/// are valid UTF-8, else as Windows-1252 (what Visual Studio on Western Windows saved for decades). Roslyn's own loader
/// falls back to the platform default, which is UTF-8 on Linux, and turns <c>Café</c> into <c>Caf�</c>.
/// </summary>
public sealed class SourceFileText(string path) : TextLoader
{
    /// <summary>Files above this size are left out of a scan (generated blobs, not code anyone maintains): 10 MiB.</summary>
    public const long MaxBytes = 10L * 1024 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;

    public override async Task<TextAndVersion> LoadTextAndVersionAsync(LoadTextOptions options, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        var version = VersionStamp.Create(File.GetLastWriteTimeUtc(path));
        return TextAndVersion.Create(Decode(bytes, options.ChecksumAlgorithm), version, path);
    }

    /// <summary>Decodes file bytes: BOM, else strict UTF-8, else Windows-1252.</summary>
    public static SourceText Decode(byte[] bytes, SourceHashAlgorithm checksumAlgorithm = SourceHashAlgorithm.Sha256)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (HasByteOrderMark(bytes))
        {
            // SourceText detects UTF-8, UTF-16 and UTF-32 marks itself.
            return SourceText.From(bytes, bytes.Length, encoding: null, checksumAlgorithm);
        }

        var encoding = System.Text.Unicode.Utf8.IsValid(bytes) ? (Encoding)Utf8 : Windows1252;
        return SourceText.From(bytes, bytes.Length, encoding, checksumAlgorithm);
    }

    /// <summary>Whether the file is too large to scan; <paramref name="bytes"/> is its size.</summary>
    public static bool IsTooLarge(string path, out long bytes)
    {
        bytes = File.Exists(path) ? new FileInfo(path).Length : 0;
        return bytes > MaxBytes;
    }

    /// <summary>The fidelity warning for a file left out because of its size.</summary>
    public static string TooLargeWarning(string relativePath, long bytes) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{relativePath} ({bytes / (1024.0 * 1024.0):0.0} MiB) is larger than the {MaxBytes / (1024 * 1024)} MiB source-file limit: left out of the scan");

    private static bool HasByteOrderMark(byte[] bytes) =>
        bytes is [0xEF, 0xBB, 0xBF, ..] or [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];
}
