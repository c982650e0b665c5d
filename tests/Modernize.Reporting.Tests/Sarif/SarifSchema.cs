using NJsonSchema;

namespace Modernize.Reporting.Tests.Sarif;

/// <summary>The official SARIF 2.1.0 schema (see SCHEMA-SOURCE.md), loaded once.</summary>
internal static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sarif", "sarif-schema-2.1.0.json"))).GetAwaiter().GetResult());

    /// <summary>The schema violations of <paramref name="json"/>, as "path: kind" lines; empty when valid.</summary>
    public static IReadOnlyList<string> Errors(string json) =>
        Schema.Value.Validate(json).Select(e => $"{e.Path}: {e.Kind}").ToList();
}
