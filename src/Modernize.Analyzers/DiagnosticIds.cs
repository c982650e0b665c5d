using Microsoft.CodeAnalysis;

namespace Modernize.Analyzers;

/// <summary>The diagnostics of the package (docs/guardrails.md#diagnostics). Ids are stable: .editorconfig files name them.</summary>
internal static class DiagnosticIds
{
    public const string DocsBase = "https://github.com/modernize/modernize/blob/main/docs/guardrails.md";
    private const string Category = "Architecture";

    /// <summary>A type of one cell uses a type of another cell that a rule forbids.</summary>
    public static readonly DiagnosticDescriptor CellUsesCell = Create(
        "MOD0001", "A cell uses a cell the rules forbid", "{0} ({1}) uses {2} ({3}): rule '{4}' forbids it: {5}");

    /// <summary>Tissue (shared code) depends on a cell.</summary>
    public static readonly DiagnosticDescriptor TissueUsesCell = Create(
        "MOD0002", "Tissue depends on a cell", "{0} ({1}) uses {2} ({3}): rule '{4}' forbids it: {5}");

    /// <summary>A denied API (deny-api) is used.</summary>
    public static readonly DiagnosticDescriptor DeniedApi = Create(
        "MOD0003", "A denied API is used", "{0} ({1}) uses {2}, denied by rule '{4}' ({3}): {5}");

    /// <summary>Another dependency rule is broken (name globs, or a cell's allow-list towards tissue or unclaimed types).</summary>
    public static readonly DiagnosticDescriptor DependencyDenied = Create(
        "MOD0004", "A dependency the rules forbid", "{0} ({1}) uses {2} ({3}): rule '{4}' forbids it: {5}");

    /// <summary>The guardrails file cannot be read: nothing is checked.</summary>
    public static readonly DiagnosticDescriptor UnreadableGuardrails = new(
        "MOD0005",
        "The guardrails file cannot be read",
        "{0}: {1}; no guardrail is checked (regenerate it with 'modernize guard export')",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: DocsBase + "#mod0005",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    private static DiagnosticDescriptor Create(string id, string title, string message) => new(
        id,
        title,
        message,
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Guardrails from modernize.yml, exported by 'modernize guard export'. The rule's severity in modernize.yml applies unless .editorconfig sets dotnet_diagnostic." + id + ".severity.",
        helpLinkUri: DocsBase + "#" + id.ToLowerInvariant());
}
