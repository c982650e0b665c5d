using System.Text.Json;
using Modernize.Model.Scan;
using Modernize.Model.Serialization;

namespace Modernize.Reporting.Json;

/// <summary>Writes a whole scan as one flat JSON document (format: docs/scan-json.md).</summary>
public static class ScanJsonWriter
{
    public static string Write(ScanDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonSerializer.Serialize(ScanJson.From(document), ModelJson.Document);
    }

    public static async Task WriteAsync(ScanDocument document, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        await JsonSerializer.SerializeAsync(stream, ScanJson.From(document), ModelJson.Document, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes to a file, creating its folder; the file is replaced only once the whole document is written.</summary>
    public static async Task WriteFileAsync(ScanDocument document, string path, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp";
        var stream = File.Create(temporary);
        await using (stream.ConfigureAwait(false))
        {
            await WriteAsync(document, stream, cancellationToken).ConfigureAwait(false);
        }

        File.Move(temporary, full, overwrite: true);
    }
}
