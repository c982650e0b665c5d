using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Modernize.Model;
using Modernize.Model.Rules;

namespace Modernize.Scanning.Configuration;

/// <summary>
/// The committed file of tolerated violations (<c>.modernize-baseline.json</c>, docs/ci.md): version and entries sorted by
/// rule, from, to, one per line-group, '\n' line endings, so regenerating it gives clean diffs.
/// </summary>
public static class BaselineFile
{
    /// <summary>Version 1 holds fingerprints of <see cref="Model.Analysis.Fingerprint.Scheme"/> "modernize/v1".</summary>
    public const int CurrentVersion = 1;

    public const string DefaultFileName = ".modernize-baseline.json";

    /// <summary>Reads a baseline file; a missing or malformed file is bad input.</summary>
    public static IReadOnlyList<BaselineEntry> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InputException(path, "baseline not found (create it with --update-baseline)");
        }

        return Parse(File.ReadAllText(path), path);
    }

    public static IReadOnlyList<BaselineEntry> Parse(string json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException ex)
        {
            throw new InputException(fileName, $"line {(ex.LineNumber ?? 0) + 1}: not valid JSON: {ex.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("version", out var version)
                || version.ValueKind != JsonValueKind.Number
                || !root.TryGetProperty("violations", out var violations)
                || violations.ValueKind != JsonValueKind.Array)
            {
                throw new InputException(fileName, "a baseline is an object with 'version' and 'violations'");
            }

            if (!version.TryGetInt32(out var number) || number != CurrentVersion)
            {
                throw new InputException(fileName, $"unsupported baseline version {version}; this Modernize reads version {CurrentVersion}");
            }

            return violations.EnumerateArray().Select((item, index) => Entry(item, index, fileName)).ToList();
        }
    }

    /// <summary>The baseline text for <paramref name="violations"/>: sorted, stable, ending with a newline.</summary>
    public static string Serialize(IEnumerable<Violation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var entries = violations
            .Select(v => new BaselineEntry(v.RuleId, v.Fingerprint, v.From, v.To))
            .DistinctBy(e => e.Fingerprint)
            .OrderBy(e => e.RuleId, StringComparer.Ordinal)
            .ThenBy(e => e.From, StringComparer.Ordinal)
            .ThenBy(e => e.To, StringComparer.Ordinal)
            .ThenBy(e => e.Fingerprint, StringComparer.Ordinal);

        using var buffer = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", CurrentVersion);
            writer.WriteStartArray("violations");
            foreach (var entry in entries)
            {
                writer.WriteStartObject();
                writer.WriteString("rule", entry.RuleId);
                writer.WriteString("fingerprint", entry.Fingerprint);
                writer.WriteString("from", entry.From);
                writer.WriteString("to", entry.To);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Writes the baseline for <paramref name="violations"/> (creating folders), replacing any previous file.</summary>
    public static void Save(string path, IEnumerable<Violation> violations)
    {
        ArgumentNullException.ThrowIfNull(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(path, Serialize(violations), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static BaselineEntry Entry(JsonElement item, int index, string fileName)
    {
        string Field(string name) =>
            item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()!
                : throw new InputException(fileName, $"violation #{index + 1} needs a text '{name}'");

        return new BaselineEntry(Field("rule"), Field("fingerprint"), Field("from"), Field("to"));
    }
}
