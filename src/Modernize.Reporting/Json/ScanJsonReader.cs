using System.Text.Json;
using Modernize.Model;
using Modernize.Model.Scan;
using Modernize.Model.Serialization;

namespace Modernize.Reporting.Json;

/// <summary>Reads scan JSON written by <see cref="ScanJsonWriter"/> back into a <see cref="ScanDocument"/>.</summary>
public static class ScanJsonReader
{
    /// <exception cref="InputException">The text is not scan JSON of a supported schema version.</exception>
    public static ScanDocument Read(string json, string source = "scan JSON")
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var version = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("schemaVersion", out var v) && v.TryGetInt32(out var n) ? n : 0;
            if (version < 1 || version > ScanDocument.CurrentSchemaVersion)
            {
                throw new InputException(source, $"unsupported scan JSON schema version {version} (this tool reads 1..{ScanDocument.CurrentSchemaVersion})");
            }

            var scan = document.RootElement.Deserialize<ScanJson>(ModelJson.Document)
                ?? throw new InputException(source, "empty scan JSON");
            return scan.ToDocument();
        }
        catch (JsonException ex)
        {
            throw new InputException(source, "malformed scan JSON: " + ex.Message);
        }
    }

    public static ScanDocument ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException(path, "no such file");
        }

        return Read(File.ReadAllText(path), path);
    }
}
